// The self-heal loop of one run: while the drift persists after a successful selective sync, again
// after Argo CD's self-heal backoff (2 s, then 6 s), at most 3 attempts; only the resources still out of
// sync are synced; a failed sync or a sync without selfHeal is not repeated.
import { describe, expect, it } from '@jest/globals';
import { syncAsController } from '../../src/pipeline/auto-sync.js';
import type { AppStatus } from '../../src/status/types.js';
import type { AppSyncResult } from '../../src/sync/run/sync-app.js';
import type { ResourceKey } from '../../src/model/k8s.js';

const key = (name: string): ResourceKey => ({ group: '', kind: 'ConfigMap', namespace: 'ns', name });
const status = (outOfSync: string[]): AppStatus => ({
  name: 'web', project: 'default', cluster: '', namespace: 'ns', health: 'Healthy', healthMessage: '', syncPolicy: 'Auto', conditions: [],
  sync: outOfSync.length > 0 ? 'OutOfSync' : 'Synced',
  resources: [...outOfSync.map((n) => ({ key: key(n), status: 'OutOfSync' as const, requiresPruning: false })), { key: key('fine'), status: 'Synced' as const, requiresPruning: false }],
});
const outcome = (phase: 'Succeeded' | 'Failed'): AppSyncResult => ({ app: 'web', outcome: { phase, message: phase, tasks: [], waves: [] }, retries: 0, startedAt: '', finishedAt: '', warnings: [] });

function harness(statuses: AppStatus[], phase: 'Succeeded' | 'Failed' = 'Succeeded') {
  const synced: (string[] | undefined)[] = [];
  const waits: number[] = [];
  let n = 0;
  return {
    synced,
    waits,
    run: {
      sync: async (only?: ResourceKey[]) => {
        synced.push(only?.map((k) => k.name));
        return outcome(phase);
      },
      status: async () => statuses[Math.min(n++, statuses.length - 1)],
      dryRun: false,
      log: () => undefined,
      wait: async (ms: number) => {
        waits.push(ms);
      },
    },
  };
}

describe('syncAsController', () => {
  it('repeats a self-heal while the drift persists, with the backoff, for what is still out of sync', async () => {
    const h = harness([status(['a', 'b']), status(['b']), status(['b'])]);
    const r = await syncAsController({ sync: true, reason: '', selfHeal: true, only: [key('a'), key('b')] }, h.run);
    expect(h.synced).toEqual([['a', 'b'], ['a', 'b'], ['b']]);
    expect(h.waits).toEqual([2_000, 6_000]);
    expect(r.status?.sync).toBe('OutOfSync');
  });

  it('stops once Synced, after a failed sync, and never repeats a plain automated sync', async () => {
    const healed = harness([status([])]);
    expect((await syncAsController({ sync: true, reason: '', selfHeal: true, only: [key('a')] }, healed.run)).status?.sync).toBe('Synced');
    expect(healed.synced).toHaveLength(1);
    const failing = harness([status(['a'])], 'Failed');
    await syncAsController({ sync: true, reason: '', selfHeal: true, only: [key('a')] }, failing.run);
    expect(failing.synced).toHaveLength(1);
    const plain = harness([status(['a'])]);
    await syncAsController({ sync: true, reason: '', selfHeal: false }, plain.run);
    expect(plain.synced).toEqual([undefined]);
  });
});
