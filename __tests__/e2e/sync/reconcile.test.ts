// Argo CD's reconciliation loop in CI (issue 15), against the real control plane and the local GitHub
// API stand-in: a push syncs only automated apps that are OutOfSync (a manual app is reported with how
// to sync it; a workflow_dispatch naming it syncs it); `reconcile` reverts drift of selfHeal apps
// only, reports the rest, ignores ignoreDifferences fields, and keeps one sticky drift issue; a push
// that changes one of three automated apps touches only that app's objects.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runReconcileMode } from '../../../src/action/reconcile-mode.js';
import { runSyncMode } from '../../../src/action/sync-mode.js';
import type { ClusterClient } from '../../../src/cluster/client.js';
import { loadKubeconfig } from '../../../src/cluster/kubeconfig.js';
import type { K8sObject } from '../../../src/model/k8s.js';
import { repoStatus } from '../../../src/pipeline/app-status.js';
import { readSettings } from '../../../src/settings.js';
import { git } from '../../pipeline/pr-repo.js';
import { captureIO } from '../../support/capture-io.js';
import { FakeGitHub } from '../../support/github-server.js';
import { createNamespace, deleteNamespace, kubeconfigPath, newClient, suffix } from './env.js';
import { applicationYaml } from '../../support/specs.js';

const TOKEN = 'ghs_reconcile-t0ken';
/** Secret values in Git and typed into the cluster by hand: never in a summary, output or issue. */
const PLANTED = ['pl4nted-git-s3cret', 'pl4nted-hand-s3cret'];
const id = suffix();
const heal = `heal-${id}`;
const watch = `watch-${id}`;
const manual = `manual-${id}`;
const other = `other-${id}`;

let dir: string;
let repo: string;
let client: ClusterClient;
let ns: string;
let gh: FakeGitHub;

const automated: Record<string, string> = {
  [heal]: `
syncPolicy:
  automated: {prune: true, selfHeal: true}
ignoreDifferences:
- kind: ConfigMap
  name: ${heal}-ign
  jsonPointers: [/data/ignored]`,
  [watch]: `
syncPolicy:
  automated: {prune: true}`,
  [manual]: '',
  [other]: `
syncPolicy:
  automated: {}`,
};

const appYaml = (name: string): string => applicationYaml(name, { repoURL: 'https://example.com/reconcile.git', path: `manifests/${name}`, namespace: ns, spec: automated[name] });

const cmYaml = (name: string, data: Record<string, string>): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n${Object.entries(data).map(([k, v]) => `  ${k}: "${v}"\n`).join('')}`;

const deploymentYaml = (name: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: 1
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers: [{name: main, image: registry.local/app:1}]
`;

async function writeManifests(name: string, docs: string[]): Promise<void> {
  await mkdir(join(repo, 'manifests', name), { recursive: true });
  await writeFile(join(repo, 'manifests', name, 'all.yaml'), docs.join('---\n'));
}

function commit(): void {
  git(repo, 'add', '-A');
  git(repo, '-c', 'user.name=e2e', '-c', 'user.email=e2e@example.com', 'commit', '-q', '-m', 'change');
}

const env = (event: string): NodeJS.ProcessEnv => ({
  GITHUB_EVENT_NAME: event,
  GITHUB_REPOSITORY: 'example/gitops',
  GITHUB_API_URL: gh.baseUrl,
  GITHUB_SERVER_URL: 'https://github.example',
  GITHUB_RUN_ID: '77',
  GITHUB_WORKFLOW: 'reconcile',
  ARGOCD_SYNC_WAVE_DELAY: '0',
});

function settings(extra: Record<string, string> = {}) {
  const inputs: Record<string, string> = {
    repo,
    'repo-url': 'https://example.com/reconcile.git',
    kubeconfig: kubeconfigPath(),
    'health-timeout': '30s',
    'github-token': TOKEN,
    ...extra,
  };
  return readSettings((n) => inputs[n] ?? '', { mode: 'sync', installMissingTools: false, cacheDir: join(dir, 'cache') });
}

async function push(extra: Record<string, string> = {}, event = 'push') {
  const captured = captureIO();
  const failure = await runSyncMode(settings(extra), captured.io, env(event));
  return { failure, ...captured, result: JSON.parse(captured.outputs.result) as { app: string; skipped?: boolean; outcome: { phase: string; message: string } }[] };
}

async function reconcile() {
  const captured = captureIO();
  const failure = await runReconcileMode(settings({ 'drift-issue': 'true' }), captured.io, env('schedule'));
  return { failure, ...captured, outOfSync: JSON.parse(captured.outputs['out-of-sync-apps']) as string[] };
}

const get = (kind: string, name: string, group = ''): Promise<K8sObject | undefined> => client.get({ group, kind, namespace: ns, name });
const data = async (name: string): Promise<Record<string, string> | undefined> => (await get('ConfigMap', name))?.data as Record<string, string> | undefined;
const rv = async (kind: string, name: string, group = ''): Promise<string | undefined> => (await get(kind, name, group))?.metadata.resourceVersion as string | undefined;

