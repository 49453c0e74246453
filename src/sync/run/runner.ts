// The sync state machine for one app (semantics §2; gitops-engine sync_context.go Sync): validate,
// create the destination namespace, dry-run everything, then run (phase, wave) after (phase, wave) —
// prune, BeforeHookCreation deletes, applies by kind group — and wait for each wave to complete before
// the next. Failures run the SyncFail phase; hooks are cleaned up by their delete policies at the end.
// Upstream re-enters Sync() on every reconcile; we run the same steps once, waiting with watches.
import type { ClusterClient, Propagation } from '../../cluster/client.js';
import { UnknownKindError } from '../../cluster/client.js';
import { sameContent } from '../../diff/compare.js';
import { isConflict, isNotFound } from '../../cluster/rest.js';
import { sleep } from '../../async/sleep.js';
import { WaitTimeoutError } from '../../cluster/watch.js';
import type { HealthOptions, HealthStatus } from '../../health/health.js';
import { healthOf, hookOutcome } from '../../health/health.js';
import { ANN_IGNORE_HEALTHCHECK, HOOK_FINALIZER, annotation } from '../../model/annotations.js';
import { formatProblem, toProblem } from '../../model/errors.js';
import type { K8sObject } from '../../model/k8s.js';
import type { HookDeletePolicy } from '../hooks.js';
import { hookDeletePolicies } from '../hooks.js';
import type { SyncPlan, SyncTask } from '../plan.js';
import { applyTask, taskOption, writeOptions } from './apply-task.js';
import type { Comparison } from './ignored-fields.js';
import { inSync } from './ignored-fields.js';
import type { OperationPhase, SyncOutcome, TaskResult, WaveTiming } from './result.js';
import { isFailed, kubectlName, MSG, waitingMessage, withReasons } from './result.js';

export interface RunOptions {
  app: string;
  plan: SyncPlan;
  client: ClusterClient;
  destNamespace: string;
  /** App-level sync options (`spec.syncPolicy.syncOptions`). */
  syncOptions: readonly string[];
  fieldManager: string;
  /** Server-side dry run of the whole plan: nothing is changed. */
  dryRun: boolean;
  /** Input `confirm-prune`: objects marked `Prune=confirm` may be deleted. */
  pruneConfirmed: boolean;
  /** Pause between waves (ARGOCD_SYNC_WAVE_DELAY). */
  waveDelayMs: number;
  /** Wait, after the last wave, until every resource is Healthy (our addition). */
  waitHealthy: boolean;
  /** Bound on each health wait. */
  healthTimeoutMs: number;
  /** Cancellation or the sync timeout: the operation is terminated. */
  signal?: AbortSignal;
  health?: HealthOptions;
  /** The app's diff normalization; with ApplyOutOfSyncOnly=true, objects equal to live are not applied. */
  comparison?: Comparison;
  /** Project policy for one task: a message when the task is not permitted. */
  permitted?: (task: SyncTask) => string | undefined;
  log?: (message: string) => void;
}

/** Mutable state of one task while the operation runs. */
interface Run {
  task: SyncTask;
  result: TaskResult;
  live?: K8sObject;
  /** What the server-side dry run predicted the object becomes. */
  predicted?: K8sObject;
}

export { HOOK_FINALIZER };

class Terminated extends Error {}

export async function runSync(opts: RunOptions): Promise<SyncOutcome> {
  return new SyncRun(opts).run();
}

class SyncRun {
  private readonly o: RunOptions;
  private readonly runs: Run[];
  private readonly waves: WaveTiming[] = [];
  private readonly propagation: Propagation;
  /** The step running now, named in the outcome when the operation ends early. */
  private at = 'validation';
  /** A wave of this operation changed the cluster, so live objects read by the plan may be outdated. */
  private clusterChanged = false;

  constructor(o: RunOptions) {
    this.o = o;
    this.runs = o.plan.tasks.map((task) => ({ task: withHookFinalizer(task), live: task.live, result: initialResult(task) }));
    const policy = o.syncOptions.find((s) => s.startsWith('PrunePropagationPolicy='))?.slice('PrunePropagationPolicy='.length);
    this.propagation = policy === 'background' || policy === 'orphan' ? policy : 'foreground';
  }

