// What gates and orders apps in syncRepo: AppProject sync windows (Argo CD's SyncWindows.CanSync: a
// deny window open now keeps the app from syncing; ignore-sync-windows overrides it) and an
// ApplicationSet's RollingSync steps (semantics §9).
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ClusterClient } from '../../../src/cluster/client.js';
import { failureMessage } from '../../../src/action/sync-mode.js';
import { readSettings } from '../../../src/settings.js';
import { syncRepo } from '../../../src/pipeline/sync-repo.js';
import { stringify } from 'yaml';
import { createNamespace, deleteNamespace, deployment, kubeconfigPath, newClient, suffix } from './env.js';
import { applicationYaml } from '../../support/specs.js';

let dir: string;
let client: ClusterClient;
let ns: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sync-windows-'));
  client = await newClient();
  ns = await createNamespace(client, 'windows');
});
afterAll(async () => {
  await deleteNamespace(client, ns);
  client.close();
  await rm(dir, { recursive: true, force: true });
});

const repoFiles = (app: string, other: string): string => `apiVersion: argoproj.io/v1alpha1
kind: AppProject
metadata:
  name: frozen
  namespace: argocd
spec:
  sourceRepos: ['*']
  destinations: [{server: '*', namespace: '*'}]
  syncWindows:
  - kind: deny
    schedule: '* * * * *'
    duration: 1h
    applications: ['${app}']
---
${[app, other].map((name) => applicationYaml(name, { repoURL: 'https://example.com/windows.git', path: `manifests/${name}`, project: 'frozen', namespace: ns })).join('---\n')}`;

