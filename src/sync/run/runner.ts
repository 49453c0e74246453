// The sync state machine for one app (semantics §2; gitops-engine sync_context.go Sync): validate,
// create the destination namespace, dry-run everything, then run (phase, wave) after (phase, wave) —
// prune, BeforeHookCreation deletes, applies by kind group — and wait for each wave to complete before
// the next. Failures run the SyncFail phase; hooks are cleaned up by their delete policies at the end.
// Upstream re-enters Sync() on every reconcile; we run the same steps once, waiting with watches.
// The steps live beside it: preflight.ts, run-wave.ts, health-wait.ts, hook-lifecycle.ts.
import { sleep } from '../../async/sleep.js';
import { formatProblem, toProblem } from '../../model/errors.js';
import type { SyncPhase } from '../hooks.js';
import { waitHealthy, waitWave } from './health-wait.js';
import { deleteHooks, terminateHooks, withHookFinalizer } from './hook-lifecycle.js';
import { dryRun, skipDryRun, skipInSync, validate } from './preflight.js';
import type { OperationPhase, SyncOutcome, WaveTiming } from './result.js';
import { isFailed, MSG, withReasons } from './result.js';
import type { Run, RunOptions } from './run-context.js';
import { initialResult, SyncContext, Terminated } from './run-context.js';
import { applyRuns, changedCluster, runWave, waveGroups } from './run-wave.js';

export async function runSync(opts: RunOptions): Promise<SyncOutcome> {
  return new SyncRun(opts).run();
}

class SyncRun {
  private readonly ctx: SyncContext;
  private readonly waves: WaveTiming[] = [];
  /** The step running now, named in the outcome when the operation ends early. */
  private at = 'validation';

  constructor(o: RunOptions) {
    this.ctx = new SyncContext(
      o,
      o.plan.tasks.map((task) => ({ task: withHookFinalizer(task), live: task.live, result: initialResult(task) })),
    );
  }

  /** Never throws: an error (e.g. the cluster stopped answering) ends the operation with every task's state. */
  async run(): Promise<SyncOutcome> {
    try {
      return await this.steps();
    } catch (err) {
      if (!(err instanceof Terminated) && !this.ctx.o.signal?.aborted) return this.outcome('Error', formatProblem(toProblem(err)));
      await terminateHooks(this.ctx).catch(() => undefined);
      return this.outcome('Failed', MSG.terminated);
    }
  }

  private async steps(): Promise<SyncOutcome> {
    const { ctx } = this;
    const { o } = ctx;
    if (!(await validate(ctx))) return this.outcome('Failed', MSG.invalid);

    const nsRun = ctx.runs.find((r) => !r.live && r.task.target && r.task.key.kind === 'Namespace' && r.task.key.group === '' && r.task.key.name === o.destNamespace);
    if (nsRun && !o.dryRun) {
      // Created before the dry run, which would otherwise fail for everything inside it.
      this.at = 'namespace creation';
      await applyRuns(ctx, [nsRun], false);
      if (isFailed(nsRun.result)) return this.outcome('Failed', withReasons(MSG.namespaceFailed, [nsRun.result]));
    }
    this.at = 'dry run';
    const dry = ctx.runs.filter((r) => (r !== nsRun || o.dryRun) && r.task.target && r.result.state === 'Pending' && !skipDryRun(ctx, r));
    if ((await dryRun(ctx, dry)).length > 0) return this.outcome('Failed', MSG.dryRunFailed);
    if (o.syncOptions.includes('ApplyOutOfSyncOnly=true')) await skipInSync(ctx, dry);
    if (o.dryRun) return this.outcome('Succeeded', `${MSG.succeeded} (server dry run: nothing was changed)`);

    const main = ctx.runs.filter((r) => r.task.phase !== 'SyncFail' && r !== nsRun);
    const groups = waveGroups(main);
    const multiStep = groups.length > 1;
    for (let i = 0; i < groups.length; i++) {
      const wave = groups[i];
      const last = i === groups.length - 1;
      const started = Date.now();
      this.at = `${wave[0].task.phase} wave ${wave[0].task.wave}`;
      o.log?.(`${o.app}: ${this.at}: ${wave.length} task(s)`);
      const applyFailed = await runWave(ctx, wave);
      if (!applyFailed) await waitWave(ctx, wave, multiStep && !last);
      this.timed(wave[0].task.phase, wave[0].task.wave, started);
      const failed = wave.filter((r) => isFailed(r.result));
      if (failed.length > 0) return this.fail(applyFailed ? MSG.applyFailed : MSG.unsuccessful, failed);
      const changed = wave.some(changedCluster);
      ctx.clusterChanged ||= changed;
      if (!last && o.waveDelayMs > 0 && changed) {
        o.log?.(`${o.app}: waiting ${o.waveDelayMs} ms (ARGOCD_SYNC_WAVE_DELAY) before the next wave`);
        await sleep(o.waveDelayMs, o.signal).then(() => ctx.checkSignal());
      }
    }
    this.at = 'hook cleanup';
    await deleteHooks(ctx, 'HookSucceeded');
    this.at = 'health wait';
    if (o.waitHealthy) {
      const started = Date.now();
      const timeout = await waitHealthy(ctx);
      this.timed('Sync', Number.NaN, started);
      if (timeout) return this.outcome('Failed', timeout);
    }
    return this.outcome('Succeeded', MSG.succeeded);
  }

  /** HookFailed deletes, the SyncFail phase (all at once), and Argo CD's failure message. */
  private async fail(message: string, failed: Run[]): Promise<SyncOutcome> {
    const { ctx } = this;
    await deleteHooks(ctx, 'HookFailed');
    let text = withReasons(message, failed.map((r) => r.result));
    const syncFail = ctx.runs.filter((r) => r.task.phase === 'SyncFail');
    if (syncFail.length > 0) {
      const started = Date.now();
      const stopped = this.at;
      this.at = 'SyncFail phase';
      await runWave(ctx, syncFail);
      await waitWave(ctx, syncFail, false);
      this.timed('SyncFail', syncFail[0].task.wave, started);
      const hookFailures = syncFail.filter((r) => isFailed(r.result));
      if (hookFailures.length > 0) text = `${text}\n${withReasons(MSG.syncFailHooksFailed, hookFailures.map((r) => r.result))}`;
      await deleteHooks(ctx, 'HookFailed');
      this.at = stopped;
    }
    return this.outcome('Failed', text);
  }

  /** Records how long a step took; the final health wait is recorded as wave NaN. */
  private timed(phase: SyncPhase, wave: number, started: number): void {
    this.waves.push({ phase, wave, startedAt: new Date(started).toISOString(), durationMs: Date.now() - started });
  }

  private outcome(phase: OperationPhase, message: string): SyncOutcome {
    return { phase, message, tasks: this.ctx.runs.map((r) => r.result), waves: this.waves, ...(phase === 'Succeeded' ? {} : { stoppedAt: this.at }) };
  }
}
