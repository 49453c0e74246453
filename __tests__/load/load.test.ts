import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../../src/model/errors.js';
import { loadRepo } from '../../src/load/load.js';

const REPO = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/load/repo');

describe('loadRepo with globs that must match', () => {
  it('fails naming a glob that matches no YAML or JSON file, and only when told to', async () => {
    await expect(loadRepo(REPO, { globs: ['apps/**', 'ap/**', '!none/**'], requireMatches: true })).rejects.toThrow(`apps: "ap/**" matches no YAML or JSON file in ${REPO}`);
    expect((await loadRepo(REPO, { globs: ['apps/**', 'ap/**'] })).apps.length).toBeGreaterThan(0);
    expect((await loadRepo(REPO, { globs: ['apps/**', '!none/**'], requireMatches: true })).apps.length).toBeGreaterThan(0);
  });
});

describe('loadRepo on a repo with good and broken specs', () => {
  it('loads every good Application, in file order, with its origin', async () => {
    const repo = await loadRepo(REPO);
    expect(repo.apps.map((a) => [a.app.metadata.name, `${a.origin.file}:${a.origin.line}`])).toEqual([
      ['guestbook', 'apps/guestbook.yaml:2'],
      ['redis', 'apps/guestbook.yaml:21'],
      ['from-json', 'apps/json-app.json:1'],
      ['prometheus', 'apps/multi-source.yaml:1'],
    ]);
    const byName = new Map(repo.apps.map((a) => [a.app.metadata.name, a.app]));
    expect(byName.get('guestbook')?.spec).toMatchObject({
      project: 'default',
      destination: { server: 'https://kubernetes.default.svc', namespace: 'guestbook' },
      syncPolicy: { automated: { prune: true }, syncOptions: ['CreateNamespace=true'] },
    });
    expect(byName.get('redis')?.spec.source?.helm?.parameters?.[1]).toEqual({
      name: 'auth.enabled',
      value: 'false',
      forceString: true,
    });
    expect(byName.get('prometheus')?.spec.source).toBeUndefined();
    expect(byName.get('prometheus')?.spec.sources).toHaveLength(2);
    expect(byName.get('from-json')?.spec.source?.kustomize?.replicas).toEqual([{ name: 'web', count: '3' }]);
  });

  it('reports every broken spec with file:line, app and field, and nothing for non-spec files', async () => {
    const repo = await loadRepo(REPO);
    const messages = repo.problems.map(formatProblem);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toBe(
      "broken/bad-destination.yaml:6: app both-destinations: field spec.destination: application destination can't have both name and server defined: in-cluster https://kubernetes.default.svc",
    );
    expect(messages[1]).toBe(
      'broken/duplicate.yaml:4: app guestbook: field metadata.name: duplicate Application "guestbook": already defined at apps/guestbook.yaml:2; this one is ignored',
    );
    expect(messages[2]).toMatch(/^broken\/not-yaml\.yaml:7: app unparsable: field spec\.destination: invalid YAML: /);
    expect(repo.apps.find((a) => a.origin.file.startsWith('broken/'))).toBeUndefined();
  });

  it('ignores Helm chart templates, hidden folders and non-Argo kinds', async () => {
    const repo = await loadRepo(REPO);
    const files = [...repo.apps, ...repo.appSets].map((s) => s.origin.file);
    expect(files.some((f) => f.startsWith('charts/') || f.startsWith('.'))).toBe(false);
    expect(repo.apps.map((a) => a.app.metadata.name)).not.toContain('not-a-spec');
  });

  it('loads ApplicationSets, AppProjects (plus the implicit default), argocd-cm and cluster Secrets', async () => {
    const repo = await loadRepo(REPO);
    expect(repo.appSets.map((s) => [s.appSet.metadata.name, s.origin])).toEqual([
      ['addons', { file: 'appsets/clusters.yaml', line: 1 }],
    ]);
    expect([...repo.projects.keys()].sort()).toEqual(['default', 'team-a']);
    expect(repo.projects.get('team-a')).toMatchObject({
      implicit: false,
      origin: { file: 'projects/team-a.yaml', line: 1 },
      project: { spec: { clusterResourceWhitelist: [{ group: '', kind: 'Namespace' }] } },
    });
    expect(repo.projects.get('default')).toMatchObject({
      implicit: true,
      project: { spec: { sourceRepos: ['*'], destinations: [{ server: '*', namespace: '*' }] } },
    });
    expect(repo.argocdCm?.['application.resourceTrackingMethod']).toBe('annotation');
    expect(repo.argocdCm?.['resource.customizations.health.example.com_Widget']).toContain('hs.status = "Healthy"');
    expect(repo.clusters.map((c) => [c.name, c.server, c.namespaces, c.project])).toEqual([
      ['prod', 'https://prod.example.com', ['monitoring', 'redis'], 'team-a'],
      ['staging', 'https://staging.example.com', undefined, undefined],
    ]);
    expect(repo.clusters[0].labels).toEqual({ 'argocd.argoproj.io/secret-type': 'cluster', env: 'prod' });
    expect(repo.clusters[0].annotations).toEqual({ team: 'platform' });
    expect(JSON.stringify(repo)).not.toContain('TOP-SECRET-TOKEN');
  });

  it('loads only the files the globs select', async () => {
    const repo = await loadRepo(REPO, { globs: ['apps/*.yaml', '.argocd/**'] });
    expect(repo.apps.map((a) => a.app.metadata.name)).toEqual(['hidden', 'guestbook', 'redis', 'prometheus']);
    expect(repo.problems).toEqual([]);
    expect(repo.projects.get('default')?.implicit).toBe(true);
  });

  it('loads cluster Secrets and argocd-cm from the whole repository whatever the globs select', async () => {
    const all = await loadRepo(REPO);
    const repo = await loadRepo(REPO, { globs: ['apps/*.yaml'] });
    expect(repo.clusters.map((c) => c.server)).toEqual(all.clusters.map((c) => c.server));
    expect(repo.clusters.length).toBeGreaterThan(0);
    expect(repo.argocdCm).toEqual(all.argocdCm);
    expect(repo.argocdCm).toBeDefined();
    // Only configuration comes from the other files: their specs and their problems stay out.
    expect(repo.apps.map((a) => a.app.metadata.name)).toEqual(['guestbook', 'redis', 'prometheus']);
    expect([...repo.projects.keys()]).toEqual(['default']);
    expect(repo.problems).toEqual([]);
  });
});

describe('loadRepo twice (a preview loads both sides, whose spec files are mostly the same)', () => {
  it('gives each load its own objects: a change to one load never shows in the other', async () => {
    const first = await loadRepo(REPO);
    const second = await loadRepo(REPO);
    expect(second.apps).toEqual(first.apps);
    expect(second.problems).toEqual(first.problems);
    first.apps[0].app.metadata.name = 'changed';
    (first.apps[0].app.spec.destination as { namespace?: string }).namespace = 'changed';
    const third = await loadRepo(REPO);
    expect(third.apps[0].app.metadata.name).toBe(second.apps[0].app.metadata.name);
    expect(third.apps[0].app.spec.destination.namespace).toBe(second.apps[0].app.spec.destination.namespace);
    expect(third.apps[0].app.metadata.name).not.toBe('changed');
  });
});
