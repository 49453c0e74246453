// What the steps of one sync operation share (gitops-engine keeps it in syncContext): the options,
// every task's mutable run, and the bookkeeping of task results that each step updates.
import type { ClusterClient, Propagation } from '../../cluster/client.js';
import type { HealthOptions, HealthStatus } from '../../health/health.js';
import { healthOf } from '../../health/health.js';
import type { K8sObject } from '../../model/k8s.js';
import type { SyncPlan, SyncTask } from '../plan.js';
import type { ApplySettings } from './apply-task.js';
import type { Comparison } from './ignored-fields.js';
import type { TaskResult } from './result.js';

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
export interface Run {
  task: SyncTask;
  result: TaskResult;
  live?: K8sObject;
  /** What the server-side dry run predicted the object becomes. */
  predicted?: K8sObject;
}

/** Thrown once the operation is cancelled; the runner turns it into the terminated outcome. */
export class Terminated extends Error {}

export class SyncContext {
  readonly o: RunOptions;
  readonly runs: Run[];
  readonly propagation: Propagation;
  /** A wave of this operation changed the cluster, so live objects read by the plan may be outdated. */
  clusterChanged = false;

  constructor(o: RunOptions, runs: Run[]) {
    this.o = o;
    this.runs = runs;
    const policy = o.syncOptions.find((s) => s.startsWith('PrunePropagationPolicy='))?.slice('PrunePropagationPolicy='.length);
    this.propagation = policy === 'background' || policy === 'orphan' ? policy : 'foreground';
  }

  applySettings(dryRun: boolean): ApplySettings {
    return { fieldManager: this.o.fieldManager, dryRun, appOptions: this.o.syncOptions, timeoutMs: this.o.healthTimeoutMs };
  }

  health(obj: K8sObject): HealthStatus | undefined {
    return healthOf(obj, this.o.health);
  }

  setApplied(r: Run, verb: 'created' | 'configured' | 'unchanged', message: string, state: 'Running' | 'Succeeded'): void {
    const applied = !this.o.dryRun || r.result.applied;
    r.result = { ...r.result, code: 'Synced', state, action: verb, message, ...(applied ? { applied } : {}), ...(r.live ? { health: this.health(r.live) } : {}) };
  }

  checkSignal(): void {
    if (this.o.signal?.aborted) throw new Terminated();
  }
}

export function initialResult(task: SyncTask): TaskResult {
  const base = { phase: task.phase, wave: task.wave, key: task.key, hookTypes: task.hookTypes };
  if (task.pruneSkipped) return { ...base, code: 'PruneSkipped', state: 'Succeeded', action: 'skipped', message: task.pruneSkipped };
  return { ...base, code: 'Synced', state: 'Pending', action: 'skipped', message: '' };
}

export function setFailed(r: Run, message: string, health?: HealthStatus): void {
  const hook = r.task.hookTypes.length > 0 && r.result.state === 'Running';
  r.result = { ...r.result, code: 'SyncFailed', state: 'Failed', action: hook ? 'hook failed' : 'failed', message, ...(health ? { health } : {}) };
}