/** A hand edit, as `kubectl edit` or `kubectl scale` would make it: another field manager, forced. */
async function edit(obj: K8sObject): Promise<void> {
  await client.apply({ ...obj, metadata: { ...obj.metadata, namespace: ns } }, { fieldManager: 'kubectl-edit', force: true });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reconcile-'));
  repo = join(dir, 'repo');
  client = await newClient();
  ns = await createNamespace(client, 'reconcile');
  gh = new FakeGitHub({ token: TOKEN, repo: 'example/gitops' });
  await gh.start();
  await mkdir(repo, { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  await writeFile(join(repo, 'apps.yaml'), [heal, watch, manual, other].map(appYaml).join('---\n'));
  const secret = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${heal}-db\nstringData:\n  password: ${PLANTED[0]}\n`;
  await writeManifests(heal, [deploymentYaml(`${heal}-web`), cmYaml(`${heal}-cfg`, { k: 'v' }), cmYaml(`${heal}-ign`, { k: 'v', ignored: 'git' }), secret]);
  await writeManifests(watch, [cmYaml(`${watch}-cfg`, { k: 'v' })]);
  await writeManifests(manual, [cmYaml(`${manual}-cfg`, { k: 'v' })]);
  await writeManifests(other, [cmYaml(`${other}-cfg`, { k: 'v' })]);
  commit();
}, 60_000);

afterAll(async () => {
  await gh?.stop();
  if (ns) await deleteNamespace(client, ns);
  client?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('push with sync-policy argocd', () => {
  it('syncs the automated apps and reports the manual one OutOfSync with how to sync it', async () => {
    const r = await push();
    expect(r.failure).toBeUndefined();
    const byApp = Object.fromEntries(r.result.map((x) => [x.app, x]));
    for (const a of [heal, watch, other]) expect(byApp[a].outcome.phase).toBe('Succeeded');
    expect(byApp[manual]).toMatchObject({ skipped: true });
    expect(byApp[manual].outcome.message).toContain(`OutOfSync; no automated sync policy, so not synced on push: sync it with a workflow_dispatch run whose input app is ${manual}`);
    expect(await get('ConfigMap', `${manual}-cfg`)).toBeUndefined();
    expect(JSON.parse(r.outputs['out-of-sync-apps'])).toEqual([manual]);
    expect(r.summaries.join('')).toContain('sync-policy argocd');

    // The status command's view of the same state.
    const status = await repoStatus(settings(), { kubeconfig: await loadKubeconfig(kubeconfigPath()) });
    const s = Object.fromEntries(status.statuses.map((x) => [x.name, x]));
    expect(s[heal]).toMatchObject({ sync: 'Synced', health: 'Healthy', syncPolicy: 'Auto-Prune', conditions: [] });
    expect(s[manual]).toMatchObject({ sync: 'OutOfSync', health: 'Missing', syncPolicy: 'Manual' });
    expect(s[other]).toMatchObject({ sync: 'Synced', syncPolicy: 'Auto' });
  }, 180_000);
});

describe('reconcile', () => {
  it('reverts drift of the selfHeal app only, reports the rest, ignores ignoreDifferences fields, opens the drift issue', async () => {
    const web = await get('Deployment', `${heal}-web`, 'apps');
    await edit({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: `${heal}-web` }, spec: { replicas: 3 } } as K8sObject);
    await edit({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `${heal}-cfg` }, data: { k: 'by-hand' } });
    await edit({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `${heal}-ign` }, data: { ignored: 'by-hand' } });
    await edit({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `${watch}-cfg` }, data: { k: 'by-hand' } });
    await edit({ apiVersion: 'v1', kind: 'Secret', metadata: { name: `${heal}-db` }, stringData: { password: PLANTED[1] } });
    const ignRv = await rv('ConfigMap', `${heal}-ign`);
    expect(web).toBeDefined();

    const r = await reconcile();
    expect(r.failure).toBeUndefined();
    // selfHeal: both edits are reverted; the ignored field is neither drift nor touched.
    expect(((await get('Deployment', `${heal}-web`, 'apps'))?.spec as { replicas: number }).replicas).toBe(1);
    expect(await data(`${heal}-cfg`)).toEqual({ k: 'v' });
    expect((await data(`${heal}-ign`))?.ignored).toBe('by-hand');
    expect(await rv('ConfigMap', `${heal}-ign`)).toBe(ignRv);
    // Without selfHeal the drift stays and is reported; the manual app is reported, not synced.
    expect(await data(`${watch}-cfg`)).toEqual({ k: 'by-hand' });
    expect(await get('ConfigMap', `${manual}-cfg`)).toBeUndefined();
    expect(r.outOfSync).toEqual([watch, manual]);
    const summary = r.summaries.join('');
    expect(summary).toContain('synced to Git by this run');
    expect(summary).toMatch(/-\s+k: by-hand\n\+\s+k: v/);
    expect(summary).toContain('selfHeal is off: drift reported, not reverted');
    // The Secret's drift is shown masked, and reverted.
    expect(summary).toMatch(/Secret reconcile-[0-9a-f]+\/heal-[0-9a-f]+-db/);
    const everything = [summary, ...Object.values(r.outputs), ...r.logs, ...gh.issues.map((i) => i.body)].join('\n');
    for (const p of PLANTED) {
      expect(everything).not.toContain(p);
      expect(everything).not.toContain(Buffer.from(p).toString('base64'));
    }
    expect(Buffer.from(((await get('Secret', `${heal}-db`))?.data as { password: string }).password, 'base64').toString()).toBe(PLANTED[0]);

    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]).toMatchObject({ state: 'open', title: 'gitops-sync: 2 app(s) drifted or unhealthy' });
    expect(gh.issues[0].body).toContain(watch);
    expect(gh.issues[0].body).toContain('https://github.example/example/gitops/actions/runs/77');
    expect(gh.issues[0].body).not.toContain(heal);
  }, 240_000);

  it('a workflow_dispatch naming the manual app syncs it; the issue is updated, closed once all is Synced, reopened on new drift', async () => {
    const d = await push({ app: manual }, 'workflow_dispatch');
    expect(d.failure).toBeUndefined();
    expect(await data(`${manual}-cfg`)).toEqual({ k: 'v' });

    const updated = await reconcile();
    expect(updated.outOfSync).toEqual([watch]);
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]).toMatchObject({ state: 'open', title: 'gitops-sync: 1 app(s) drifted or unhealthy' });
    expect(gh.issues[0].body).not.toContain(manual);

    // Someone puts the value back by hand: everything is Synced and Healthy, so the issue closes.
    await edit({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `${watch}-cfg` }, data: { k: 'v' } });
    const closed = await reconcile();
    expect(closed.outOfSync).toEqual([]);
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0].state).toBe('closed');

    await edit({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `${watch}-cfg` }, data: { k: 'again' } });
    await reconcile();
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0].state).toBe('open');
    await edit({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `${watch}-cfg` }, data: { k: 'v' } });
  }, 240_000);
});

describe('push of a change to one of three automated apps', () => {
  it('applies only that app: the others are Synced, nothing to do, their objects untouched', async () => {
    const before = {
      web: await rv('Deployment', `${heal}-web`, 'apps'),
      cfg: await rv('ConfigMap', `${heal}-cfg`),
      watch: await rv('ConfigMap', `${watch}-cfg`),
      manual: await rv('ConfigMap', `${manual}-cfg`),
    };
    await writeManifests(other, [cmYaml(`${other}-cfg`, { k: 'v2' })]);
    commit();
    const r = await push();
    expect(r.failure).toBeUndefined();
    const byApp = Object.fromEntries(r.result.map((x) => [x.app, x]));
    expect(byApp[other]).toMatchObject({ outcome: { phase: 'Succeeded' } });
    expect(byApp[other].skipped).toBeUndefined();
    for (const a of [heal, watch]) expect(byApp[a].outcome.message).toMatch(/^Synced, nothing to do/);
    expect(byApp[manual].outcome.message).toBe('Synced; no automated sync policy');
    expect(await data(`${other}-cfg`)).toEqual({ k: 'v2' });
    expect({
      web: await rv('Deployment', `${heal}-web`, 'apps'),
      cfg: await rv('ConfigMap', `${heal}-cfg`),
      watch: await rv('ConfigMap', `${watch}-cfg`),
      manual: await rv('ConfigMap', `${manual}-cfg`),
    }).toEqual(before);

    // The untouched apps are at the new revision: a later drift of the non-selfHeal app is still only reported.
    await edit({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `${watch}-cfg` }, data: { k: 'late' } });
    const later = await reconcile();
    expect(later.outOfSync).toEqual([watch]);
    expect(await data(`${watch}-cfg`)).toEqual({ k: 'late' });
  }, 240_000);
});

describe('reconcile in a closed sync window', () => {
  it('reports the drift of a selfHeal app and leaves it: the window holds the sync back', async () => {
    const frozen = `frozen-${id}`;
    const project = `apiVersion: argoproj.io/v1alpha1
kind: AppProject
metadata:
  name: frozen
  namespace: argocd
spec:
  sourceRepos: ['*']
  destinations: [{server: '*', namespace: '*'}]
  syncWindows:
  - {kind: deny, schedule: '* * * * *', duration: 1h, applications: ['*']}
`;
    automated[frozen] = automated[heal];
    await writeFile(join(repo, 'frozen.yaml'), `${project}---\n${appYaml(frozen).replace('project: default', 'project: frozen')}`);
    await writeManifests(frozen, [cmYaml(`${frozen}-cfg`, { k: 'v' })]);
    commit();
    const captured = captureIO();
    const failure = await runReconcileMode(settings({ app: frozen }), captured.io, env('schedule'));
    const [report] = JSON.parse(captured.outputs.result) as { app: string; outcome: { phase: string; message: string } }[];
    expect(report).toMatchObject({ app: frozen, outcome: { phase: 'Failed' } });
    expect(report.outcome.message).toMatch(/deny/);
    expect(failure).toContain(`app ${frozen}`);
    expect(await get('ConfigMap', `${frozen}-cfg`)).toBeUndefined();
    expect(JSON.parse(captured.outputs['out-of-sync-apps'])).toEqual([frozen]);
  }, 120_000);
});
