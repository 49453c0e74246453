// What a sync reports, in Argo CD's vocabulary (gitops-engine pkg/sync/common/types.go and the
// messages of sync_context.go), plus the per-task action our report shows.
import type { HealthStatus } from '../../health/health.js';
import type { ResourceKey } from '../../model/k8s.js';
import type { SyncPhase } from '../hooks.js';

export type OperationPhase = 'Running' | 'Terminating' | 'Failed' | 'Error' | 'Succeeded';
export type ResultCode = 'Synced' | 'SyncFailed' | 'Pruned' | 'PruneSkipped';
/** Where one task's own operation stands (hooks run; resources wait for health in multi-step syncs). */
export type TaskState = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Error';
export type TaskAction =
  | 'created'
  | 'configured'
  | 'unchanged'
  | 'pruned'
  | 'skipped'
  | 'hook succeeded'
  | 'hook failed'
  | 'failed';

export interface TaskResult {
  phase: SyncPhase;
  wave: number;
  key: ResourceKey;
  hookTypes: string[];
  code: ResultCode;
  state: TaskState;
  action: TaskAction;
  message: string;
  health?: HealthStatus;
  /** The cluster accepted this task's write (apply, hook creation, prune), whatever happened next. */
  applied?: boolean;
}

export interface WaveTiming {
  phase: SyncPhase;
  wave: number;
  startedAt: string;
  durationMs: number;
}

export interface SyncOutcome {
  phase: OperationPhase;
  message: string;
  tasks: TaskResult[];
  waves: WaveTiming[];
  /** Unless it succeeded: the step the operation ended in, e.g. `PreSync wave -1` or `dry run`. */
  stoppedAt?: string;
}

/** Argo CD's operation messages, word for word. */
export const MSG = {
  invalid: 'one or more synchronization tasks are not valid',
  dryRunFailed: 'one or more objects failed to apply (dry run)',
  namespaceFailed: 'the namespace failed to apply',
  applyFailed: 'one or more objects failed to apply',
  unsuccessful: 'one or more synchronization tasks completed unsuccessfully',
  syncFailHooksFailed: 'one or more SyncFail hooks failed',
  succeeded: 'successfully synced (all tasks run)',
  noMoreTasks: 'successfully synced (no more tasks)',
  terminated: 'Operation terminated',
  pruned: 'pruned',
} as const;

/** `<message>, reason: <task messages joined by ,>` as executeSyncFailPhase builds it. */
export function withReasons(message: string, failed: readonly TaskResult[]): string {
  const reasons = failed.map((t) => t.message);
  return reasons.length > 0 ? `${message}, reason: ${reasons.join(',')}` : message;
}

/** kubectl's name for an object in its output: `deployment.apps/web`, `configmap/settings`. */
export function kubectlName(key: ResourceKey): string {
  const kind = key.kind.toLowerCase();
  return `${key.group ? `${kind}.${key.group}` : kind}/${key.name}`;
}

/**
 * `waiting for <reason> <group>/<kind>/<name> [and N more <hooks|resources>]` (setRunningPhase): what a
 * wave is still waiting for.
 */
export function waitingMessage(waiting: readonly TaskResult[], deletion = false): string {
  if (waiting.length === 0) return '';
  const hooks = waiting.filter((t) => t.hookTypes.length > 0);
  const resources = waiting.filter((t) => t.hookTypes.length === 0);
  let reason = hooks.length > 0 ? 'completion of hook' : 'healthy state of';
  if (deletion) reason = hooks.length > 0 ? 'deletion of hook' : 'deletion of';
  const first = hooks[0] ?? resources[0];
  const more = waiting.length - 1;
  const type = resources.length === 0 ? 'hooks' : 'resources';
  const base = `waiting for ${reason} ${first.key.group}/${first.key.kind}/${first.key.name}`;
  return more > 0 ? `${base} and ${more} more ${type}` : base;
}

export function isFailed(t: TaskResult): boolean {
  return t.state === 'Failed' || t.state === 'Error';
}

/** ARGOCD_SYNC_WAVE_DELAY: whole seconds between waves, default 2 (an unparsable value counts as 2). */
export function waveDelayMs(value: string | undefined): number {
  const n = value !== undefined && /^\d+$/.test(value.trim()) ? Number(value.trim()) : 2;
  return n * 1000;
}

/**
 * Where an unfinished operation stopped and what it had applied by then, e.g. `stopped in Sync wave 1;
 * applied 3 of 7 task(s): PreSync wave 0 Job/migrate, …`; undefined for a finished one.
 */
export function stoppedSummary(outcome: SyncOutcome, maxNames = 20): string | undefined {
  if (!outcome.stoppedAt) return undefined;
  const applied = outcome.tasks.filter((t) => t.applied);
  const notRun = outcome.tasks.filter((t) => t.state === 'Pending').length;
  const names = applied.slice(0, maxNames).map((t) => `${t.phase} wave ${t.wave} ${t.key.kind}/${t.key.namespace ? `${t.key.namespace}/` : ''}${t.key.name}`);
  const more = applied.length > maxNames ? `, and ${applied.length - maxNames} more` : '';
  const what = applied.length > 0 ? `applied ${applied.length} of ${outcome.tasks.length} task(s): ${names.join(', ')}${more}` : 'nothing was applied';
  return `stopped in ${outcome.stoppedAt}; ${what}${notRun > 0 ? `; ${notRun} task(s) not run` : ''}`;
}
