// A hook's life around the waves (gitops-engine hook.go and sync_context.go): Argo CD's hook finalizer
// keeps a finished hook until its result is read, BeforeHookCreation / HookSucceeded / HookFailed
// delete hooks, and a terminated operation deletes the hooks still running.
import { isConflict, isNotFound } from '../../cluster/rest.js';
import { HOOK_FINALIZER } from '../../model/annotations.js';
import type { K8sObject } from '../../model/k8s.js';
import type { HookDeletePolicy } from '../hooks.js';
import { hookDeletePolicies } from '../hooks.js';
import type { SyncTask } from '../plan.js';
import type { Run, SyncContext } from './run-context.js';
import { errorMessage } from '../../model/errors.js';

/** Hooks carry the hook finalizer, so they outlive garbage collection until their result is read. */
export function withHookFinalizer(task: SyncTask): SyncTask {
  const target = task.target;
  if (task.hookTypes.length === 0 || !target || target.metadata.finalizers?.includes(HOOK_FINALIZER)) return task;
  return { ...task, target: { ...target, metadata: { ...target.metadata, finalizers: [...(target.metadata.finalizers ?? []), HOOK_FINALIZER] } } };
}

/** Removes the hook finalizer from the live hook (Update, retried on conflict); an error fails the task. */
export async function releaseHook(ctx: SyncContext, r: Run): Promise<void> {
  if (ctx.o.dryRun) return;
  for (let attempt = 0; r.live?.metadata.finalizers?.includes(HOOK_FINALIZER); attempt++) {
    const live: K8sObject = r.live;
    const finalizers = (live.metadata.finalizers ?? []).filter((f) => f !== HOOK_FINALIZER);
    try {
      r.live = await ctx.o.client.replace({ ...live, metadata: { ...live.metadata, finalizers } }, { fieldManager: ctx.o.fieldManager, validate: 'Ignore' });
    } catch (err) {
      if (isNotFound(err)) {
        r.live = undefined;
        return;
      }
      if (isConflict(err) && attempt < 5) {
        r.live = (await ctx.o.client.get(live)) ?? undefined;
        continue;
      }
      r.result = { ...r.result, state: 'Error', message: `Failed to remove hook finalizer: ${errorMessage(err)}` };
      return;
    }
  }
}

/** BeforeHookCreation: the wave's hooks that still exist are deleted, and gone, before they are created again. */
export async function deleteBeforeCreation(ctx: SyncContext, wave: Run[]): Promise<void> {
  await Promise.all(
    wave
      .filter((r) => r.task.hookTypes.length > 0 && r.live && hookDeletePolicies(r.task.target as K8sObject).includes('BeforeHookCreation'))
      .map(async (r) => {
        await ctx.o.client.deleteObject(r.live as K8sObject, ctx.propagation);
        await ctx.o.client.waitGone(r.live as K8sObject, { timeoutMs: ctx.o.healthTimeoutMs, signal: ctx.o.signal });
        r.live = undefined;
      }),
  );
}

/** Deletes completed hooks carrying `policy`. */
export async function deleteHooks(ctx: SyncContext, policy: HookDeletePolicy): Promise<void> {
  const hooks = ctx.runs.filter(
    (r) => r.task.hookTypes.length > 0 && r.live && r.result.state !== 'Running' && r.result.state !== 'Pending' && hookDeletePolicies(r.task.target as K8sObject).includes(policy),
  );
  await Promise.all(
    hooks.map(async (r) => {
      try {
        await ctx.o.client.deleteObject(r.live as K8sObject, ctx.propagation);
      } catch (err) {
        r.result = { ...r.result, state: 'Error', message: `failed to delete resource: ${errorMessage(err)}` };
      }
    }),
  );
}

/** Cancellation: running hooks are deleted, as Terminate does. */
export async function terminateHooks(ctx: SyncContext): Promise<void> {
  const running = ctx.runs.filter((r) => r.task.hookTypes.length > 0 && r.live && r.result.state === 'Running');
  await Promise.all(
    running.map(async (r) => {
      await releaseHook(ctx, r);
      if (r.live) await ctx.o.client.deleteObject(r.live, ctx.propagation).catch(() => false);
      if (r.result.state !== 'Error') r.result = { ...r.result, state: 'Failed', message: 'Terminated' };
    }),
  );
}
