// ApplicationSets as real repos write them, expanded to the Applications Argo CD would generate.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appSetDeletions } from '../../src/appset/deletions.js';
import { expandAppSet } from '../../src/appset/expand.js';
import type { ExpandContext } from '../../src/appset/types.js';
import type { ApplicationSet, ClusterSecret } from '../../src/model/argocd.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'appset', 'repo');
const origin = { file: 'appsets.yaml', line: 3 };

function cluster(name: string, server: string, labels: Record<string, string>): ClusterSecret {
  return { name, server, labels, annotations: { team: 'platform' }, origin };
}

const clusters = [
  cluster('prod-eu', 'https://prod-eu.example.com', { env: 'prod', region: 'eu' }),
  cluster('prod-us', 'https://prod-us.example.com', { env: 'prod', region: 'us' }),
  cluster('Staging_1', 'https://staging.example.com', { env: 'staging', region: 'eu' }),
];
const ctx: ExpandContext = { repoRoot, clusters };

function appSet(spec: Partial<ApplicationSet['spec']>, name = 'apps'): ApplicationSet {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'ApplicationSet',
    metadata: { name, namespace: 'argocd' },
    spec: { generators: [], template: {}, ...spec },
  };
}

const template = (name: string, path: string, server: string) => ({
  metadata: { name, namespace: 'somewhere-else' },
  spec: {
    project: 'default',
    source: { repoURL: 'https://git.example.com/repo.git', targetRevision: 'HEAD', path },
    destination: { server, namespace: 'apps' },
  },
});

const names = (r: Awaited<ReturnType<typeof expandAppSet>>) => r.apps.map((a) => a.app.metadata.name);