  /** Never throws: an error (e.g. the cluster stopped answering) ends the operation with every task's state. */
  async run(): Promise<SyncOutcome> {
    try {
      return await this.steps();
    } catch (err) {
      if (!(err instanceof Terminated) && !this.o.signal?.aborted) return this.outcome('Error', formatProblem(toProblem(err)));
      await this.terminate().catch(() => undefined);
      return this.outcome('Failed', MSG.terminated);
    }
  }

  private async steps(): Promise<SyncOutcome> {
    const { o } = this;
    if (!(await this.validate())) return this.outcome('Failed', MSG.invalid);

    const nsRun = this.runs.find((r) => !r.live && r.task.target && r.task.key.kind === 'Namespace' && r.task.key.group === '' && r.task.key.name === o.destNamespace);
    if (nsRun && !o.dryRun) {
      // Created before the dry run, which would otherwise fail for everything inside it.
      this.at = 'namespace creation';
      await this.applyRuns([nsRun], false);
      if (isFailed(nsRun.result)) return this.outcome('Failed', withReasons(MSG.namespaceFailed, [nsRun.result]));
    }
    this.at = 'dry run';
    const dry = this.runs.filter((r) => (r !== nsRun || o.dryRun) && r.task.target && r.result.state === 'Pending' && !this.skipDryRun(r));
    if ((await this.dryRun(dry)).length > 0) return this.outcome('Failed', MSG.dryRunFailed);
    if (o.syncOptions.includes('ApplyOutOfSyncOnly=true')) await this.skipInSync(dry);
    if (o.dryRun) return this.outcome('Succeeded', `${MSG.succeeded} (server dry run: nothing was changed)`);

    const main = this.runs.filter((r) => r.task.phase !== 'SyncFail' && r !== nsRun);
    const groups = waveGroups(main);
    const multiStep = groups.length > 1;
    for (let i = 0; i < groups.length; i++) {
      const wave = groups[i];
      const last = i === groups.length - 1;
      const started = Date.now();
      this.at = `${wave[0].task.phase} wave ${wave[0].task.wave}`;
      o.log?.(`${o.app}: ${this.at}: ${wave.length} task(s)`);
      const applyFailed = await this.runWave(wave);
      if (!applyFailed) await this.waitWave(wave, multiStep && !last);
      this.waves.push({ phase: wave[0].task.phase, wave: wave[0].task.wave, startedAt: new Date(started).toISOString(), durationMs: Date.now() - started });
      const failed = wave.filter((r) => isFailed(r.result));
      if (failed.length > 0) return this.fail(applyFailed ? MSG.applyFailed : MSG.unsuccessful, failed);
      const changed = wave.some(changedCluster);
      this.clusterChanged ||= changed;
      if (!last && o.waveDelayMs > 0 && changed) {
        o.log?.(`${o.app}: waiting ${o.waveDelayMs} ms (ARGOCD_SYNC_WAVE_DELAY) before the next wave`);
        await this.sleep(o.waveDelayMs);
      }
    }
    this.at = 'hook cleanup';
    await this.deleteHooks('HookSucceeded');
    this.at = 'health wait';
    if (o.waitHealthy) {
      const timeout = await this.waitHealthy();
      if (timeout) return this.outcome('Failed', timeout);
    }
    return this.outcome('Succeeded', MSG.succeeded);
  }

  /** Every task's kind must be served (or defined by a CRD in this sync) and allowed by the project. */
  private async validate(): Promise<boolean> {
    const crdKinds = new Set(
      this.runs.flatMap((r) => {
        const spec = r.task.target?.spec as { group?: string; names?: { kind?: string } } | undefined;
        return r.task.key.kind === 'CustomResourceDefinition' && spec?.group ? [`${spec.group}/${spec.names?.kind}`] : [];
      }),
    );
    let ok = true;
    for (const r of this.runs) {
      const denied = this.o.permitted?.(r.task);
      if (denied) {
        this.setFailed(r, denied);
        ok = false;
        continue;
      }
      const obj = r.task.target ?? r.task.live;
      if (!obj || (await this.o.client.discovery.resolve(obj.apiVersion, obj.kind))) continue;
      if (this.skipDryRun(r) || crdKinds.has(`${r.task.key.group}/${r.task.key.kind}`)) continue;
      this.setFailed(r, new UnknownKindError(obj.apiVersion, obj.kind).message);
      ok = false;
    }
    return ok;
  }

  private skipDryRun(r: Run): boolean {
    return taskOption(r.task, this.o.syncOptions, 'SkipDryRunOnMissingResource=true');
  }

