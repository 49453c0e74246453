// The bundled action (dist/index.js) on a pull_request event with the kubeconfig input: the PR comment
// gets the live sections from server-side dry runs against the run's control plane. The base revision
// is live in a namespace of its own (applied as a sync leaves it), then someone scales the Deployment
// by hand, and a ConfigMap an older revision had is still live. Build the bundle first: node
// scripts/bundle.mjs dist.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { ClusterClient } from '../../src/cluster/client.js';
import type { AppSpec } from '../../src/model/argocd.js';
import type { K8sObject } from '../../src/model/k8s.js';
import { finalizeObjects } from '../../src/render/finalize.js';
import { git } from '../pipeline/pr-repo.js';
import { FakeGitHub } from '../support/github-server.js';
import { nodeBinaries } from '../support/node-binaries.js';
import { runActionOnPullRequest } from '../support/run-action.js';
import { isolatedNamespace, kubeConfig, kubeconfigPath, waitFor, type IsolatedNamespace } from './support/cluster.js';

const TOKEN = 'ghs_live-t0ken-value';
const REPO_URL = 'https://github.com/example/gitops.git';

const applicationYaml = (name: string, namespace: string) => `apiVersion: argoproj.io/v1alpha1
kind: AppProject
metadata:
  name: team
  namespace: argocd
spec:
  sourceRepos: ['*']
  destinations: [{server: https://kubernetes.default.svc, namespace: '*'}]
  namespaceResourceWhitelist: [{group: '*', kind: '*'}]
---
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
spec:
  project: team
  source:
    repoURL: ${REPO_URL}
    path: manifests
  destination:
    server: https://kubernetes.default.svc
    namespace: ${namespace}
`;

/** A second app the PR does not touch; its ConfigMap is edited by hand in the cluster. */
const sideApplicationYaml = (name: string, namespace: string) => `---
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
spec:
  project: team
  source:
    repoURL: ${REPO_URL}
    path: side
  destination:
    server: https://kubernetes.default.svc
    namespace: ${namespace}
`;
const sideSettings = (mode: string): K8sObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'side-settings' }, data: { mode } });

const settings = (level: string): K8sObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { level } });
const web: K8sObject = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'main', image: 'registry.local/web:1' }] } },
  },
};
const retired: K8sObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'retired' }, data: { old: 'yes' } };
const manifests = (objects: K8sObject[]) => objects.map((o) => JSON.stringify(o)).join('\n---\n');

