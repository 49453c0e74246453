// A sync without idle time (issue 10), against the real control plane: one run of several apps lists
// each resource type once for all of them, a no-op re-sync changes nothing and skips Argo CD's wave
// delay, and many waits on the run's one cancellation signal do not trip Node's listener leak warning.
// Requests are counted by wrapping the real REST client, never by a fake API.
import { defaultMaxListeners, getEventListeners, getMaxListeners, setMaxListeners } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { stringify } from 'yaml';
import { ClusterClient } from '../../../src/cluster/client.js';
import { loadKubeconfig } from '../../../src/cluster/kubeconfig.js';
import { RestClient, type RequestOptions } from '../../../src/cluster/rest.js';
import type { K8sObject } from '../../../src/model/k8s.js';
import { readSettings } from '../../../src/settings.js';
import { syncRepo, type SyncRepoResult } from '../../../src/pipeline/sync-repo.js';
import { cm, createNamespace, deleteNamespace, deployment, kubeconfigPath, newClient, wave } from './env.js';

let dir: string;
let client: ClusterClient;
const namespaces: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sync-idle-'));
  client = await newClient();
});
afterEach(() => {
  jest.restoreAllMocks();
});
afterAll(async () => {
  for (const ns of namespaces) await deleteNamespace(client, ns);
  client.close();
  await rm(dir, { recursive: true, force: true });
});

/** A repo of one app per namespace (each created here), the app's objects given per namespace. */
async function repoOf(name: string, count: number, objects: (ns: string) => K8sObject[]): Promise<{ repo: string; apps: Map<string, K8sObject[]> }> {
  const repo = join(dir, name);
  const apps = new Map<string, K8sObject[]>();
  const specs: string[] = [];
  for (let i = 0; i < count; i++) {
    const ns = await createNamespace(client, name);
    namespaces.push(ns);
    apps.set(ns, objects(ns));
    await mkdir(join(repo, 'manifests', ns), { recursive: true });
    await writeFile(join(repo, 'manifests', ns, 'all.yaml'), apps.get(ns)!.map((o) => stringify(o)).join('---\n'));
    specs.push(
      stringify({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Application',
        metadata: { name: ns, namespace: 'argocd' },
        spec: { project: 'default', source: { repoURL: 'https://example.com/idle.git', path: `manifests/${ns}` }, destination: { server: 'https://kubernetes.default.svc', namespace: ns } },
      }),
    );
  }
  await writeFile(join(repo, 'apps.yaml'), specs.join('---\n'));
  return { repo, apps };
}

function settingsFor(repo: string) {
  const inputs: Record<string, string> = { repo, 'repo-url': 'https://example.com/idle.git', kubeconfig: kubeconfigPath(), 'health-timeout': '60s', concurrency: '4' };
  return readSettings((n) => inputs[n] ?? '', { mode: 'sync', installMissingTools: false, cacheDir: join(dir, 'cache') });
}

/** Records the requests of every REST client from now on (the real client, wrapped). */
function recordRequests(): () => { method: string; path: string; opts?: RequestOptions }[] {
  const spy = jest.spyOn(RestClient.prototype, 'request');
  return () => spy.mock.calls.map(([method, path, opts]) => ({ method, path, opts: opts as RequestOptions | undefined }));
}

/** The collection lists sent (ClusterClient.list pages with `limit`), as path?labelSelector. */
const listsOf = (calls: ReturnType<ReturnType<typeof recordRequests>>): string[] =>
  calls.filter((c) => c.method === 'GET' && c.opts?.query?.limit !== undefined).map((c) => `${c.path}?${c.opts?.query?.labelSelector ?? ''}`);

const phases = (r: SyncRepoResult): string[] => r.reports.map((a) => `${a.app}: ${a.outcome.phase} ${a.outcome.phase === 'Succeeded' ? '' : a.outcome.message}`.trim());

async function resourceVersions(apps: Map<string, K8sObject[]>): Promise<string[]> {
  const out: string[] = [];
  for (const [ns, objects] of apps) {
    for (const o of objects) out.push(`${ns}/${o.kind}/${o.metadata.name}@${(await client.get({ ...o, metadata: { ...o.metadata, namespace: ns } }))?.metadata.resourceVersion}`);
  }
  return out;
}

