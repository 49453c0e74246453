import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ClusterClient } from '../../../src/cluster/client.js';
import { WaitTimeoutError } from '../../../src/cluster/watch.js';
import type { K8sObject } from '../../../src/model/k8s.js';
import { createNamespace, deleteNamespace, newClient } from './env.js';

const FM = 'gitops-sync';
let client: ClusterClient;
let ns: string;

beforeAll(async () => {
  client = await newClient();
  ns = await createNamespace(client, 'watch');
  // kwok only runs pods on nodes it simulates; add one unless the cluster already has nodes.
  const nodes = await client.list((await client.discovery.resolve('v1', 'Node'))!);
  if (nodes.length === 0) {
    await client.apply(
      { apiVersion: 'v1', kind: 'Node', metadata: { name: 'kwok-node-0', annotations: { 'kwok.x-k8s.io/node': 'fake' } } },
      { fieldManager: FM },
    );
  }
});
afterAll(async () => {
  await deleteNamespace(client, ns);
  client.close();
});

const deployment = (name: string): K8sObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace: ns },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: name } },
    template: {
      metadata: { labels: { app: name } },
      spec: {
        containers: [{ name: 'web', image: 'nginx' }],
        tolerations: [{ key: 'kwok.x-k8s.io/node', operator: 'Exists', effect: 'NoSchedule' }],
      },
    },
  },
});

const available = (o: K8sObject | undefined): boolean =>
  ((o?.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? []).some(
    (c) => c.type === 'Available' && c.status === 'True',
  );

const replicaSetsOf = async (name: string): Promise<K8sObject[]> =>
  (await client.list((await client.discovery.resolve('apps/v1', 'ReplicaSet'))!, { namespace: ns })).filter((rs) =>
    (rs.metadata.ownerReferences ?? []).some((o) => o.kind === 'Deployment' && o.name === name),
  );

describe('watchUntil', () => {
  it('sees a Deployment become Available through watch events', async () => {
    await client.apply(deployment('web'), { fieldManager: FM });
    const started = Date.now();
    const obj = await client.watchUntil(deployment('web'), available, { timeoutMs: 60_000 });
    expect(available(obj)).toBe(true);
    expect((obj?.status as { availableReplicas?: number }).availableReplicas).toBe(2);
    expect(obj?.apiVersion).toBe('apps/v1');
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('times out with the last seen object', async () => {
    await client.apply({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'never', namespace: ns }, data: { a: '1' } }, { fieldManager: FM });
    const err = await client
      .watchUntil({ group: '', kind: 'ConfigMap', namespace: ns, name: 'never' }, (o) => o?.data !== undefined && (o.data as Record<string, string>).a === '2', {
        timeoutMs: 1500,
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WaitTimeoutError);
    expect((err as WaitTimeoutError).message).toBe('timed out after 2s waiting for ConfigMap never');
    expect((err as WaitTimeoutError).last?.data).toEqual({ a: '1' });
  });

  it('resolves on a change made while it waits, and on absence', async () => {
    const ref = { group: '', kind: 'ConfigMap', namespace: ns, name: 'later' };
    const waiting = client.watchUntil(ref, (o) => (o?.data as Record<string, string> | undefined)?.v === 'done', { timeoutMs: 20_000 });
    await new Promise((r) => setTimeout(r, 300));
    await client.apply({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'later', namespace: ns }, data: { v: 'start' } }, { fieldManager: FM });
    await client.apply({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'later', namespace: ns }, data: { v: 'done' } }, { fieldManager: FM });
    expect((await waiting)?.data).toEqual({ v: 'done' });
    const gone = client.waitGone(ref, { timeoutMs: 20_000 });
    await client.deleteObject(ref, 'background');
    await expect(gone).resolves.toBeUndefined();
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    const waiting = client.watchUntil({ group: '', kind: 'ConfigMap', namespace: ns, name: 'missing' }, (o) => o !== undefined, {
      timeoutMs: 30_000,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 200);
    await expect(waiting).rejects.toThrow('stopped waiting for ConfigMap missing');
  });
});

describe('deleteObject', () => {
  it('foreground propagation: the Deployment is gone only after its ReplicaSets', async () => {
    await client.apply(deployment('fg'), { fieldManager: FM });
    await client.watchUntil(deployment('fg'), available, { timeoutMs: 60_000 });
    expect(await replicaSetsOf('fg')).toHaveLength(1);
    expect(await client.deleteObject(deployment('fg'), 'foreground')).toBe(true);
    // Still there, held by the foregroundDeletion finalizer while dependents go.
    const pending = await client.get(deployment('fg'));
    if (pending) expect(pending.metadata.finalizers).toContain('foregroundDeletion');
    await client.waitGone(deployment('fg'), { timeoutMs: 60_000 });
    expect(await replicaSetsOf('fg')).toHaveLength(0);
  });

  it('orphan propagation keeps the ReplicaSets', async () => {
    await client.apply(deployment('orphan'), { fieldManager: FM });
    await client.watchUntil(deployment('orphan'), available, { timeoutMs: 60_000 });
    await client.deleteObject(deployment('orphan'), 'orphan');
    await client.waitGone(deployment('orphan'), { timeoutMs: 60_000 });
    const rs = (await client.list((await client.discovery.resolve('apps/v1', 'ReplicaSet'))!, { namespace: ns })).filter((r) =>
      r.metadata.name?.startsWith('orphan-'),
    );
    expect(rs).toHaveLength(1);
    expect(rs[0].metadata.ownerReferences ?? []).toEqual([]);
  });
});