/** Every object in the namespace that the app or the controllers own, by kind/name: its resourceVersion. */
async function versions(kc: k8s.KubeConfig, namespace: string): Promise<Record<string, string>> {
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const apps = kc.makeApiClient(k8s.AppsV1Api);
  const lists = await Promise.all([
    core.listNamespacedConfigMap({ namespace }).then((l) => l.items.map((o) => ['ConfigMap', o] as const)),
    apps.listNamespacedDeployment({ namespace }).then((l) => l.items.map((o) => ['Deployment', o] as const)),
    apps.listNamespacedReplicaSet({ namespace }).then((l) => l.items.map((o) => ['ReplicaSet', o] as const)),
    core.listNamespacedPod({ namespace }).then((l) => l.items.map((o) => ['Pod', o] as const)),
  ]);
  return Object.fromEntries(lists.flat().map(([kind, o]) => [`${kind}/${o.metadata?.name}`, o.metadata?.resourceVersion ?? '']));
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<DELIM`, the value, `DELIM`. */
/** The comment's text from `heading` up to the next `#### ` heading. */
function section(body: string, heading: string): string {
  const start = body.indexOf(heading);
  if (start < 0) return '';
  const next = body.indexOf('\n#### ', start + heading.length);
  return body.slice(start, next < 0 ? undefined : next);
}

let ns: IsolatedNamespace;
let kc: k8s.KubeConfig;
let repoDir: string;
let baseSha: string;
let headSha: string;
let kubeconfigText: string;
let before: Record<string, string>;

beforeAll(async () => {
  kc = kubeConfig();
  ns = await isolatedNamespace('pr-live', kc);
  const app = ns.name; // objects tracked to an app count wherever they are, so its name is unique per run too

  repoDir = mkdtempSync(join(tmpdir(), 'pr-live-repo-'));
  mkdirSync(join(repoDir, 'manifests'));
  mkdirSync(join(repoDir, 'side'));
  writeFileSync(join(repoDir, 'apps.yaml'), applicationYaml(app, ns.name) + sideApplicationYaml(`${app}-side`, ns.name));
  writeFileSync(join(repoDir, 'side', 'settings.yaml'), manifests([sideSettings('from-git')]));
  writeFileSync(join(repoDir, 'manifests', 'objects.yaml'), manifests([settings('1'), web]));
  git(repoDir, 'init', '--quiet', '-b', 'main');
  git(repoDir, 'add', '-A');
  git(repoDir, 'commit', '--quiet', '-m', 'base');
  baseSha = git(repoDir, 'rev-parse', 'HEAD');
  // The PR's change: one ConfigMap value.
  writeFileSync(join(repoDir, 'manifests', 'objects.yaml'), manifests([settings('2'), web]));
  git(repoDir, 'commit', '--quiet', '-am', 'head');
  headSha = git(repoDir, 'rev-parse', 'HEAD');

  // The base as a sync leaves it: tracked to the app, applied with the action's field manager.
  const spec: AppSpec = {
    app: {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: app, namespace: 'argocd' },
      spec: { project: 'team', source: { repoURL: REPO_URL, path: 'manifests' }, destination: { server: 'https://kubernetes.default.svc', namespace: ns.name } },
    },
    origin: { file: 'apps.yaml', line: 12 },
  };
  const client = new ClusterClient(kc, kc.getCurrentContext());
  try {
    // `retired` left Git before the base, but a sync without prune left it live and tracked.
    for (const o of finalizeObjects([settings('1'), web, retired], spec).objects) await client.apply(o, { fieldManager: 'gitops-sync' });
    const side: AppSpec = { ...spec, app: { ...spec.app, metadata: { name: `${app}-side`, namespace: 'argocd' }, spec: { ...spec.app.spec, source: { repoURL: REPO_URL, path: 'side' } } } };
    for (const o of finalizeObjects([sideSettings('from-git')], side).objects) await client.apply(o, { fieldManager: 'gitops-sync' });
    await client.apply({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'side-settings', namespace: ns.name }, data: { mode: 'by-hand' } }, { fieldManager: 'kubectl-edit' });
    // Someone scales the Deployment by hand.
    await client.apply({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: ns.name }, spec: { replicas: 3 } }, { fieldManager: 'kubectl-scale' });
  } finally {
    client.close();
  }
  const apps = kc.makeApiClient(k8s.AppsV1Api);
  await waitFor('web rolled out with 3 replicas', async () => {
    const d = await apps.readNamespacedDeployment({ name: 'web', namespace: ns.name });
    return d.status?.observedGeneration === d.metadata?.generation && d.status?.availableReplicas === 3 && d.status?.updatedReplicas === 3;
  });
  // Controllers settle after the rollout: take the snapshot once two reads a second apart agree.
  let previous = '';
  before = await waitFor('the namespace to settle', async () => {
    const now = await versions(kc, ns.name);
    const same = JSON.stringify(now) === previous;
    previous = JSON.stringify(now);
    if (!same) await new Promise((r) => setTimeout(r, 1000));
    return same && now;
  });
  kubeconfigText = readFileSync(kubeconfigPath(), 'utf8');
}, 120_000);

afterAll(async () => {
  await ns?.delete();
  if (repoDir) rmSync(repoDir, { recursive: true, force: true });
});

