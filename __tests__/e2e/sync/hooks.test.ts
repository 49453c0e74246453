// Semantics §2/§3 against the real control plane: hook phases, generated names, delete policies, a
// failing Sync hook running the SyncFail phase and skipping PostSync with Argo CD's message.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ClusterClient } from '../../../src/cluster/client.js';
import type { K8sObject } from '../../../src/model/k8s.js';
import { HOOK_FINALIZER } from '../../../src/model/annotations.js';
import { CreationRecorder, appSpec, cm, createNamespace, deleteNamespace, job, newClient, suffix, sync } from './env.js';

let client: ClusterClient;
let ns: string;
const REV = '0123456789abcdef';

beforeAll(async () => {
  client = await newClient();
  ns = await createNamespace(client, 'hooks');
});
afterAll(async () => {
  await deleteNamespace(client, ns);
  client.close();
});

const hook = (type: string, policy?: string): Record<string, string> => ({
  'argocd.argoproj.io/hook': type,
  ...(policy ? { 'argocd.argoproj.io/hook-delete-policy': policy } : {}),
});
const isComplete = (o: K8sObject): boolean =>
  ((o.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? []).some((c) => c.type === 'Complete' && c.status === 'True');

describe('hooks', () => {
  it('completes the PreSync hook before any Sync-phase object exists, then applies delete policies', async () => {
    const recorder = new CreationRecorder(client);
    await recorder.watch([`/apis/batch/v1/namespaces/${ns}/jobs`, `/api/v1/namespaces/${ns}/configmaps`]);
    const started = Date.now();
    const result = await sync(
      client,
      appSpec(`hooks-ok-${suffix()}`, ns),
      [job('migrate', hook('PreSync', 'HookSucceeded'), false, true), job('keep', hook('PostSync')), cm('app-config')],
      {},
      { revision: REV },
    );
    recorder.stop();
    expect(result.outcome.message).toBe('successfully synced (all tasks run)');

    // Generated name: generateName + lower(<rev7>-<phase>-<unix seconds of the start>).
    const pre = result.outcome.tasks.find((t) => t.phase === 'PreSync')!;
    expect(pre.key.name).toMatch(/^migrate-0123456-presync-\d+$/);
    const secs = Number(pre.key.name.split('-').pop());
    expect(Math.abs(secs - Math.floor(started / 1000))).toBeLessThanOrEqual(2);
    expect(pre.action).toBe('hook succeeded');

    const completed = recorder.events.find((e) => e.key === `Job/${pre.key.name}` && isComplete(e.obj));
    const configCreated = recorder.created.get('ConfigMap/app-config');
    expect(completed).toBeDefined();
    expect(configCreated).toBeGreaterThan(completed!.rv);
    const keep = recorder.created.get('Job/keep');
    expect(keep).toBeGreaterThan(configCreated!);

    // HookSucceeded: deleted after success; no policy means BeforeHookCreation: kept until the next sync.
    await client.waitGone({ group: 'batch', kind: 'Job', namespace: ns, name: pre.key.name }, { timeoutMs: 10_000 });
    expect(await client.get({ group: 'batch', kind: 'Job', namespace: ns, name: 'keep' })).toBeDefined();
  });

  it('recreates a BeforeHookCreation hook on the next sync', async () => {
    const app = appSpec(`hooks-again-${suffix()}`, ns);
    await sync(client, app, [job('again', hook('Sync')), cm('again-config')]);
    const first = await client.get({ group: 'batch', kind: 'Job', namespace: ns, name: 'again' });
    const result = await sync(client, app, [job('again', hook('Sync')), cm('again-config')]);
    expect(result.outcome.phase).toBe('Succeeded');
    const second = await client.get({ group: 'batch', kind: 'Job', namespace: ns, name: 'again' });
    expect(second?.metadata.uid).not.toBe(first?.metadata.uid);
  });

  it('a failing Sync hook runs the SyncFail hook, skips PostSync and fails with Argo CD\'s message', async () => {
    const result = await sync(client, appSpec(`hooks-fail-${suffix()}`, ns), [
      job('broken', hook('Sync', 'HookFailed'), true),
      job('cleanup', hook('SyncFail')),
      job('after', hook('PostSync')),
      cm('fail-config'),
    ]);
    expect(result.outcome.phase).toBe('Failed');
    expect(result.outcome.message).toBe(
      'one or more synchronization tasks completed unsuccessfully, reason: Job was active longer than specified deadline',
    );
    const byName = Object.fromEntries(result.outcome.tasks.map((t) => [t.key.name, t]));
    expect(byName.broken.action).toBe('hook failed');
    expect(byName.cleanup.action).toBe('hook succeeded');
    expect(byName.after.state).toBe('Pending');
    expect(await client.get({ group: 'batch', kind: 'Job', namespace: ns, name: 'after' })).toBeUndefined();
    expect(await client.get({ group: 'batch', kind: 'Job', namespace: ns, name: 'cleanup' })).toBeDefined();
    // HookFailed: the failed hook is deleted once the operation failed.
    await client.waitGone({ group: 'batch', kind: 'Job', namespace: ns, name: 'broken' }, { timeoutMs: 10_000 });
    expect(result.outcome.waves.map((w) => w.phase)).toEqual(['Sync', 'SyncFail']);
  });

  it('holds hooks with the hook finalizer until their result is read, then releases them', async () => {
    const recorder = new CreationRecorder(client);
    await recorder.watch([`/apis/batch/v1/namespaces/${ns}/jobs`]);
    const result = await sync(client, appSpec(`hooks-fin-${suffix()}`, ns), [job('held', hook('PreSync')), cm('held-config')]);
    recorder.stop();
    expect(result.outcome.phase).toBe('Succeeded');
    const events = recorder.events.filter((e) => e.key === 'Job/held');
    // Created with the finalizer, and it stayed on until the Job had completed.
    expect(events[0].obj.metadata.finalizers).toContain(HOOK_FINALIZER);
    const released = events.findIndex((e) => !(e.obj.metadata.finalizers ?? []).includes(HOOK_FINALIZER));
    expect(released).toBeGreaterThan(0);
    expect(events.slice(0, released).some((e) => isComplete(e.obj))).toBe(true);
    expect((await client.get({ group: 'batch', kind: 'Job', namespace: ns, name: 'held' }))?.metadata.finalizers ?? []).not.toContain(HOOK_FINALIZER);
  });

  it('releases a hook an interrupted operation left behind before BeforeHookCreation deletes it', async () => {
    const app = appSpec(`hooks-left-${suffix()}`, ns);
    const left = job('left', hook('Sync'));
    const tracking = { 'argocd.argoproj.io/tracking-id': `${app.app.metadata.name}:batch/Job:${ns}/left` };
    const annotations = { ...left.metadata.annotations, ...tracking };
    await client.create({ ...left, metadata: { ...left.metadata, annotations, namespace: ns, finalizers: [HOOK_FINALIZER] } }, { fieldManager: 'e2e' });
    const before = await client.get({ group: 'batch', kind: 'Job', namespace: ns, name: 'left' });
    const result = await sync(client, app, [left], { healthTimeoutMs: 10_000 });
    expect(result.outcome.phase).toBe('Succeeded');
    const after = await client.get({ group: 'batch', kind: 'Job', namespace: ns, name: 'left' });
    expect(after?.metadata.uid).not.toBe(before?.metadata.uid);
  });

  it('a terminated operation releases and deletes its running hook', async () => {
    const stuck = job('stuck', hook('PreSync'));
    (stuck.spec as { template: { spec: Record<string, unknown> } }).template.spec.nodeSelector = { 'no-such-node': 'true' };
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 1500);
    const result = await sync(client, appSpec(`hooks-term-${suffix()}`, ns), [stuck, cm('never-created')], {}, { signal: controller.signal });
    expect(result.outcome.phase).toBe('Failed');
    expect(result.outcome.message).toBe('Operation terminated');
    expect(result.outcome.tasks.find((t) => t.key.name === 'stuck')?.message).toBe('Terminated');
    await client.waitGone({ group: 'batch', kind: 'Job', namespace: ns, name: 'stuck' }, { timeoutMs: 10_000 });
    expect(await client.get({ group: '', kind: 'ConfigMap', namespace: ns, name: 'never-created' })).toBeUndefined();
  });
});
