// The waits that end a wave (gitops-engine sync_context.go: hooks finished, pruned objects gone, and,
// between waves of a multi-step sync, resources Healthy) and our optional wait for every resource to
// be Healthy after the last wave. Each wait is bounded by the health timeout.
import { WaitTimeoutError } from '../../cluster/watch.js';
import { hookOutcome } from '../../health/health.js';
import { ANN_IGNORE_HEALTHCHECK, annotation } from '../../model/annotations.js';
import type { K8sObject, ResourceKey } from '../../model/k8s.js';
import { releaseHook } from './hook-lifecycle.js';
import { isFailed, waitingMessage, withReasons } from './result.js';
import type { Run, SyncContext } from './run-context.js';
import { errorMessage } from '../../model/errors.js';
import { setFailed } from './run-context.js';

/**
 * A wave is complete when hooks finished, pruned objects are gone and, between waves of a
 * multi-step sync, resources are Healthy (Degraded fails the task).
 */
export async function waitWave(ctx: SyncContext, wave: Run[], waitHealth: boolean): Promise<void> {
  const waits = wave.map(async (r) => {
    if (r.result.state !== 'Running' || !r.live) return;
    if (r.task.isPrune) {
      await ctx.o.client.waitGone(r.live, { signal: ctx.o.signal, timeoutMs: ctx.o.healthTimeoutMs });
      r.result = { ...r.result, state: 'Succeeded' };
    } else if (r.task.hookTypes.length > 0) {
      await waitHook(ctx, r);
    } else if (waitHealth) {
      await waitResource(ctx, r);
    } else {
      r.result = { ...r.result, state: 'Succeeded', health: ctx.health(r.live) };
    }
  });
  const settled = await Promise.allSettled(waits);
  ctx.checkSignal();
  const timedOut = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (timedOut) {
    for (const r of wave.filter((x) => x.result.state === 'Running')) setFailed(r, `${waitingMessage([r.result])}: ${timeoutText(timedOut.reason, r.result.message)}`);
  }
}

async function waitHook(ctx: SyncContext, r: Run): Promise<void> {
  let outcome = hookOutcome(r.live as K8sObject, ctx.o.health);
  const seen = await ctx.o.client.watchUntil(
    r.live as K8sObject,
    (obj) => {
      // A hook deleted while running (e.g. by someone else) cannot finish.
      if (!obj) return true;
      outcome = hookOutcome(obj, ctx.o.health);
      return outcome.phase !== 'Running';
    },
    { signal: ctx.o.signal, timeoutMs: ctx.o.healthTimeoutMs },
  );
  if (!seen) {
    setFailed(r, missingMessage(r.task.key));
    return;
  }
  r.live = seen;
  const ok = outcome.phase === 'Succeeded';
  r.result = { ...r.result, state: ok ? 'Succeeded' : 'Failed', code: ok ? 'Synced' : 'SyncFailed', action: ok ? 'hook succeeded' : 'hook failed', message: outcome.message, health: ctx.health(seen) };
  await releaseHook(ctx, r);
}

/** Until Healthy (Succeeded), Degraded (Failed), or the health timeout. */
async function waitResource(ctx: SyncContext, r: Run): Promise<void> {
  // Argo CD's checks compare observedGeneration with generation, so Healthy on the object as the
  // apply returned it is current: no read, no watch.
  const now = r.live && ctx.health(r.live);
  if (now?.status === 'Healthy') {
    r.result = { ...r.result, state: 'Succeeded', health: now };
    return;
  }
  const seen = await ctx.o.client.watchUntil(
    r.live as K8sObject,
    (obj) => {
      const h = obj ? ctx.health(obj) : undefined;
      if (h) r.result = { ...r.result, health: h };
      return !obj || !h || h.status === 'Healthy' || h.status === 'Degraded';
    },
    { signal: ctx.o.signal, timeoutMs: ctx.o.healthTimeoutMs },
  );
  if (!seen) {
    setFailed(r, missingMessage(r.task.key));
    return;
  }
  r.live = seen;
  const h = ctx.health(seen);
  if (h?.status === 'Degraded') setFailed(r, h.message, h);
  else r.result = { ...r.result, state: 'Succeeded', health: h };
}

/**
 * Beyond Argo CD: every applied resource Healthy before the step succeeds. Returns a failure message.
 * Kinds without a health check (ConfigMaps, RBAC, …) have nothing to wait for and are not read again.
 */
export async function waitHealthy(ctx: SyncContext): Promise<string | undefined> {
  const resources = ctx.runs.filter(
    (r) =>
      !r.task.isPrune &&
      r.task.hookTypes.length === 0 &&
      r.live &&
      annotation(r.task.target, ANN_IGNORE_HEALTHCHECK) !== 'true' &&
      ctx.health(r.live) !== undefined,
  );
  const settled = await Promise.allSettled(
    resources.map(async (r) => {
      r.result = { ...r.result, state: 'Running' };
      await waitResource(ctx, r);
    }),
  );
  ctx.checkSignal();
  const failed = resources.filter((r, i) => settled[i].status === 'rejected' || isFailed(r.result));
  for (const r of resources.filter((x, i) => settled[i].status === 'rejected')) {
    const reason = (settled[resources.indexOf(r)] as PromiseRejectedResult).reason;
    const progress = r.result.health ? `${r.result.health.status}: ${r.result.health.message}` : r.result.message;
    setFailed(r, `${waitingMessage([r.result])}: ${timeoutText(reason, progress)}`, r.result.health);
  }
  if (failed.length === 0) return undefined;
  return withReasons('application did not become healthy', failed.map((r) => r.result));
}

/** Argo CD's message for a resource that disappeared while it was awaited. */
function missingMessage(key: ResourceKey): string {
  return `Resource ${key.group}/${key.kind}/${key.name} is missing, it might have been deleted`;
}

function timeoutText(reason: unknown, progress: string): string {
  const what = reason instanceof WaitTimeoutError ? reason.message.replace(/ waiting for .*$/, '') : errorMessage(reason);
  return progress ? `${what}; last status: ${progress}` : what;
}