  /** Server-side dry run of every apply; a kind created by a CRD of this sync cannot be dry-run yet. */
  private async dryRun(runs: Run[]): Promise<Run[]> {
    const failed: Run[] = [];
    await Promise.all(
      runs.map(async (r) => {
        const target = r.task.target as K8sObject;
        if (!(await this.o.client.discovery.resolve(target.apiVersion, target.kind))) return;
        try {
          const applied = await applyTask(this.o.client, r.task, r.live, this.applySettings(true));
          r.predicted = applied.live;
          if (this.o.dryRun) this.setApplied(r, applied.verb, applied.message, 'Succeeded');
        } catch (err) {
          if (this.o.dryRun && isMissingNamespace(err, this.runs)) {
            this.setApplied(r, 'created', `${kubectlName(r.task.key)} created (server dry run; its namespace is created by this sync)`, 'Succeeded');
            return;
          }
          this.setFailed(r, errorMessage(err));
          failed.push(r);
        }
      }),
    );
    return failed;
  }

  /**
   * ApplyOutOfSyncOnly=true (filterOutOfSyncTasks): a resource whose dry-run prediction equals live after
   * the app's normalization is not applied. Hooks and objects to create always run.
   */
  private async skipInSync(runs: Run[]): Promise<void> {
    const comparison = this.o.comparison ?? { opts: {}, rules: [] };
    await Promise.all(
      runs.map(async (r) => {
        if (r.task.hookTypes.length > 0 || !r.live || !r.predicted || !(await inSync(r.predicted, r.live, comparison))) return;
        r.result = { ...r.result, code: 'Synced', state: 'Succeeded', action: 'skipped', message: `${kubectlName(r.task.key)} in sync (ApplyOutOfSyncOnly): not applied`, health: this.health(r.live) };
      }),
    );
  }

  /** Prunes, BeforeHookCreation deletes, then applies by kind group. Returns true when an apply failed. */
  private async runWave(wave: Run[]): Promise<boolean> {
    // A hook left by an earlier, interrupted operation may still hold the finalizer.
    const existingHooks = wave.filter((r) => r.task.hookTypes.length > 0 && r.live && r.result.state === 'Pending');
    await Promise.all(existingHooks.map((r) => this.releaseHook(r)));
    if (existingHooks.some((r) => isFailed(r.result))) return true;
    await Promise.all(wave.filter((r) => r.task.isPrune).map((r) => this.prune(r)));
    await Promise.all(
      wave
        .filter((r) => r.task.hookTypes.length > 0 && r.live && hookDeletePolicies(r.task.target as K8sObject).includes('BeforeHookCreation'))
        .map(async (r) => {
          await this.o.client.deleteObject(r.live as K8sObject, this.propagation);
          await this.o.client.waitGone(r.live as K8sObject, { timeoutMs: this.o.healthTimeoutMs, signal: this.o.signal });
          r.live = undefined;
        }),
    );
    const applies = wave.filter((r) => !r.task.isPrune && r.result.state === 'Pending');
    for (const group of kindGroups(applies)) {
      this.checkSignal();
      await this.applyRuns(group, true);
      if (group.some((r) => isFailed(r.result))) return true;
    }
    return false;
  }

  private async applyRuns(runs: Run[], markRunning: boolean): Promise<void> {
    await Promise.all(
      runs.map(async (r) => {
        try {
          if (this.predictedNoop(r)) {
            this.setApplied(r, 'unchanged', `${kubectlName(r.task.key)} unchanged`, markRunning ? 'Running' : 'Succeeded');
            return;
          }
          // The plan's live object is current until a wave changed the cluster; after that, read again.
          const before = this.clusterChanged ? await this.o.client.get(r.task.target as K8sObject) : r.live;
          const applied = await applyTask(this.o.client, r.task, before, this.applySettings(false));
          r.live = applied.live;
          const hook = r.task.hookTypes.length > 0;
          this.setApplied(r, applied.verb, applied.message, hook || markRunning ? 'Running' : 'Succeeded');
        } catch (err) {
          this.setFailed(r, errorMessage(err));
        }
      }),
    );
  }

