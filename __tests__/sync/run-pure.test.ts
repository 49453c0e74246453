// Pure parts of the sync runner: retry backoff (semantics §8), app ordering, Argo CD's messages,
// the wave delay setting and the sync report.
import { describe, expect, it } from '@jest/globals';
import type { AppSpec } from '../../src/model/argocd.js';
import { syncSummaryMarkdown, formatDuration } from '../../src/report/sync-report.js';
import { appSteps, orderedApp, runInOrder, type OrderedApp } from '../../src/sync/run/order.js';
import type { TaskResult } from '../../src/sync/run/result.js';
import { kubectlName, stoppedSummary, waitingMessage, waveDelayMs, withReasons } from '../../src/sync/run/result.js';
import { backoffOf, retriedMessage, retryDelayMs, withRetry } from '../../src/sync/run/retry.js';
import { emptyGuard } from '../../src/sync/run/sync-app.js';

describe('retry backoff', () => {
  it('uses Argo CD defaults: 5s × 2^n capped at 3m, no retries without a limit', () => {
    const b = backoffOf({});
    expect(b.limit).toBe(0);
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(b, n))).toEqual([5000, 10000, 20000, 40000, 80000, 160000, 180000]);
  });

  it('reads duration, factor and maxDuration (Go durations or seconds); a negative limit is unlimited', () => {
    const b = backoffOf({ limit: -1, backoff: { duration: '2', factor: 3, maxDuration: '1m' } });
    expect(b.limit).toBe(Infinity);
    expect([0, 1, 2, 3].map((n) => retryDelayMs(b, n))).toEqual([2000, 6000, 18000, 54000]);
    expect(retryDelayMs(b, 4)).toBe(60000);
  });

  it('names the field of a bad duration', () => {
    expect(() => backoffOf({ backoff: { duration: 'soon' } }, 'web')).toThrow('app web: field spec.syncPolicy.retry.backoff.duration: invalid duration "soon"');
  });

  it('retries up to the limit with the backoff delays and says how often', async () => {
    const delays: number[] = [];
    const { result, retries } = await withRetry(
      backoffOf({ limit: 3, backoff: { duration: '1s', factor: 2 } }),
      async (n) => ({ ok: n === 2, n }),
      async (ms) => (delays.push(ms), true),
    );
    expect(result).toEqual({ ok: true, n: 2 });
    expect(retries).toBe(2);
    expect(delays).toEqual([1000, 2000]);
    expect(retriedMessage('successfully synced (all tasks run)', retries)).toBe('successfully synced (all tasks run) (retried 2 times).');
    expect(retriedMessage('x', 0)).toBe('x');
  });

  it('stops retrying when cancelled', async () => {
    let attempts = 0;
    const { retries } = await withRetry(backoffOf({ limit: 5 }), async () => ({ ok: (attempts++, false) }), async () => false);
    expect(attempts).toBe(1);
    expect(retries).toBe(0);
  });
});

const spec = (name: string, wave?: string, parentApp?: string): AppSpec => ({
  app: {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name, ...(wave !== undefined ? { annotations: { 'argocd.argoproj.io/sync-wave': wave } } : {}) },
    spec: { project: 'default', destination: { namespace: 'x', server: 'https://kubernetes.default.svc' } },
  },
  origin: { file: 'apps.yaml', line: 1, ...(parentApp ? { parentApp } : {}) },
});

describe('app order', () => {
  it('runs apps by sync-wave, children after parents, names inside a step', () => {
    const apps = [spec('b'), spec('a'), spec('db', '-1'), spec('child', '-5', 'root'), spec('root', '1'), spec('bad-wave', ' 1')].map(orderedApp);
    expect(appSteps(apps).map((s) => s.map((a) => a.name))).toEqual([['db'], ['a', 'b', 'bad-wave'], ['root'], ['child']]);
  });

  it('skips the children of a failed parent and bounds concurrency', async () => {
    const apps: OrderedApp[] = [
      { name: 'p', wave: 0 },
      { name: 'q', wave: 0 },
      { name: 'r', wave: 0 },
      { name: 'c', wave: 0, parent: 'p' },
      { name: 'g', wave: 0, parent: 'c' },
    ];
    let inFlight = 0;
    let peak = 0;
    const results = await runInOrder(
      apps,
      2,
      async (a) => {
        peak = Math.max(peak, ++inFlight);
        await new Promise((r) => setTimeout(r, 10));
        inFlight--;
        return { ok: a.name !== 'p', value: `ran ${a.name}` };
      },
      (a, parent) => `skipped ${a.name} (${parent})`,
    );
    expect(Object.fromEntries(results)).toEqual({ p: 'ran p', q: 'ran q', r: 'ran r', c: 'skipped c (p)', g: 'skipped g (c)' });
    expect(peak).toBe(2);
  });
});

const task = (over: Partial<TaskResult>): TaskResult => ({
  phase: 'Sync',
  wave: 0,
  key: { group: 'apps', kind: 'Deployment', namespace: 'ns', name: 'web' },
  hookTypes: [],
  code: 'Synced',
  state: 'Running',
  action: 'created',
  message: '',
  ...over,
});