describe('expandAppSet', () => {
  test('git directories with an exclude (flat params), named, finalizer and namespace rules', async () => {
    const set = appSet({
      generators: [
        {
          git: {
            repoURL: 'https://git.example.com/repo.git',
            revision: 'HEAD',
            directories: [{ path: 'apps/*/overlays/production' }, { path: 'apps/legacy/overlays/*', exclude: true }],
          },
        },
      ],
      template: template('{{path[1]}}-prod', '{{path}}', 'https://kubernetes.default.svc'),
    });
    const r = await expandAppSet(set, origin, ctx);
    expect(r.problems).toEqual([]);
    expect(names(r)).toEqual(['billing-prod', 'frontend-prod']);
    const app = r.apps[0];
    expect(app.app.spec.source?.path).toBe('apps/billing/overlays/production');
    expect(app.app.metadata.finalizers).toEqual(['resources-finalizer.argocd.argoproj.io']);
    expect(app.app.metadata.namespace).toBe('argocd');
    expect(app.origin).toEqual({ ...origin, appSet: 'apps' });
  });

  test('clusters with matchLabels and matchExpressions; in-cluster only for an empty selector', async () => {
    const gen = (selector: object | undefined) =>
      appSet({
        goTemplate: true,
        generators: [{ clusters: { selector, values: { tier: '{{ .metadata.labels.region }}-tier' } } }],
        template: template('guestbook-{{ .nameNormalized }}', 'guestbook', '{{ .server }}'),
      });
    const selected = await expandAppSet(
      gen({ matchLabels: { env: 'prod' }, matchExpressions: [{ key: 'region', operator: 'In', values: ['eu'] }] }),
      origin,
      ctx,
    );
    expect(selected.problems).toEqual([]);
    expect(names(selected)).toEqual(['guestbook-prod-eu']);
    const all = await expandAppSet(gen(undefined), origin, ctx);
    expect(names(all)).toEqual(['guestbook-prod-eu', 'guestbook-prod-us', 'guestbook-staging-1', 'guestbook-in-cluster']);
    const notIn = await expandAppSet(gen({ matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod'] }] }), origin, ctx);
    expect(names(notIn)).toEqual(['guestbook-staging-1']);
  });

  test('matrix of clusters x git directories (go template)', async () => {
    const set = appSet({
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      generators: [
        {
          matrix: {
            generators: [
              { clusters: { selector: { matchLabels: { env: 'prod' } } } },
              { git: { repoURL: 'https://git.example.com/repo.git', revision: 'HEAD', directories: [{ path: 'apps/*/overlays/production' }] } },
            ],
          },
        },
      ],
      template: template('{{ index .path.segments 1 }}-{{ .name }}', '{{ .path.path }}', '{{ .server }}'),
    });
    const r = await expandAppSet(set, origin, ctx);
    expect(r.problems).toEqual([]);
    expect(names(r)).toEqual(['billing-prod-eu', 'frontend-prod-eu', 'legacy-prod-eu', 'billing-prod-us', 'frontend-prod-us', 'legacy-prod-us']);
    expect(r.apps[3].app.spec.destination.server).toBe('https://prod-us.example.com');
  });

  test('list of environments with a generator-level template and preserveResourcesOnDeletion', async () => {
    const set = appSet({
      generators: [
        {
          list: {
            elements: [
              { env: 'dev', url: 'https://dev.example.com' },
              { env: 'prod', url: 'https://prod.example.com' },
            ],
            template: { metadata: { labels: { env: '{{env}}' } }, spec: { project: '' } },
          },
        },
      ],
      syncPolicy: { preserveResourcesOnDeletion: true },
      template: template('web-{{env}}', 'web/{{env}}', '{{url}}'),
    });
    const r = await expandAppSet(set, origin, ctx);
    expect(r.problems).toEqual([]);
    expect(names(r)).toEqual(['web-dev', 'web-prod']);
    expect(r.apps[1].app.metadata.labels).toEqual({ env: 'prod' });
    expect(r.apps[1].app.spec.destination.server).toBe('https://prod.example.com');
    expect(r.apps[1].app.metadata.finalizers ?? []).toEqual([]);
  });

  test('merge with overrides: later children override matching sets, unmatched ones dropped', async () => {
    const set = appSet({
      goTemplate: true,
      generators: [
        {
          merge: {
            mergeKeys: ['server'],
            generators: [
              { clusters: { values: { replicas: '1' } } },
              { clusters: { selector: { matchLabels: { env: 'prod' } }, values: { replicas: '3' } } },
              { list: { elements: [{ server: 'https://staging.example.com', values: { replicas: '2' } }, { server: 'https://nowhere', values: { replicas: '9' } }] } },
            ],
          },
        },
      ],
      template: template('{{ .nameNormalized }}-r{{ .values.replicas }}', 'x', '{{ .server }}'),
    });
    const r = await expandAppSet(set, origin, ctx);
    expect(r.problems).toEqual([]);
    expect(names(r)).toEqual(['prod-eu-r3', 'prod-us-r3', 'staging-1-r2', 'in-cluster-r1']);
  });

  test('a template error is a problem naming the ApplicationSet, the field and the template position', async () => {
    const set = appSet({
      goTemplate: true,
      goTemplateOptions: ['missingkey=error'],
      generators: [{ list: { elements: [{ env: 'dev' }] } }],
      template: template('web-{{ .envv }}', 'x', 'https://kubernetes.default.svc'),
    });
    const r = await expandAppSet(set, origin, ctx);
    expect(r.apps).toEqual([]);
    expect(r.problems).toEqual([
      {
        message: 'failed to execute go template web-{{ .envv }}: template: base:1:7: executing "base" at <.envv>: map has no entry for key "envv"',
        file: 'appsets.yaml',
        line: 3,
        app: 'apps',
        field: 'spec.template.metadata.name',
      },
    ]);
  });

  test('fasttemplate leaves unknown keys as written', async () => {
    const set = appSet({
      generators: [{ list: { elements: [{ env: 'dev' }] } }],
      template: template('web-{{env}}', '{{ nope }}/x', 'https://kubernetes.default.svc'),
    });
    const r = await expandAppSet(set, origin, ctx);
    expect(r.apps[0].app.spec.source?.path).toBe('{{ nope }}/x');
  });

  test('a templated project is flagged unless allowed', async () => {
    const set = appSet({
      generators: [{ list: { elements: [{ env: 'dev', project: 'team-a' }] } }],
      template: { ...template('web-{{env}}', 'x', 'https://kubernetes.default.svc'), spec: { ...template('', 'x', 'https://kubernetes.default.svc').spec, project: '{{project}}' } },
    });
    const flagged = await expandAppSet(set, origin, ctx);
    expect(flagged.problems.map((p) => p.field)).toEqual(['spec.template.spec.project']);
    const allowed = await expandAppSet(set, origin, { ...ctx, allowProjectParams: true });
    expect(allowed.problems).toEqual([]);
    expect(allowed.apps[0].app.spec.project).toBe('team-a');
  });

  test('templatePatch is applied but cannot change the project', async () => {
    const set = appSet({
      goTemplate: true,
      generators: [{ list: { elements: [{ env: 'dev', auto: true }] } }],
      template: template('web-{{ .env }}', 'x', 'https://kubernetes.default.svc'),
      templatePatch: '{{ if .auto }}spec:\n  project: evil\n  syncPolicy:\n    automated: {prune: true}\n{{ end }}',
    });
    const r = await expandAppSet(set, origin, ctx);
    expect(r.problems).toEqual([]);
    expect(r.apps[0].app.spec.syncPolicy).toEqual({ automated: { prune: true } });
    expect(r.apps[0].app.spec.project).toBe('default');
  });

  test('unsupported generators and duplicate names fail only that ApplicationSet', async () => {
    const cdr = await expandAppSet(appSet({ generators: [{ clusterDecisionResource: { configMapRef: 'x' } }], template: template('a', 'x', 's') }), origin, ctx);
    expect(cdr.problems[0].message).toBe('the clusterDecisionResource generator is not supported by gitops-sync');
    const gitlab = await expandAppSet(appSet({ generators: [{ scmProvider: { gitlab: { group: 'x' } } }], template: template('a', 'x', 's') }), origin, ctx);
    expect(gitlab.problems[0].message).toBe('the scmProvider generator supports only github in gitops-sync, not gitlab');
    const dup = await expandAppSet(
      appSet({ generators: [{ list: { elements: [{ env: 'a' }, { env: 'b' }] } }], template: template('same', 'x', 'https://kubernetes.default.svc') }),
      origin,
      ctx,
    );
    expect(dup.apps).toEqual([]);
    expect(dup.problems[0].message).toBe('ApplicationSet apps contains applications with duplicate name: same');
  });

  test('pull request generator uses the current pull request, or notes that it yields nothing', async () => {
    const set = appSet({
      goTemplate: true,
      generators: [{ pullRequest: { github: { owner: 'o', repo: 'r', labels: ['preview'] } } }],
      template: template('preview-{{ .number }}-{{ .branch_slug }}', 'x', 'https://kubernetes.default.svc'),
    });
    const none = await expandAppSet(set, origin, ctx);
    expect(none.apps).toEqual([]);
    expect(none.notes).toEqual(['ApplicationSet apps (appsets.yaml:3): pullRequest generator yields nothing: the action is not running for a pull request']);
    const pr = { number: 42, branch: 'Feature/New.UI', targetBranch: 'main', headSha: '0123456789abcdef', labels: ['preview'] };
    const r = await expandAppSet(set, origin, { ...ctx, pullRequest: pr });
    expect(names(r)).toEqual(['preview-42-feature-new-ui']);
    const unlabeled = await expandAppSet(set, origin, { ...ctx, pullRequest: { ...pr, labels: [] } });
    expect(unlabeled.apps).toEqual([]);
  });

  test('appSetDeletions says which generated apps a change removes and whether resources are kept', async () => {
    const mk = (elements: object[], preserve: boolean) =>
      appSet({ generators: [{ list: { elements } }], syncPolicy: { preserveResourcesOnDeletion: preserve }, template: template('web-{{env}}', 'x', 'https://kubernetes.default.svc') });
    const base = await expandAppSet(mk([{ env: 'a' }, { env: 'b' }, { env: 'c' }], false), origin, ctx);
    const headSet = mk([{ env: 'a' }], false);
    const head = await expandAppSet(headSet, origin, ctx);
    expect(appSetDeletions(base.apps, head.apps, [headSet])).toEqual([{ appSet: 'apps', removed: ['web-b', 'web-c'], preserved: false }]);
    const preservedSet = mk([{ env: 'a' }], true);
    expect(appSetDeletions(base.apps, head.apps, [preservedSet])[0].preserved).toBe(true);
    expect(appSetDeletions(base.apps, base.apps, [headSet])).toEqual([]);
  });
});