  /**
   * The server-side dry run predicted exactly the live object, at the live object's resourceVersion:
   * the apply would change nothing, so it is not sent (a no-op re-sync writes nothing). Hooks, and
   * Replace/Force writes, which are not plain applies, always run.
   */
  private predictedNoop(r: Run): boolean {
    const { predicted, live } = r;
    if (!predicted || !live || r.task.hookTypes.length > 0) return false;
    const { replace, force } = writeOptions(r.task, live, this.o.syncOptions);
    return !replace && !force && predicted.metadata.resourceVersion === live.metadata.resourceVersion && sameContent(predicted, live);
  }

  private async prune(r: Run): Promise<void> {
    const { task } = r;
    const live = task.live as K8sObject;
    if (task.pruneSkipped) return;
    if (task.pruneRequiresConfirmation && !this.o.pruneConfirmed) {
      r.result = { ...r.result, code: 'PruneSkipped', state: 'Succeeded', action: 'skipped', message: 'ignored (requires confirmation: set input confirm-prune)' };
      return;
    }
    try {
      const deleted = await this.o.client.deleteObject(live, this.propagation);
      r.result = { ...r.result, code: 'Pruned', state: deleted ? 'Running' : 'Succeeded', action: 'pruned', message: MSG.pruned, applied: true };
      r.live = deleted ? live : undefined;
    } catch (err) {
      this.setFailed(r, errorMessage(err));
    }
  }

  /**
   * A wave is complete when hooks finished, pruned objects are gone and, between waves of a
   * multi-step sync, resources are Healthy (Degraded fails the task).
   */
  private async waitWave(wave: Run[], waitHealth: boolean): Promise<void> {
    const waits = wave.map(async (r) => {
      if (r.result.state !== 'Running' || !r.live) return;
      if (r.task.isPrune) {
        await this.o.client.waitGone(r.live, { signal: this.o.signal, timeoutMs: this.o.healthTimeoutMs });
        r.result = { ...r.result, state: 'Succeeded' };
      } else if (r.task.hookTypes.length > 0) {
        await this.waitHook(r);
      } else if (waitHealth) {
        await this.waitResource(r);
      } else {
        r.result = { ...r.result, state: 'Succeeded', health: this.health(r.live) };
      }
    });
    const settled = await Promise.allSettled(waits);
    this.checkSignal();
    const timedOut = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (timedOut) {
      for (const r of wave.filter((x) => x.result.state === 'Running')) this.setFailed(r, `${waitingMessage([r.result])}: ${timeoutText(timedOut.reason, r.result.message)}`);
    }
  }

  private async waitHook(r: Run): Promise<void> {
    let outcome = hookOutcome(r.live as K8sObject, this.o.health);
    const seen = await this.o.client.watchUntil(
      r.live as K8sObject,
      (obj) => {
        // A hook deleted while running (e.g. by someone else) cannot finish.
        if (!obj) return true;
        outcome = hookOutcome(obj, this.o.health);
        return outcome.phase !== 'Running';
      },
      { signal: this.o.signal, timeoutMs: this.o.healthTimeoutMs },
    );
    if (!seen) {
      this.setFailed(r, `Resource ${r.task.key.group}/${r.task.key.kind}/${r.task.key.name} is missing, it might have been deleted`);
      return;
    }
    r.live = seen;
    const ok = outcome.phase === 'Succeeded';
    r.result = { ...r.result, state: ok ? 'Succeeded' : 'Failed', code: ok ? 'Synced' : 'SyncFailed', action: ok ? 'hook succeeded' : 'hook failed', message: outcome.message, health: this.health(seen) };
    await this.releaseHook(r);
  }

  /** Removes the hook finalizer from the live hook (Update, retried on conflict); an error fails the task. */
  private async releaseHook(r: Run): Promise<void> {
    if (this.o.dryRun) return;
    for (let attempt = 0; r.live?.metadata.finalizers?.includes(HOOK_FINALIZER); attempt++) {
      const live: K8sObject = r.live;
      const finalizers = (live.metadata.finalizers ?? []).filter((f) => f !== HOOK_FINALIZER);
      try {
        r.live = await this.o.client.replace({ ...live, metadata: { ...live.metadata, finalizers } }, { fieldManager: this.o.fieldManager, validate: 'Ignore' });
      } catch (err) {
        if (isNotFound(err)) {
          r.live = undefined;
          return;
        }
        if (isConflict(err) && attempt < 5) {
          r.live = (await this.o.client.get(live)) ?? undefined;
          continue;
        }
        r.result = { ...r.result, state: 'Error', message: `Failed to remove hook finalizer: ${errorMessage(err)}` };
        return;
      }
    }
  }