describe('messages', () => {
  it("builds Argo CD's running and failure messages", () => {
    const hook = task({ key: { group: 'batch', kind: 'Job', namespace: 'ns', name: 'migrate' }, hookTypes: ['PreSync'] });
    expect(waitingMessage([task({})])).toBe('waiting for healthy state of apps/Deployment/web');
    expect(waitingMessage([task({}), hook, task({})])).toBe('waiting for completion of hook batch/Job/migrate and 2 more resources');
    expect(waitingMessage([hook, hook])).toBe('waiting for completion of hook batch/Job/migrate and 1 more hooks');
    expect(waitingMessage([task({ key: { group: '', kind: 'ConfigMap', namespace: 'ns', name: 'c' } })], true)).toBe('waiting for deletion of /ConfigMap/c');
    expect(withReasons('one or more objects failed to apply', [task({ message: 'a' }), task({ message: 'b' })])).toBe(
      'one or more objects failed to apply, reason: a,b',
    );
    expect(withReasons('x', [])).toBe('x');
    expect(kubectlName({ group: 'apps', kind: 'Deployment', namespace: 'n', name: 'web' })).toBe('deployment.apps/web');
    expect(kubectlName({ group: '', kind: 'ConfigMap', namespace: 'n', name: 'c' })).toBe('configmap/c');
  });

  it('reads ARGOCD_SYNC_WAVE_DELAY in seconds, default 2', () => {
    expect(waveDelayMs(undefined)).toBe(2000);
    expect(waveDelayMs('0')).toBe(0);
    expect(waveDelayMs('5')).toBe(5000);
    expect(waveDelayMs('soon')).toBe(2000);
  });

  it('applies the allowEmpty guard only to a pruning sync that would delete everything', () => {
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } };
    const hook = { ...cm, metadata: { name: 'h', annotations: { 'argocd.argoproj.io/hook': 'PreSync' } } };
    expect(emptyGuard([], [cm], true, {})).toBe('auto-sync will wipe out all resources');
    expect(emptyGuard([hook], [cm], true, {})).toBe('auto-sync will wipe out all resources');
    expect(emptyGuard([], [cm], true, { allowEmpty: true })).toBeUndefined();
    expect(emptyGuard([], [cm], false, {})).toBeUndefined();
    expect(emptyGuard([cm], [cm], true, {})).toBeUndefined();
  });
});

describe('sync report', () => {
  it('has an overview, a task table and a timeline, with cells escaped', () => {
    const md = syncSummaryMarkdown([
      {
        app: 'web',
        outcome: {
          phase: 'Failed',
          message: 'one or more synchronization tasks completed unsuccessfully, reason: a | b',
          tasks: [task({ state: 'Failed', action: 'failed', message: 'boom <x>', health: { status: 'Degraded', message: '' } }), task({ state: 'Pending', key: { group: '', kind: 'Service', namespace: 'ns', name: 'web' } })],
          waves: [{ phase: 'Sync', wave: 0, startedAt: '2024-01-01T00:00:00.000Z', durationMs: 1500 }],
        },
        retries: 1,
        startedAt: '',
        finishedAt: '',
        warnings: [],
        revision: '0123456789',
        destination: { context: 'east', server: 'https://e', namespace: 'ns' },
      },
    ]);
    expect(md).toContain('## gitops-sync: 0 of 1 app(s) synced');
    expect(md).toContain('| `web` | ❌ Failed (1 retries) | east/ns | `0123456` | one or more synchronization tasks completed unsuccessfully, reason: a \\| b |');
    expect(md).toContain('| Sync | 0 | apps/Deployment | `ns/web` | failed | Degraded | boom &lt;x&gt; |');
    expect(md).toContain('| Sync | 0 | Service | `ns/web` | not run |  |  |');
    expect(md).toContain('| Sync wave 0 | 2024-01-01T00:00:00.000Z | 1.5 s |');
    expect(formatDuration(125_000)).toBe('2 m 5 s');
  });

  it('says where an interrupted sync stopped and lists exactly what it had applied', () => {
    const outcome = {
      phase: 'Error' as const,
      message: 'cluster prod (https://p) is not answering for 60s: GET /api/v1/namespaces/ns/configmaps',
      stoppedAt: 'Sync wave 1',
      tasks: [
        task({ phase: 'PreSync', wave: 0, state: 'Succeeded', action: 'hook succeeded', applied: true, key: { group: 'batch', kind: 'Job', namespace: 'ns', name: 'migrate' } }),
        task({ wave: -1, state: 'Succeeded', action: 'created', applied: true, key: { group: '', kind: 'ConfigMap', namespace: 'ns', name: 'a' } }),
        task({ wave: 1, state: 'Failed', action: 'failed', applied: true, message: 'waiting for healthy state of apps/Deployment/web: cluster prod…', key: { group: 'apps', kind: 'Deployment', namespace: 'ns', name: 'web' } }),
        task({ wave: 1, state: 'Failed', action: 'failed', message: 'cluster prod (https://p) is not answering', key: { group: '', kind: 'Service', namespace: 'ns', name: 'web' } }),
        task({ wave: 2, state: 'Pending', key: { group: '', kind: 'ConfigMap', namespace: 'ns', name: 'late' } }),
      ],
      waves: [],
    };
    expect(stoppedSummary(outcome)).toBe(
      'stopped in Sync wave 1; applied 3 of 5 task(s): PreSync wave 0 Job/ns/migrate, Sync wave -1 ConfigMap/ns/a, Sync wave 1 Deployment/ns/web; 1 task(s) not run',
    );
    expect(stoppedSummary({ ...outcome, tasks: outcome.tasks.filter((t) => !t.applied) })).toBe('stopped in Sync wave 1; nothing was applied; 1 task(s) not run');
    expect(stoppedSummary({ ...outcome, phase: 'Succeeded', stoppedAt: undefined })).toBeUndefined();
    const md = syncSummaryMarkdown([{ app: 'web', outcome, retries: 0, startedAt: '', finishedAt: '', warnings: [] }]);
    expect(md).toContain('**Stopped in Sync wave 1; applied 3 of 5 task(s): PreSync wave 0 Job/ns/migrate,');
    expect(md).not.toContain('No tasks ran');
  });
});
