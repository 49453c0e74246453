// A sync that loses its API server half-way (issue 9 §3), on a private cluster so no other test sees
// the outage: the kube-apiserver process is killed with SIGKILL the moment the wave-1 hook Job
// appears (seen by a watch), then started again. A restart within the retry window is ridden out;
// one that outlasts it ends the run with the exact applied state, and the next run converges,
// taking over the lock the broken run could not release.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Watch } from '@kubernetes/client-node';
import { ClusterClient } from '../../../src/cluster/client.js';
import { lockName } from '../../../src/cluster/lease.js';
import type { ApiLimits } from '../../../src/cluster/rest.js';
import type { K8sObject } from '../../../src/model/k8s.js';
import { clusterSh, kubeConfig, startExtraCluster, type ExtraCluster } from '../support/cluster.js';
import { appSpec, cm, createNamespace, deployment, job, suffix, sync, wave } from './env.js';

let cluster: ExtraCluster;
let admin: ClusterClient;
let context: string;
let server: string;

beforeAll(async () => {
  cluster = await startExtraCluster('faults', { nodes: 1 });
  const kc = cluster.kubeConfig();
  context = kc.getCurrentContext();
  server = kc.getCurrentCluster()!.server.replace(/\/+$/, '');
  admin = new ClusterClient(kc, context);
}, 600_000);
afterAll(async () => {
  admin?.close();
  await cluster?.stop();
}, 180_000);

const clientWith = (limits: ApiLimits): ClusterClient => new ClusterClient(kubeConfig(cluster.kubeconfigPath), context, { limits });

const hook = (type: string, w?: number): Record<string, string> => ({ 'argocd.argoproj.io/hook': type, ...(w === undefined ? {} : wave(w)) });

/** PreSync hook, waves -1/0/1(hook)/2, PostSync hook. */
const objects = (): K8sObject[] => [
  job('pre', hook('PreSync'), false, true),
  cm('w-1', wave(-1), { step: 'minus-one' }),
  deployment('web', wave(0)),
  job('mid', hook('Sync', 1)),
  cm('w2', wave(2), { step: 'two' }),
  job('post', hook('PostSync')),
];

/**
 * Kills the API server when the Job `name` appears in `ns`; restarts it after `downMs`, or when
 * `restart` is called. Resolves once it is ready again.
 */
function outageWhenJobAppears(ns: string, name: string, downMs?: number): { restarted: Promise<void>; restart: () => void } {
  let restart: () => void = () => undefined;
  const go = new Promise<void>((r) => (restart = r));
  const restarted = new Promise<void>((resolve, reject) => {
    let fired = false;
    void new Watch(cluster.kubeConfig())
      .watch(
        `/apis/batch/v1/namespaces/${ns}/jobs`,
        {},
        (type: string, obj: K8sObject) => {
          if (fired || type !== 'ADDED' || obj.metadata.name !== name) return;
          fired = true;
          void (async () => {
            await clusterSh(['stop-apiserver', cluster.name]);
            if (downMs !== undefined) setTimeout(restart, downMs);
            await go;
            await clusterSh(['start-apiserver', cluster.name]);
          })().then(resolve, reject);
        },
        () => undefined,
      )
      .catch(reject);
  });
  return { restarted, restart };
}