  /** Until Healthy (Succeeded), Degraded (Failed), or the health timeout. */
  private async waitResource(r: Run): Promise<void> {
    // Argo CD's checks compare observedGeneration with generation, so Healthy on the object as the
    // apply returned it is current: no read, no watch.
    const now = r.live && this.health(r.live);
    if (now?.status === 'Healthy') {
      r.result = { ...r.result, state: 'Succeeded', health: now };
      return;
    }
    const seen = await this.o.client.watchUntil(
      r.live as K8sObject,
      (obj) => {
        const h = obj ? this.health(obj) : undefined;
        if (h) r.result = { ...r.result, health: h };
        return !obj || !h || h.status === 'Healthy' || h.status === 'Degraded';
      },
      { signal: this.o.signal, timeoutMs: this.o.healthTimeoutMs },
    );
    if (!seen) {
      this.setFailed(r, `Resource ${r.task.key.group}/${r.task.key.kind}/${r.task.key.name} is missing, it might have been deleted`);
      return;
    }
    r.live = seen;
    const h = this.health(seen);
    if (h?.status === 'Degraded') this.setFailed(r, h.message, h);
    else r.result = { ...r.result, state: 'Succeeded', health: h };
  }

  /**
   * Beyond Argo CD: every applied resource Healthy before the step succeeds. Returns a failure message.
   * Kinds without a health check (ConfigMaps, RBAC, …) have nothing to wait for and are not read again.
   */
  private async waitHealthy(): Promise<string | undefined> {
    const resources = this.runs.filter(
      (r) =>
        !r.task.isPrune &&
        r.task.hookTypes.length === 0 &&
        r.live &&
        annotation(r.task.target, ANN_IGNORE_HEALTHCHECK) !== 'true' &&
        this.health(r.live) !== undefined,
    );
    const started = Date.now();
    const settled = await Promise.allSettled(
      resources.map(async (r) => {
        r.result = { ...r.result, state: 'Running' };
        await this.waitResource(r);
      }),
    );
    this.checkSignal();
    const failed = resources.filter((r, i) => settled[i].status === 'rejected' || isFailed(r.result));
    for (const r of resources.filter((x, i) => settled[i].status === 'rejected')) {
      const reason = (settled[resources.indexOf(r)] as PromiseRejectedResult).reason;
      const progress = r.result.health ? `${r.result.health.status}: ${r.result.health.message}` : r.result.message;
      this.setFailed(r, `${waitingMessage([r.result])}: ${timeoutText(reason, progress)}`, r.result.health);
    }
    this.waves.push({ phase: 'Sync', wave: Number.NaN, startedAt: new Date(started).toISOString(), durationMs: Date.now() - started });
    if (failed.length === 0) return undefined;
    return withReasons('application did not become healthy', failed.map((r) => r.result));
  }

  /** HookFailed deletes, the SyncFail phase (all at once), and Argo CD's failure message. */
  private async fail(message: string, failed: Run[]): Promise<SyncOutcome> {
    await this.deleteHooks('HookFailed');
    let text = withReasons(message, failed.map((r) => r.result));
    const syncFail = this.runs.filter((r) => r.task.phase === 'SyncFail');
    if (syncFail.length > 0) {
      const started = Date.now();
      const stopped = this.at;
      this.at = 'SyncFail phase';
      await this.runWave(syncFail);
      await this.waitWave(syncFail, false);
      this.waves.push({ phase: 'SyncFail', wave: syncFail[0].task.wave, startedAt: new Date(started).toISOString(), durationMs: Date.now() - started });
      const hookFailures = syncFail.filter((r) => isFailed(r.result));
      if (hookFailures.length > 0) text = `${text}\n${withReasons(MSG.syncFailHooksFailed, hookFailures.map((r) => r.result))}`;
      await this.deleteHooks('HookFailed');
      this.at = stopped;
    }
    return this.outcome('Failed', text);
  }

  /** Deletes completed hooks carrying `policy`. */
  private async deleteHooks(policy: HookDeletePolicy): Promise<void> {
    const hooks = this.runs.filter(
      (r) => r.task.hookTypes.length > 0 && r.live && r.result.state !== 'Running' && r.result.state !== 'Pending' && hookDeletePolicies(r.task.target as K8sObject).includes(policy),
    );
    await Promise.all(
      hooks.map(async (r) => {
        try {
          await this.o.client.deleteObject(r.live as K8sObject, this.propagation);
        } catch (err) {
          r.result = { ...r.result, state: 'Error', message: `failed to delete resource: ${errorMessage(err)}` };
        }
      }),
    );
  }

