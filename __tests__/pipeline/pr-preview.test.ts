// The PR preview over two real commits of a fixture repo, rendered with the real tools: a changed
// directory app (new PreSync hook, wave-1 image bump, Secret change, prunes with a Prune=false skip), a
// Helm values change, an added, a removed and a renamed app, an app that fails to render, an app whose
// broken spec the PR fixes, one whose broken manifest it fixes, and one unchanged app; the added app breaks its AppProject's destination
// rule. ApplicationSets: `echo` drops an element (its apps also lose a Prune=confirm object), `retired`
// is deleted (preserveResourcesOnDeletion), `pinned` drops an element under applicationsSync
// create-update, the new `previews` uses a pull-request generator and the new `tenants` lets a
// parameter choose the project; `zones` fails to generate on the base and is fixed on the head.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkoutBase, type BaseCheckout } from '../../src/pipeline/base-checkout.js';
import { previewFailures, previewPullRequest, type PreviewResult } from '../../src/pipeline/pr-preview.js';
import { markerPart } from '../../src/report/markdown.js';
import { makePrRepo, PLANTED, PR_FIXTURES, prSettings, type PrRepo } from './pr-repo.js';

/** Compares with a golden file; UPDATE_GOLDEN=1 rewrites it (review the result before committing). */
function golden(name: string, actual: string): void {
  const file = join(PR_FIXTURES, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('previewPullRequest', () => {
  let repo: PrRepo;
  let base: BaseCheckout;
  let result: PreviewResult;
  beforeAll(async () => {
    repo = makePrRepo();
    base = await checkoutBase(repo.dir, repo.baseSha, { timeoutMs: 30_000 });
    result = await previewPullRequest(prSettings(repo.dir), { headDir: repo.dir, baseDir: base.dir }, { marker: 'wf/job', now: () => 0 });
  }, 120_000);
  afterAll(async () => {
    await base?.cleanup();
    repo?.cleanup();
  });

  it('pairs apps by name and lists added, removed, renamed, changed and errored apps', () => {
    const status = Object.fromEntries(result.diffs.map((d) => [d.name, d.status]));
    expect(status).toEqual({
      broken: 'errored',
      'echo-canary': 'removed',
      'echo-production': 'changed',
      'echo-staging': 'changed',
      fixed: 'added',
      guestbook: 'changed',
      podinfo: 'changed',
      legacy: 'removed',
      mended: 'changed',
      'pinned-a': 'changed',
      'pinned-b': 'removed',
      'retired-eu': 'removed',
      'shared-config': 'changed',
      static: 'unchanged',
      'team-a-cache': 'added',
      'tenant-team-a': 'added',
      'zone-eu': 'added',
    });
    expect(result.renames).toEqual([{ from: 'shared-config-v1', to: 'shared-config' }]);
    // An app that fails to render has an error, not a change.
    expect(result.changedApps.map((a) => a.name)).toEqual([
      'echo-canary',
      'echo-production',
      'echo-staging',
      'fixed',
      'guestbook',
      'legacy',
      'mended',
      'pinned-a',
      'pinned-b',
      'podinfo',
      'retired-eu',
      'shared-config',
      'team-a-cache',
      'tenant-team-a',
      'zone-eu',
    ]);
    expect(result.changedApps.find((a) => a.name === 'shared-config')).toMatchObject({ renamedFrom: 'shared-config-v1', modified: 1 });
    expect(result.hasChanges).toBe(true);
    expect(result.baseRevision).toBe(repo.baseSha);
    expect(result.headRevision).toBe(repo.headSha);
  });

  it('diffs resources by group/kind/namespace/name, Helm value files included', () => {
    const podinfo = result.diffs.find((d) => d.name === 'podinfo')!;
    expect(podinfo.resources.map((r) => `${r.status} ${r.key.kind} ${r.key.namespace}/${r.key.name}`)).toEqual(['modified Deployment podinfo/podinfo']);
    expect(podinfo.resources[0].diff).toMatch(/-\s+replicas: 2\n\+\s+replicas: 3/);
    expect(podinfo.resources[0].diff).toContain('+          image: registry.example/podinfo:6.1.0');
    const guestbook = result.diffs.find((d) => d.name === 'guestbook')!;
    expect(guestbook.counts).toEqual({ added: 1, modified: 3, removed: 2 });
    // The renamed app moves its objects to the new name's tracking id.
    const renamed = result.diffs.find((d) => d.name === 'shared-config')!;
    expect(renamed.resources[0].diff).toContain('-    argocd.argoproj.io/tracking-id: shared-config-v1:/ConfigMap:shared/shared');
    expect(renamed.resources[0].diff).toContain('+    argocd.argoproj.io/tracking-id: shared-config:/ConfigMap:shared/shared');
  });

  it('plans each changed app with the sync planner, base render standing in for the live state', () => {
    expect(Object.keys(result.plans).sort()).toEqual(['echo-production', 'echo-staging', 'fixed', 'guestbook', 'mended', 'pinned-a', 'podinfo', 'shared-config', 'team-a-cache', 'tenant-team-a', 'zone-eu']);
    const tasks = result.plans.guestbook.tasks.map((t) => `${t.phase} ${t.wave} ${t.action} ${t.key.kind}/${t.key.name}${t.pruneSkipped ? ` ${t.pruneSkipped}` : ''}`);
    expect(tasks).toEqual([
      'PreSync 0 hook Job/guestbook-migrate',
      'Sync 0 update Secret/guestbook-db',
      'Sync 0 update ConfigMap/guestbook-config',
      'Sync 0 skip ConfigMap/kept-on-removal ignored (no prune)',
      'Sync 0 prune ConfigMap/old-settings',
      'Sync 0 update Service/guestbook-ui',
      'Sync 1 update Deployment/guestbook-ui',
    ]);
    // The namespace existed for the base, so CreateNamespace adds no task; a new app gets every object created.
    expect(result.plans['team-a-cache'].tasks.map((t) => t.action)).toEqual(['create']);
  });

  it("prunes on merge as the sync would: the prune input, else the app's automated policy; confirm-prune clears Prune=confirm", async () => {
    const echo = (r: PreviewResult) => r.plans['echo-staging'].tasks.filter((t) => t.isPrune);
    // echo has no automated prune: without the input the prune is skipped.
    expect(echo(result).map((t) => `${t.action} ${t.key.name} ${t.pruneSkipped}`)).toEqual(['skip echo-old ignored (requires pruning)']);
    expect(result.full).toContain('- [Sync wave 0] skip ConfigMap echo-staging/echo-old: ignored (requires pruning)');

    const pruning = await previewPullRequest(prSettings(repo.dir, { prune: 'true' }), { headDir: repo.dir, baseDir: base.dir }, { marker: 'wf/job', now: () => 0 });
    expect(echo(pruning).map((t) => `${t.action} ${t.key.name} ${t.pruneRequiresConfirmation}`)).toEqual(['prune echo-old true']);
    expect(pruning.full).toContain('- [Sync wave 0] prune ConfigMap echo-staging/echo-old (needs confirmation)');
    expect(pruning.full).toContain('prunes happen because the prune input is set.');

    const confirmed = await previewPullRequest(prSettings(repo.dir, { prune: 'true', 'confirm-prune': 'true' }), { headDir: repo.dir, baseDir: base.dir }, { marker: 'wf/job', now: () => 0 });
    expect(confirmed.full).toContain('- [Sync wave 0] prune ConfigMap echo-staging/echo-old\n');
    expect(confirmed.full).toContain('Prune=confirm objects are pruned because the confirm-prune input is set.');
  }, 60_000);

  it('says which generated Applications an ApplicationSet change deletes and whether their resources survive', () => {
    expect(result.appSetDeletions).toEqual([
      { appSet: 'echo', removed: ['echo-canary'], preserved: false },
      { appSet: 'retired', removed: ['retired-eu'], preserved: true },
    ]);
    // applicationsSync create-update never deletes: pinned-b is not generated any more, yet kept.
    expect(result.notes).toEqual([
      'ApplicationSet previews (appsets/previews.yaml:1): pullRequest generator yields nothing: the action is not running for a pull request',
      'ApplicationSet pinned no longer generates pinned-b, but its applicationsSync policy create-update does not delete Applications',
    ]);
    expect(result.parts[0]).toContain('· :warning: **ApplicationSets delete 2 apps**');
    expect(result.parts[0]).toContain(
      '- :warning: ApplicationSet `echo` would delete 1 Application: `echo-canary` — its resources are deleted too (no preserveResourcesOnDeletion)',
    );
    expect(result.parts[0]).toMatch(/<b>echo-canary<\/b> — removed · [^<]+<code>in-cluster\/echo-canary<\/code><\/summary>\n\nGenerated by ApplicationSet `echo` \(`appsets\/echo\.yaml:1`\)/);
    expect(result.changedApps.find((a) => a.name === 'echo-staging')).toMatchObject({ appSet: 'echo', status: 'changed' });
    expect(result.changedApps.find((a) => a.name === 'guestbook')).not.toHaveProperty('appSet');
    // A generator parameter choosing the AppProject is flagged with the ApplicationSet's file and field.
    expect(result.parts[0]).toContain(
      '- :x: appsets/tenants.yaml:16: app tenants: field spec.template.spec.project: spec.project is chosen by generator parameters ("{{ .tenant }}")',
    );
  });

  it('marks an app that failed to load or render on the base as fixed, and keeps the base problems out of the errors', () => {
    const fixed = result.diffs.find((d) => d.name === 'fixed')!;
    expect(fixed.problems).toEqual([]);
    expect(fixed.fixed).toEqual([
      expect.objectContaining({ app: 'fixed', file: 'apps/fixed.yaml', field: 'spec.destination', message: expect.stringContaining("can't have both name and server") }),
    ]);
    expect(result.changedApps.find((a) => a.name === 'fixed')).toMatchObject({ status: 'added', fixed: true });
    expect(result.parts[0]).toMatch(/\| \[`fixed`\]\(#[^)]+\) \| `in-cluster\/fixed` \| :white_check_mark:&nbsp;fixed \| \+1&nbsp;~0&nbsp;-0 \|/);
    // A base that failed to render: the diff stage keeps its problems on the app, the preview moves them.
    const mended = result.diffs.find((d) => d.name === 'mended')!;
    expect(mended.problems).toEqual([]);
    expect(mended.fixed).toEqual([expect.objectContaining({ app: 'mended', message: expect.stringContaining('failed to unmarshal "cm.yaml"') })]);
    expect(result.changedApps.find((a) => a.name === 'mended')).toMatchObject({ status: 'changed', fixed: true });
    // An ApplicationSet that generated nothing on the base (a missing key) and works on the head.
    const zone = result.diffs.find((d) => d.name === 'zone-eu')!;
    expect(zone).toMatchObject({ status: 'added', appSet: 'zones', problems: [] });
    expect(zone.fixed).toEqual([expect.objectContaining({ app: 'zones', file: 'appsets/zones.yaml', message: expect.stringContaining('zoneName') })]);
    expect(result.parts[0]).toContain('**6 apps changed, 2 added, 4 removed, 3 fixed**');
    expect(result.parts[0]).toMatch(/:x: \[\*\*2 errors\*\*\]\(#/);
    // The base's problems are no error of this PR: only the fixed app's "on base" line names them.
    expect(result.parts[0]).not.toContain(':x: apps/fixed.yaml');
    expect(result.parts[0]).toContain(':white_check_mark: on base: apps/fixed.yaml');
  });

  it('checks every head app against its AppProject from the repo', () => {
    expect(result.policy).toEqual([
      expect.objectContaining({
        app: 'team-a-cache',
        project: 'team-a',
        rule: 'destination',
        file: 'apps/added.yaml',
        message: "application destination server 'https://kubernetes.default.svc' and namespace 'cache' do not match any of the allowed destinations in project 'team-a'",
      }),
    ]);
  });

  it('fails on the render failure, and on policy violations unless told not to', () => {
    expect(result.failedApps).toEqual(['broken']);
    expect(result.problems).toEqual([expect.objectContaining({ app: 'tenants', field: 'spec.template.spec.project' })]);
    // All of them are new: `broken` and `tenants` are added, and so is the violating `team-a-cache`.
    expect(previewFailures(result, { failOn: 'new-errors', failOnPolicy: true })).toEqual([
      '1 app failed to render (broken)',
      '1 new problem loading specs or tools',
      '1 new policy violation',
    ]);
    expect(previewFailures(result, { failOn: 'errors', failOnPolicy: false })).toEqual(['1 app failed to render (broken)', '1 problem loading specs or tools']);
    expect(previewFailures(result, { failOn: 'never', failOnPolicy: true })).toEqual([]);
    expect(result.errorStatus).toMatchObject({ newFailedApps: ['broken'], stillFailingApps: [], stillFailing: [], existingViolations: [] });
    const broken = result.diffs.find((d) => d.name === 'broken')!;
    expect(broken.problems[0]).toMatchObject({ app: 'broken', file: 'apps/broken.yaml' });
    expect(broken.problems[0].message).toContain('values.mustBeSet is required');
  });

  it('never shows a Secret value, plain or base64', () => {
    const forms = PLANTED.flatMap((s) => [s, Buffer.from(s).toString('base64')]);
    for (const text of [...result.parts, result.full, JSON.stringify(result.changedApps)]) for (const f of forms) expect(text).not.toContain(f);
    expect(result.full).toContain('password: ++++++++');
  });

  it('renders the comment and the full markdown (golden)', () => {
    expect(result.parts).toHaveLength(1);
    expect(markerPart(result.parts[0], 'wf/job')).toBe(0);
    expect(result.full).toContain('_The order a sync of this PR would follow');
    golden('preview.md', result.parts[0]);
    golden('preview-full.md', result.full);
  });
});