describe('a run of several apps', () => {
  it('lists each resource type once for all apps; a no-op re-sync writes nothing and does not pause between waves', async () => {
    const { repo, apps } = await repoOf('idle', 3, () => [cm('first', wave(0)), cm('second', wave(1)), deployment('web', wave(1))]);
    const settings = settingsFor(repo);

    const requests = recordRequests();
    const log: string[] = [];
    const first = await syncRepo(settings, { waveDelayMs: 1, log: (m) => log.push(m) });
    expect(phases(first)).toEqual([...apps.keys()].map((ns) => `${ns}: Succeeded`));
    // Wave 0 created something in every app, so each paused before wave 1, as Argo CD does.
    expect(log.filter((m) => m.includes('(ARGOCD_SYNC_WAVE_DELAY) before the next wave'))).toHaveLength(3);
    const firstLists = listsOf(requests());
    expect(firstLists.length).toBeGreaterThan(10); // every listable type, looked at for prune
    expect(firstLists.length).toBe(new Set(firstLists).size);
    const before = await resourceVersions(apps);
    jest.restoreAllMocks();

    const rerequests = recordRequests();
    const again: string[] = [];
    // An hour's delay: the re-sync finishes only because a wave that changed nothing does not pause.
    const resync = await syncRepo(settings, { waveDelayMs: 3_600_000, log: (m) => again.push(m) });
    expect(phases(resync)).toEqual([...apps.keys()].map((ns) => `${ns}: Succeeded`));
    const actions = resync.reports.flatMap((r) => r.outcome.tasks.map((t) => `${r.app}/${t.key.kind}/${t.key.name}: ${t.action}`));
    expect(actions).toHaveLength(9);
    expect(actions.filter((a) => !a.endsWith(': unchanged'))).toEqual([]);
    expect(again.filter((m) => m.includes('ARGOCD_SYNC_WAVE_DELAY'))).toEqual([]);
    expect(await resourceVersions(apps)).toEqual(before);
    // Only server-side dry runs reach the apps' namespaces: no write at all.
    const writes = rerequests().filter((c) => c.method !== 'GET' && !c.opts?.query?.dryRun && [...apps.keys()].some((ns) => c.path.includes(`/namespaces/${ns}/`)));
    expect(writes).toEqual([]);
    const resyncLists = listsOf(rerequests());
    expect(resyncLists.length).toBe(new Set(resyncLists).size);
    expect(new Set(resyncLists)).toEqual(new Set(firstLists));
  }, 240_000);

  it('a shared-list client (one per run) folds in its own applies and deletes, so a retry or rollback sees them', async () => {
    const { repo, apps } = await repoOf('fold', 1, () => [cm('kept'), cm('pruned')]);
    const [ns] = [...apps.keys()];
    const first = await syncRepo(settingsFor(repo), { waveDelayMs: 0 });
    expect(phases(first)).toEqual([`${ns}: Succeeded`]);
    const { kc } = await loadKubeconfig(kubeconfigPath());
    const shared = new ClusterClient(kc, kc.getCurrentContext(), { shareLists: true });
    try {
      const managed = async () => (await shared.listManaged(ns, { trackingMethod: 'annotation', labelKey: 'app.kubernetes.io/instance' })).objects.map((o) => o.metadata.name).sort();
      expect(await managed()).toEqual(['kept', 'pruned']);
      await shared.deleteObject({ group: '', kind: 'ConfigMap', namespace: ns, name: 'pruned' }, 'background');
      const tracking = { 'argocd.argoproj.io/tracking-id': `${ns}:/ConfigMap:${ns}/added` };
      await shared.apply({ ...cm('added'), metadata: { name: 'added', namespace: ns, annotations: tracking } }, { fieldManager: 'e2e' });
      expect(await managed()).toEqual(['added', 'kept']);
      // Not seen: a change made by someone else after the run listed.
      await client.deleteObject({ group: '', kind: 'ConfigMap', namespace: ns, name: 'kept' }, 'background');
      expect(await managed()).toEqual(['added', 'kept']);
    } finally {
      shared.close();
    }
  }, 120_000);
});

describe('many waits at once', () => {
  it('share the run signal without tripping Node\'s listener leak warning (MaxListenersExceededWarning)', async () => {
    const { repo } = await repoOf('waits', 2, () => Array.from({ length: 15 }, (_, i) => deployment(`web-${i}`)));
    const controller = new AbortController();
    // Node warns when an AbortSignal gets more abort listeners than its limit: 10 for a new signal in a
    // plain Node process, as in the action (jest's environment lifts the limit, so it is set back here).
    setMaxListeners(defaultMaxListeners, controller.signal);
    let most = 0;
    const sample = setInterval(() => (most = Math.max(most, getEventListeners(controller.signal, 'abort').length)), 2);
    try {
      const result = await syncRepo(settingsFor(repo), { waveDelayMs: 0, signal: controller.signal });
      expect(result.reports.map((r) => r.outcome.phase)).toEqual(['Succeeded', 'Succeeded']);
    } finally {
      clearInterval(sample);
    }
    expect(most).toBeGreaterThan(10); // the waits of 30 Deployments listen at once, by design
    const limit = getMaxListeners(controller.signal);
    expect(limit === 0 || limit >= most).toBe(true);
  }, 180_000);
});