  /** Cancellation: running hooks are deleted, as Terminate does. */
  private async terminate(): Promise<void> {
    const running = this.runs.filter((r) => r.task.hookTypes.length > 0 && r.live && r.result.state === 'Running');
    await Promise.all(
      running.map(async (r) => {
        await this.releaseHook(r);
        if (r.live) await this.o.client.deleteObject(r.live, this.propagation).catch(() => false);
        if (r.result.state !== 'Error') r.result = { ...r.result, state: 'Failed', message: 'Terminated' };
      }),
    );
  }

  private applySettings(dryRun: boolean) {
    return { fieldManager: this.o.fieldManager, dryRun, appOptions: this.o.syncOptions, timeoutMs: this.o.healthTimeoutMs };
  }

  private health(obj: K8sObject): HealthStatus | undefined {
    return healthOf(obj, this.o.health);
  }

  private setApplied(r: Run, verb: 'created' | 'configured' | 'unchanged', message: string, state: 'Running' | 'Succeeded'): void {
    const applied = !this.o.dryRun || r.result.applied;
    r.result = { ...r.result, code: 'Synced', state, action: verb, message, ...(applied ? { applied } : {}), ...(r.live ? { health: this.health(r.live) } : {}) };
  }

  private setFailed(r: Run, message: string, health?: HealthStatus): void {
    const hook = r.task.hookTypes.length > 0 && r.result.state === 'Running';
    r.result = { ...r.result, code: 'SyncFailed', state: 'Failed', action: hook ? 'hook failed' : 'failed', message, ...(health ? { health } : {}) };
  }

  private checkSignal(): void {
    if (this.o.signal?.aborted) throw new Terminated();
  }

  private sleep(ms: number): Promise<void> {
    return sleep(ms, this.o.signal).then(() => this.checkSignal());
  }

  private outcome(phase: OperationPhase, message: string): SyncOutcome {
    return { phase, message, tasks: this.runs.map((r) => r.result), waves: this.waves, ...(phase === 'Succeeded' ? {} : { stoppedAt: this.at }) };
  }
}

/** Hooks carry the hook finalizer, so they outlive garbage collection until their result is read. */
function withHookFinalizer(task: SyncTask): SyncTask {
  const target = task.target;
  if (task.hookTypes.length === 0 || !target || target.metadata.finalizers?.includes(HOOK_FINALIZER)) return task;
  return { ...task, target: { ...target, metadata: { ...target.metadata, finalizers: [...(target.metadata.finalizers ?? []), HOOK_FINALIZER] } } };
}

function initialResult(task: SyncTask): TaskResult {
  const base = { phase: task.phase, wave: task.wave, key: task.key, hookTypes: task.hookTypes };
  if (task.pruneSkipped) return { ...base, code: 'PruneSkipped', state: 'Succeeded', action: 'skipped', message: task.pruneSkipped };
  return { ...base, code: 'Synced', state: 'Pending', action: 'skipped', message: '' };
}

/**
 * Whether a task changed the cluster. Argo CD pauses after every wave so that controllers see its
 * changes before the next one is judged; after a wave of no-op applies and skipped tasks there is
 * nothing to see, so the pause is skipped (README: deliberate differences).
 */
function changedCluster(r: Run): boolean {
  return r.result.action !== 'unchanged' && r.result.action !== 'skipped' && r.result.action !== 'failed';
}

/** Consecutive runs of one (phase, wave), in plan order. */
function waveGroups(runs: Run[]): Run[][] {
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

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function timeoutText(reason: unknown, progress: string): string {
  const what = reason instanceof WaitTimeoutError ? reason.message.replace(/ waiting for .*$/, '') : errorMessage(reason);
  return progress ? `${what}; last status: ${progress}` : what;
}

/** In a dry run, objects inside a namespace the same sync creates cannot be checked by the server. */
function isMissingNamespace(err: unknown, runs: Run[]): boolean {
  const m = /namespaces "([^"]+)" not found/.exec(errorMessage(err));
  return !!m && runs.some((r) => r.task.key.kind === 'Namespace' && r.task.key.group === '' && r.task.key.name === m[1] && !r.live);
}