const jobDone = (o: K8sObject | undefined): boolean =>
  ((o?.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? []).some((c) => c.type === 'Complete' && c.status === 'True');

async function expectConverged(client: ClusterClient, ns: string): Promise<void> {
  expect((await client.get({ group: '', kind: 'ConfigMap', namespace: ns, name: 'w-1' }))?.data).toEqual({ step: 'minus-one' });
  expect((await client.get({ group: '', kind: 'ConfigMap', namespace: ns, name: 'w2' }))?.data).toEqual({ step: 'two' });
  expect(await client.get({ group: 'apps', kind: 'Deployment', namespace: ns, name: 'web' })).toBeDefined();
  for (const name of ['mid', 'post']) expect(jobDone(await client.get({ group: 'batch', kind: 'Job', namespace: ns, name }))).toBe(true);
}

const appliedKeys = (tasks: { applied?: boolean; key: { kind: string; name: string } }[]): string[] =>
  tasks.filter((t) => t.applied).map((t) => `${t.key.kind}/${t.key.name}`);

describe('the API server dies in the middle of a multi-wave sync with hooks', () => {
  it('a restart within the retry window is ridden out: the sync finishes, nothing is applied twice, the lock is released', async () => {
    const ns = await createNamespace(admin, 'faults-ok');
    const logs: string[] = [];
    const client = clientWith({ requestTimeoutMs: 5000, retryMs: 180_000, log: (m) => logs.push(m) });
    const app = `faults-ok-${suffix()}`;
    const outage = outageWhenJobAppears(ns, 'mid', 3000);
    const result = await sync(client, appSpec(app, ns), objects(), { healthTimeoutMs: 240_000, holder: 'e2e-run-ok' }, { log: (m) => logs.push(m) });
    await outage.restarted;
    client.close();

    expect(result.outcome.message).toBe('successfully synced (all tasks run)');
    expect(result.outcome.phase).toBe('Succeeded');
    expect(result.outcome.stoppedAt).toBeUndefined();
    expect(result.outcome.tasks.every((t) => t.state === 'Succeeded')).toBe(true);
    // The outage was seen and ridden out, and said so.
    expect(logs.find((l) => l.includes('retrying for up to 180s'))).toMatch(new RegExp(`^cluster ${context} \\(${server.replace(/\./g, '\\.')}\\): `));
    expect(logs.some((l) => l.startsWith(`cluster ${context} (${server}): answering again after`))).toBe(true);
    await expectConverged(admin, ns);
    // The generateName PreSync hook was created once, under its one generated name.
    const jobs = await admin.list((await admin.discovery.resolve('batch/v1', 'Job'))!, { namespace: ns });
    expect(jobs.filter((j) => j.metadata.name?.startsWith('pre-')).map((j) => j.metadata.name)).toHaveLength(1);
    const lease = await admin.get({ group: 'coordination.k8s.io', kind: 'Lease', namespace: 'default', name: lockName(app) });
    expect((lease?.spec as { holderIdentity?: string }).holderIdentity).toBeUndefined();
  }, 600_000);

  it('an outage beyond the retry window fails naming the cluster and exactly what was applied; the rerun takes over the lock and converges', async () => {
    const ns = await createNamespace(admin, 'faults-down');
    const app = `faults-down-${suffix()}`;
    const logs: string[] = [];
    const first = clientWith({ requestTimeoutMs: 2000, retryMs: 2000, log: (m) => logs.push(m) });
    const outage = outageWhenJobAppears(ns, 'mid');
    const broken = await sync(first, appSpec(app, ns), objects(), { healthTimeoutMs: 240_000, holder: 'e2e-run-1', leaseSeconds: 5 }, { log: (m) => logs.push(m) });
    first.close();
    outage.restart();
    await outage.restarted;

    const o = broken.outcome;
    expect(o.phase).not.toBe('Succeeded');
    expect(o.message).toContain(`cluster ${context} (${server})`);
    expect(o.stoppedAt).toBe('Sync wave 1');
    // Everything before wave 1 was applied and is reported so; nothing after it ran.
    const applied = appliedKeys(o.tasks);
    expect(applied).toEqual(expect.arrayContaining(['ConfigMap/w-1', 'Deployment/web']));
    expect(applied.some((k) => k.startsWith('Job/pre-'))).toBe(true);
    expect(applied).not.toContain('ConfigMap/w2');
    expect(applied).not.toContain('Job/post');
    for (const name of ['w2', 'post']) expect(o.tasks.find((t) => t.key.name === name)?.state).toBe('Pending');
    // The wave-1 hook reached the cluster; the report either has it applied or failed naming the cluster.
    const mid = o.tasks.find((t) => t.key.name === 'mid')!;
    expect(mid.applied === true || mid.message.includes(`cluster ${context} (${server})`)).toBe(true);
    expect(broken.warnings.some((w) => w.startsWith(`releasing the lock failed: cluster ${context} (${server})`))).toBe(true);

    const rerunLogs: string[] = [];
    const second = clientWith({ requestTimeoutMs: 5000, retryMs: 60_000 });
    const rerun = await sync(second, appSpec(app, ns), objects(), { healthTimeoutMs: 240_000, holder: 'e2e-run-2', lockWaitMs: 60_000 }, { log: (m) => rerunLogs.push(m) });
    second.close();
    expect(rerun.outcome.message).toBe('successfully synced (all tasks run)');
    // The broken run's lease is named, with its holder, before it is taken over.
    expect(rerunLogs.some((l) => l.includes(`gitops-sync-${app}`) && l.includes('e2e-run-1'))).toBe(true);
    await expectConverged(admin, ns);
  }, 600_000);
});
