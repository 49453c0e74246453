// One (phase, wave) of the operation (gitops-engine sync_context.go runTasks): prunes, BeforeHookCreation
// deletes, then applies one kind group after another; and how a plan splits into waves and kind groups.
import { sameContent } from '../../diff/compare.js';
import type { K8sObject } from '../../model/k8s.js';
import { applyTask, writeOptions } from './apply-task.js';
import { deleteBeforeCreation, releaseHook } from './hook-lifecycle.js';
import { isFailed, kubectlName, MSG } from './result.js';
import type { Run, SyncContext } from './run-context.js';
import { errorMessage } from '../../model/errors.js';
import { setFailed } from './run-context.js';

/** Prunes, BeforeHookCreation deletes, then applies by kind group. Returns true when an apply failed. */
export async function runWave(ctx: SyncContext, wave: Run[]): Promise<boolean> {
  // A hook left by an earlier, interrupted operation may still hold the finalizer.
  const existingHooks = wave.filter((r) => r.task.hookTypes.length > 0 && r.live && r.result.state === 'Pending');
  await Promise.all(existingHooks.map((r) => releaseHook(ctx, r)));
  if (existingHooks.some((r) => isFailed(r.result))) return true;
  await Promise.all(wave.filter((r) => r.task.isPrune).map((r) => prune(ctx, r)));
  await deleteBeforeCreation(ctx, wave);
  const applies = wave.filter((r) => !r.task.isPrune && r.result.state === 'Pending');
  for (const group of kindGroups(applies)) {
    ctx.checkSignal();
    await applyRuns(ctx, group, true);
    if (group.some((r) => isFailed(r.result))) return true;
  }
  return false;
}

export async function applyRuns(ctx: SyncContext, runs: Run[], markRunning: boolean): Promise<void> {
  await Promise.all(
    runs.map(async (r) => {
      try {
        if (predictedNoop(ctx, r)) {
          ctx.setApplied(r, 'unchanged', `${kubectlName(r.task.key)} unchanged`, markRunning ? 'Running' : 'Succeeded');
          return;
        }
        // The plan's live object is current until a wave changed the cluster; after that, read again.
        const before = ctx.clusterChanged ? await ctx.o.client.get(r.task.target as K8sObject) : r.live;
        const applied = await applyTask(ctx.o.client, r.task, before, ctx.applySettings(false));
        r.live = applied.live;
        const hook = r.task.hookTypes.length > 0;
        ctx.setApplied(r, applied.verb, applied.message, hook || markRunning ? 'Running' : 'Succeeded');
      } catch (err) {
        setFailed(r, errorMessage(err));
      }
    }),
  );
}

/**
 * The server-side dry run predicted exactly the live object, at the live object's resourceVersion:
 * the apply would change nothing, so it is not sent (a no-op re-sync writes nothing). Hooks, and
 * Replace/Force writes, which are not plain applies, always run.
 */
function predictedNoop(ctx: SyncContext, r: Run): boolean {
  const { predicted, live } = r;
  if (!predicted || !live || r.task.hookTypes.length > 0) return false;
  const { replace, force } = writeOptions(r.task, live, ctx.o.syncOptions);
  return !replace && !force && predicted.metadata.resourceVersion === live.metadata.resourceVersion && sameContent(predicted, live);
}

async function prune(ctx: SyncContext, r: Run): Promise<void> {
  const { task } = r;
  const live = task.live as K8sObject;
  if (task.pruneSkipped) return;
  if (task.pruneRequiresConfirmation && !ctx.o.pruneConfirmed) {
    r.result = { ...r.result, code: 'PruneSkipped', state: 'Succeeded', action: 'skipped', message: 'ignored (requires confirmation: set input confirm-prune)' };
    return;
  }
  try {
    const deleted = await ctx.o.client.deleteObject(live, ctx.propagation);
    r.result = { ...r.result, code: 'Pruned', state: deleted ? 'Running' : 'Succeeded', action: 'pruned', message: MSG.pruned, applied: true };
    r.live = deleted ? live : undefined;
  } catch (err) {
    setFailed(r, errorMessage(err));
  }
}

/**
 * Whether a task changed the cluster. Argo CD pauses after every wave so that controllers see its
 * changes before the next one is judged; after a wave of no-op applies and skipped tasks there is
 * nothing to see, so the pause is skipped (README: deliberate differences).
 */
export function changedCluster(r: Run): boolean {
  return r.result.action !== 'unchanged' && r.result.action !== 'skipped' && r.result.action !== 'failed';
}

/** Consecutive runs of one (phase, wave), in plan order. */
export function waveGroups(runs: Run[]): Run[][] {
  return groupConsecutive(runs, (a, b) => a.task.phase === b.task.phase && a.task.wave === b.task.wave);
}

/** Consecutive tasks of one kind apply in parallel; different kinds one after another. */
function kindGroups(runs: Run[]): Run[][] {
  return groupConsecutive(runs, (a, b) => a.task.key.kind === b.task.key.kind);
}

function groupConsecutive<T>(items: T[], same: (a: T, b: T) => boolean): T[][] {
  const out: T[][] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last && same(last[0], item)) last.push(item);
    else out.push([item]);
  }
  return out;
}
