import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ClusterClient } from '../../../src/cluster/client.js';
import { acquireAppLock, listRevisions, LockHeldError, lockName, recordRevision } from '../../../src/cluster/lease.js';
import { createNamespace, deleteNamespace, newClient } from './env.js';

let client: ClusterClient;
let namespace: string;

beforeAll(async () => {
  client = await newClient();
  namespace = await createNamespace(client, 'lease');
});
afterAll(async () => {
  await deleteNamespace(client, namespace);
  client.close();
});

interface LeaseSpec {
  holderIdentity?: string;
  leaseTransitions?: number;
  renewTime?: string;
}
const leaseOf = async (app: string): Promise<LeaseSpec | undefined> =>
  (await client.get({ group: 'coordination.k8s.io', kind: 'Lease', namespace, name: lockName(app) }))?.spec as LeaseSpec | undefined;

describe('acquireAppLock', () => {
  it('a second holder fails at once while the first holds, and gets it after release', async () => {
    const lock = await acquireAppLock(client, 'guestbook', { namespace, holder: 'run-1' });
    expect((await leaseOf('guestbook'))?.holderIdentity).toBe('run-1');
    const err = await acquireAppLock(client, 'guestbook', { namespace, holder: 'run-2' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LockHeldError);
    expect((err as Error).message).toMatch(
      /^application guestbook is being synced by run-1 \(held since \d{4}-\d\d-\d\dT[\d:.]+Z, last renewed \d+s ago; stale \(taken over\) in \d+s unless renewed\)$/,
    );
    await lock.release();
    expect((await leaseOf('guestbook'))?.holderIdentity).toBeUndefined();
    const second = await acquireAppLock(client, 'guestbook', { namespace, holder: 'run-2' });
    expect(await leaseOf('guestbook')).toMatchObject({ holderIdentity: 'run-2', leaseTransitions: 1 });
    await second.release();
  });

  it('two runs racing for a free lock: exactly one wins', async () => {
    const results = await Promise.allSettled(
      ['a', 'b', 'c'].map((h) => acquireAppLock(client, 'race', { namespace, holder: `run-${h}` })),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const r of results.filter((x) => x.status === 'rejected')) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(LockHeldError);
    await (won[0] as PromiseFulfilledResult<{ release(): Promise<void> }>).value.release();
  });

  it('a waiting run gets the lock as soon as the holder releases it', async () => {
    const first = await acquireAppLock(client, 'wait', { namespace, holder: 'run-1' });
    const order: string[] = [];
    const logs: string[] = [];
    const waiting = acquireAppLock(client, 'wait', { namespace, holder: 'run-2', waitMs: 20_000, log: (m) => logs.push(m) }).then((l) => {
      order.push('acquired');
      return l;
    });
    await new Promise((r) => setTimeout(r, 500));
    order.push('released');
    await first.release();
    const second = await waiting;
    expect(order).toEqual(['released', 'acquired']);
    expect((await leaseOf('wait'))?.holderIdentity).toBe('run-2');
    // The waiting run says who holds the lock, since when, and when it could take over.
    expect(logs[0]).toMatch(
      new RegExp(`^wait: lock ${namespace}/gitops-sync-wait is held by run-1: held since \\S+Z, last renewed \\d+s ago; stale \\(taken over\\) in (59|60)s unless renewed; waiting up to (19|20)s more \\(lock-timeout\\)$`),
    );
    expect(logs[logs.length - 1]).toMatch(new RegExp(`^wait: lock ${namespace}/gitops-sync-wait acquired after waiting \\d+s$`));
    await second.release();
  });

  it('takes over a stale lease left by a crashed run', async () => {
    const past = new Date(Date.now() - 120_000).toISOString().replace(/Z$/, '000Z'); // MicroTime
    await client.create(
      {
        apiVersion: 'coordination.k8s.io/v1',
        kind: 'Lease',
        metadata: { name: lockName('stale'), namespace },
        spec: { holderIdentity: 'crashed-run', leaseDurationSeconds: 30, acquireTime: past, renewTime: past, leaseTransitions: 4 },
      },
      { fieldManager: 'e2e' },
    );
    const logs: string[] = [];
    const lock = await acquireAppLock(client, 'stale', { namespace, holder: 'run-new', log: (m) => logs.push(m) });
    expect(await leaseOf('stale')).toMatchObject({ holderIdentity: 'run-new', leaseTransitions: 5 });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(
      new RegExp(`^stale: taking over lock ${namespace}/gitops-sync-stale from crashed-run: held since ${past.replace(/000Z$/, 'Z').replace(/\./g, '\\.')}, last renewed 12\\ds ago; stale for 9\\ds$`),
    );
    await lock.release();
  });

  it('renews the lease in the background while held', async () => {
    const lock = await acquireAppLock(client, 'renew', { namespace, holder: 'run-1', durationSeconds: 1 });
    const first = (await leaseOf('renew'))?.renewTime;
    await new Promise((r) => setTimeout(r, 1200));
    const later = (await leaseOf('renew'))?.renewTime;
    expect(Date.parse(later!)).toBeGreaterThan(Date.parse(first!));
    // Renewed, so not stale for another run even after the duration has passed.
    await expect(acquireAppLock(client, 'renew', { namespace, holder: 'run-2' })).rejects.toBeInstanceOf(LockHeldError);
    expect(lock.lost).toBe(false);
    await lock.release();
  });
});

describe('revision history', () => {
  it('keeps the newest entries first, bounded', async () => {
    expect(await listRevisions(client, 'hist', { namespace })).toEqual([]);
    for (let i = 1; i <= 12; i++) {
      await recordRevision(client, 'hist', { revision: `sha${i}`, status: i % 4 === 0 ? 'Failed' : 'Succeeded', at: new Date(Date.UTC(2026, 0, i)) }, { namespace });
    }
    const history = await listRevisions(client, 'hist', { namespace });
    expect(history.map((h) => h.revision)).toEqual(['sha12', 'sha11', 'sha10', 'sha9', 'sha8', 'sha7', 'sha6', 'sha5', 'sha4', 'sha3']);
    expect(history[0]).toEqual({ revision: 'sha12', status: 'Failed', at: '2026-01-12T00:00:00.000Z' });
    // The previous good revision, as rollback-on-failure would pick it.
    expect(history.find((h, i) => i > 0 && h.status === 'Succeeded')?.revision).toBe('sha11');
  });

  it('concurrent records are all kept', async () => {
    await Promise.all([1, 2, 3].map((i) => recordRevision(client, 'conc', { revision: `r${i}`, status: 'Succeeded', at: '2026-01-01T00:00:00Z' }, { namespace })));
    expect((await listRevisions(client, 'conc', { namespace })).map((h) => h.revision).sort()).toEqual(['r1', 'r2', 'r3']);
  });
});