describe('sync windows', () => {
  it('a deny window open now blocks only the apps it names; ignore-sync-windows lets them through', async () => {
    const blocked = `frozen-${suffix()}`;
    const free = `free-${suffix()}`;
    const repo = join(dir, 'repo');
    for (const app of [blocked, free]) {
      await mkdir(join(repo, 'manifests', app), { recursive: true });
      await writeFile(join(repo, 'manifests', app, 'cm.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${app}\ndata:\n  k: v\n`);
    }
    await writeFile(join(repo, 'apps.yaml'), repoFiles(blocked, free));
    const settingsWith = (extra: Record<string, string>) => {
      const inputs: Record<string, string> = { repo, 'repo-url': 'https://example.com/windows.git', kubeconfig: kubeconfigPath(), 'health-timeout': '20s', ...extra };
      return readSettings((n) => inputs[n] ?? '', { mode: 'sync', installMissingTools: false, cacheDir: join(dir, 'cache') });
    };
    const cmOf = (name: string) => client.get({ group: '', kind: 'ConfigMap', namespace: ns, name });

    const gated = await syncRepo(settingsWith({}), { waveDelayMs: 0 });
    const byApp = Object.fromEntries(gated.reports.map((r) => [r.app, r]));
    expect(byApp[blocked].outcome.phase).toBe('Failed');
    expect(byApp[blocked].outcome.message).toMatch(/^Sync operation blocked by sync window/);
    expect(byApp[blocked].outcome.tasks).toEqual([]);
    expect(byApp[free].outcome.phase).toBe('Succeeded');
    expect(await cmOf(blocked)).toBeUndefined();
    expect(await cmOf(free)).toBeDefined();

    const forced = await syncRepo(settingsWith({ 'ignore-sync-windows': 'true' }), { waveDelayMs: 0 });
    expect(forced.reports.find((r) => r.app === blocked)?.outcome.phase).toBe('Succeeded');
    expect(await cmOf(blocked)).toBeDefined();
  }, 120_000);
});

const rollingRepo = (id: string): string => `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata:
  name: envs-${id}
  namespace: argocd
spec:
  goTemplate: true
  generators:
  - list:
      elements:
      - {env: dev, name: dev-a}
      - {env: dev, name: dev-b}
      - {env: prod, name: prod}
      - {env: lab, name: lab}
  strategy:
    type: RollingSync
    rollingSync:
      steps:
      - matchExpressions: [{key: env, operator: In, values: [dev]}]
        maxUpdate: 1
      - matchExpressions: [{key: env, operator: In, values: [prod]}]
  template:
    metadata:
      name: '{{.name}}-${id}'
      labels: {env: '{{.env}}'}
    spec:
      project: default
      source:
        repoURL: https://example.com/windows.git
        path: 'manifests/{{.name}}'
      destination:
        server: https://kubernetes.default.svc
        namespace: ${ns}
`;

/** The rolling repo with a ConfigMap per app; `extra` adds more manifests to an app. */
async function rollingCheckout(id: string, inputs: Record<string, string>, extra: Record<string, string> = {}) {
  const repo = join(dir, `rolling-${id}`);
  for (const app of ['dev-a', 'dev-b', 'prod', 'lab']) {
    await mkdir(join(repo, 'manifests', app), { recursive: true });
    await writeFile(join(repo, 'manifests', app, 'cm.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${app}-${id}\ndata:\n  k: v\n`);
    if (extra[app]) await writeFile(join(repo, 'manifests', app, 'extra.yaml'), extra[app]);
  }
  await writeFile(join(repo, 'appset.yaml'), rollingRepo(id));
  const all: Record<string, string> = { repo, 'repo-url': 'https://example.com/windows.git', kubeconfig: kubeconfigPath(), ...inputs };
  return readSettings((n) => all[n] ?? '', { mode: 'sync', installMissingTools: false, cacheDir: join(dir, 'cache') });
}

describe('RollingSync', () => {
  it('syncs step by step, one dev app at a time, and leaves apps no step selects', async () => {
    const id = suffix();
    const settings = await rollingCheckout(id, { 'health-timeout': '20s' });
    const { reports } = await syncRepo(settings, { waveDelayMs: 0 });
    const byApp = Object.fromEntries(reports.map((r) => [r.app.replace(`-${id}`, ''), r]));
    for (const app of ['dev-a', 'dev-b', 'prod']) expect(byApp[app].outcome.phase).toBe('Succeeded');
    // Step 1 ran one app at a time (maxUpdate 1); step 2 started after both dev apps had finished.
    const span = (app: string) => [Date.parse(byApp[app].startedAt), Date.parse(byApp[app].finishedAt)];
    const [aStart, aEnd] = span('dev-a');
    const [bStart, bEnd] = span('dev-b');
    expect(bStart).toBeGreaterThanOrEqual(aEnd);
    expect(span('prod')[0]).toBeGreaterThanOrEqual(Math.max(aEnd, bEnd));
    expect(aStart).toBeLessThan(bStart);
    expect(byApp.lab.skipped).toBe(true);
    expect(byApp.lab.outcome.message).toBe(`not synced: no RollingSync step of ApplicationSet envs-${id} selects it`);
    expect(await client.get({ group: '', kind: 'ConfigMap', namespace: ns, name: `lab-${id}` })).toBeUndefined();
    expect(failureMessage(reports, [])).toBeUndefined();
  }, 120_000);

  it('with wait: false a step still gates on health: a dev app that never becomes Healthy holds prod', async () => {
    const id = suffix();
    const stuck = stringify(deployment(`stuck-${id}`, {}, { nodeSelector: { 'no-such-node': 'true' } }));
    const settings = await rollingCheckout(id, { wait: 'false', 'health-timeout': '4s' }, { 'dev-a': stuck });
    const { reports } = await syncRepo(settings, { waveDelayMs: 0 });
    const byApp = Object.fromEntries(reports.map((r) => [r.app.replace(`-${id}`, ''), r]));
    expect(byApp['dev-a'].outcome.phase).toBe('Failed');
    expect(byApp['dev-a'].outcome.message).toContain(`application did not become healthy, reason: waiting for healthy state of apps/Deployment/stuck-${id}: timed out after 4s`);
    expect(byApp['dev-b'].outcome.phase).toBe('Succeeded');
    expect(byApp.prod.outcome.message).toBe(`not synced: RollingSync step 1 of ApplicationSet envs-${id} did not become healthy (dev-a-${id})`);
    expect(await client.get({ group: '', kind: 'ConfigMap', namespace: ns, name: `prod-${id}` })).toBeUndefined();
  }, 120_000);
});