describe.each(nodeBinaries())('dist/index.js on a pull_request event with a kubeconfig under %s', (_label, node) => {
  let gh: FakeGitHub;
  let runnerTemp: string;

  beforeAll(async () => {
    gh = new FakeGitHub({ token: TOKEN, repo: 'example/gitops' });
    await gh.start();
    runnerTemp = mkdtempSync(join(tmpdir(), 'runner-'));
  });
  afterAll(async () => {
    await gh.stop();
    rmSync(runnerTemp, { recursive: true, force: true });
  });

  it("comments what a sync would change and the drift by hand, masks the kubeconfig's credentials and changes nothing in the cluster", async () => {
    const run = await runActionOnPullRequest({
      node,
      runnerTemp,
      apiUrl: gh.baseUrl,
      repository: 'example/gitops',
      pr: { number: 31, baseSha, headSha, headRef: 'level-2' },
      // As a workflow passes it from a secret: the kubeconfig's text, not a path.
      inputs: { 'github-token': TOKEN, repo: repoDir, 'repo-url': REPO_URL, 'context-lines': '1', kubeconfig: kubeconfigText },
    });
    expect({ code: run.code, errors: run.stdout.split('\n').filter((l) => l.startsWith('::error') || l.startsWith('::warning')) }).toEqual({ code: 0, errors: [] });

    expect(gh.comments).toHaveLength(1);
    const body = gh.comments[0].body;
    const deployment = `@@ apps/Deployment ${ns.name}/web @@`;
    const configMap = `@@ ConfigMap ${ns.name}/settings @@`;
    // Base ↔ head: only the PR's change.
    const offline = body.slice(0, body.indexOf('#### Live'));
    expect(offline).toContain(configMap);
    expect(offline).not.toContain(deployment);

    // A sync of the PR sets the PR's value and takes the replicas back to Git's.
    const sync = section(body, '#### Live: what a sync would change');
    expect(sync).toContain(configMap);
    expect(sync).toMatch(/-\s+level: "1"\n\+\s+level: "2"/);
    expect(sync).toContain(deployment);
    expect(sync).toMatch(/-\s+replicas: 3\n\+\s+replicas: 1/);
    // Drift: live against the base, so only the hand-made change, not the PR's.
    const drift = section(body, "#### Live drift (not this PR's doing)");
    expect(drift).toContain(deployment);
    expect(drift).toMatch(/-\s+replicas: 3\n\+\s+replicas: 1/);
    expect(drift).not.toContain(configMap);
    // The side app only drifted (the PR does not touch it): its diff is shown once, as drift.
    expect(body).toContain('live: a sync would change 2 apps · live drift in 2 apps');
    expect(sync).not.toContain(`<b>${ns.name}-side</b>`);
    expect(sync).toContain(`_A sync would also revert the drift of 1 app this PR does not touch, shown under Live drift: ${ns.name}-side._`);
    expect(drift).toContain(`drift: <b>${ns.name}-side</b> — changed · +0 ~1 -0 · <code>in-cluster/${ns.name}</code> · not touched by this PR: a sync would revert it`);
    expect(body.split(/-\s+mode: by-hand\n\+\s+mode: from-git/)).toHaveLength(2);
    // Server defaults from the dry run are no noise.
    expect(body).not.toMatch(/progressDeadlineSeconds|revisionHistoryLimit|managedFields|resourceVersion/);

    const { outputs, summary } = run;
    expect(outputs['has-changes']).toBe('true');
    const diffFile = readFileSync(outputs['diff-file'], 'utf8');
    expect(summary).toContain("Live drift (not this PR's doing)");

    // Credentials of the kubeconfig (client key and certificate, base64 and each PEM line) show in the
    // runner's masking commands only.
    const user = kc.getCurrentUser();
    const credentials = [user?.keyData, user?.certData].flatMap((b64) => {
      if (!b64) return [];
      const pemLines = Buffer.from(b64, 'base64').toString('utf8').split('\n').filter((l) => l && !l.startsWith('-----'));
      return [b64, ...pemLines];
    });
    expect(credentials.length).toBeGreaterThan(4);
    const stdoutLines = run.stdout.split('\n');
    for (const c of credentials) {
      const lines = stdoutLines.filter((l) => l.includes(c));
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.filter((l) => !l.startsWith('::add-mask::'))).toEqual([]);
      for (const text of [body, summary, diffFile, JSON.stringify(outputs), run.stderr]) expect(text).not.toContain(c);
    }

    // The plan is the sync's, against the live cluster: the live-only ConfigMap is a prune candidate
    // (skipped: neither the prune input nor the app's automated policy prunes).
    const pruneLine = `skip ConfigMap ${ns.name}/retired: ignored (requires pruning)`;
    const plan = body.slice(body.indexOf('<b>Sync plan preview</b>'));
    expect(plan).toContain('Plans use the live cluster');
    expect(plan).toContain(pruneLine);

    // Without a kubeconfig the base render stands in for live, and the base never had it.
    const offlineRun = await runActionOnPullRequest({
      node,
      runnerTemp,
      apiUrl: gh.baseUrl,
      repository: 'example/gitops',
      pr: { number: 31, baseSha, headSha, headRef: 'level-2' },
      inputs: { 'github-token': TOKEN, repo: repoDir, 'repo-url': REPO_URL, 'context-lines': '1' },
    });
    expect(offlineRun.code).toBe(0);
    expect(gh.comments).toHaveLength(1);
    const offlineBody = gh.comments[0].body;
    expect(offlineBody).toContain('No cluster access: plans treat the base revision');
    expect(offlineBody).toContain(`ConfigMap ${ns.name}/settings`);
    expect(offlineBody).not.toContain(`${ns.name}/retired`);

    // Server-side dry runs only: nothing in the namespace was written.
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['ConfigMap/settings', 'Deployment/web', expect.stringMatching(/^ReplicaSet\/web-/), expect.stringMatching(/^Pod\/web-/)]));
    expect(await versions(kc, ns.name)).toEqual(before);
  }, 180_000);

  it('a sharded run (3 shards + merge) posts the same live comment and summary, with no credential in the preview files', async () => {
    const pr = { number: 31, baseSha, headSha, headRef: 'level-2' };
    const inputs = { 'github-token': TOKEN, repo: repoDir, 'repo-url': REPO_URL, 'context-lines': '1', kubeconfig: kubeconfigText, 'comment-key': 'live' };
    const action = (temp: string, extra: Record<string, string>) =>
      runActionOnPullRequest({ node, runnerTemp: temp, apiUrl: gh.baseUrl, repository: 'example/gitops', pr, inputs: { ...inputs, ...extra } });
    const timeless = (text: string) => text.replace(/gitops-sync · \d+\.\d s/g, 'gitops-sync · N s');
    gh.comments = [];
    const whole = await action(runnerTemp, {});
    expect(whole.code).toBe(0);
    const wholeComments = gh.comments.map((c) => timeless(c.body));
    expect(wholeComments[0]).toContain('#### Live: what a sync would change');

    gh.comments = [];
    gh.requests = [];
    const downloads = mkdtempSync(join(tmpdir(), 'previews-'));
    try {
      for (const i of [1, 2, 3]) {
        const temp = mkdtempSync(join(tmpdir(), `runner-${i}-`));
        const shard = await action(temp, { shard: `${i}/3` });
        expect(shard.code).toBe(0);
        mkdirSync(join(downloads, `gitops-preview-${i}`));
        const text = readFileSync(shard.outputs['preview-file'], 'utf8');
        writeFileSync(join(downloads, `gitops-preview-${i}`, 'preview.json'), text);
        const user = kc.getCurrentUser();
        for (const c of [user?.keyData, user?.certData, user?.token].filter((v): v is string => !!v)) expect(text).not.toContain(c);
        rmSync(temp, { recursive: true, force: true });
      }
      expect(gh.requests).toEqual([]);
      const merged = await action(runnerTemp, { mode: 'merge', 'preview-files': `${downloads}/**/*.json` });
      expect(merged.code).toBe(0);
      expect(gh.comments.map((c) => timeless(c.body))).toEqual(wholeComments);
      expect(timeless(merged.summary)).toBe(timeless(whole.summary));
      expect(merged.outputs['changed-apps']).toBe(whole.outputs['changed-apps']);
    } finally {
      rmSync(downloads, { recursive: true, force: true });
    }
  }, 180_000);
});
