// One Application's deploy: take its lock, find what it manages, plan, run (with syncPolicy.retry),
// record the revision, release the lock. Everything the runner needs from the cluster is read here.
import type { ExcludedResource } from '../../cluster/resource-filter.js';
import type { ClusterClient } from '../../cluster/client.js';
import type { AppLock } from '../../cluster/lease.js';
import { acquireAppLock, recordRevision } from '../../cluster/lease.js';
import { trackedApp, type TrackingOptions } from '../../cluster/tracking.js';
import { prepareRules } from '../../diff/normalize.js';
import type { HealthOptions } from '../../health/health.js';
import type { AppSpec, ArgoCdConfig } from '../../model/argocd.js';
import { instanceName } from '../../model/argocd.js';
import { formatProblem, toProblem } from '../../model/errors.js';
import type { K8sObject } from '../../model/k8s.js';
import { groupOf, keyOf, keyString, type ResourceKey } from '../../model/k8s.js';
import { trackingSettings } from '../../render/finalize.js';
import { isHook } from '../hooks.js';
import type { SyncPlan, SyncTask } from '../plan.js';
import type { ScopeLookup } from '../scope.js';
import { planSync } from '../plan.js';
import type { Comparison } from './ignored-fields.js';
import { withIgnoredFromLive } from './ignored-fields.js';
import type { SyncOutcome } from './result.js';
import { backoffOf, retriedMessage, withRetry } from './retry.js';
import { runSync } from './runner.js';

export interface SyncSettings {
  fieldManager: string;
  /** Input `prune`: prune even when the app's automated policy does not. */
  prune: boolean;
  confirmPrune: boolean;
  dryRun: boolean;
  wait: boolean;
  healthTimeoutMs: number;
  waveDelayMs: number;
  /** Namespace holding the per-app Lease and revision history. */
  stateNamespace: string;
  /** Lease holder identity, e.g. `<repo> run <id>/<attempt>`. */
  holder: string;
  leaseSeconds: number;
  /** How long to wait for another run's lock. */
  lockWaitMs: number;
}

export interface AppSyncInput {
  spec: AppSpec;
  /** Rendered, finalized objects of the app (hooks included). */
  objects: K8sObject[];
  client: ClusterClient;
  revision?: string;
  argocdCm?: ArgoCdConfig;
  /** Kinds Argo CD leaves alone in the destination (argocd-cm resource.exclusions): never listed, never pruned. */
  excluded?: ExcludedResource;
  settings: SyncSettings;
  signal?: AbortSignal;
  permitted?: (task: SyncTask) => string | undefined;
  log?: (message: string) => void;
  /**
   * A selective sync (Argo CD's self-heal syncs only the resources that are not Synced): only these
   * resources' tasks run, and no hooks, as in Argo CD's selective sync.
   */
  only?: readonly ResourceKey[];
}

export interface AppSyncResult {
  app: string;
  outcome: SyncOutcome;
  retries: number;
  startedAt: string;
  finishedAt: string;
  /** Warnings such as types that could not be listed for prune. */
  warnings: string[];
}

export async function syncApp(input: AppSyncInput): Promise<AppSyncResult> {
  const { spec, client, settings } = input;
  const app = spec.app.metadata.name;
  const started = new Date();
  const warnings: string[] = [];
  const done = (outcome: SyncOutcome, retries = 0): AppSyncResult => ({
    app,
    outcome,
    retries,
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    warnings,
  });

  let lock: AppLock | undefined;
  try {
    const backoff = backoffOf(spec.app.spec.syncPolicy?.retry, app);
    // A dry run changes nothing, the lock included.
    if (!settings.dryRun) {
      lock = await acquireAppLock(client, app, {
        namespace: settings.stateNamespace,
        holder: settings.holder,
        durationSeconds: settings.leaseSeconds,
        waitMs: settings.lockWaitMs,
        signal: input.signal,
        log: input.log,
      });
    }
    let previous: SyncOutcome | undefined;
    const { result, retries } = await withRetry(
      backoff,
      async () => {
        previous = await attempt(input, started, warnings).catch((err: unknown) => {
          // A retry that fails before running anything must not hide what the earlier attempt applied.
          if (!previous) throw err;
          return { ...previous, phase: 'Error' as const, message: `${previous.message}; the retry failed before any task ran: ${toProblem(err).message}` };
        });
        return { ok: previous.phase === 'Succeeded', outcome: previous };
      },
      (ms) => sleep(ms, input.signal),
    );
    const outcome = { ...result.outcome, message: retriedMessage(result.outcome.message, retries) };
    if (!settings.dryRun && input.revision) {
      // The sync's own outcome stands even when its history entry cannot be written (cluster gone).
      await recordRevision(client, app, { revision: input.revision, status: outcome.phase, at: new Date() }, { namespace: settings.stateNamespace }).catch(
        (err: unknown) => warnings.push(`recording the revision failed: ${toProblem(err).message}`),
      );
    }
    return done(outcome, retries);
  } catch (err) {
    // A spec error keeps its field (a bad retry duration, a broken ignoreDifferences rule).
    return done({ phase: 'Error', message: formatProblem(toProblem(err)), tasks: [], waves: [] });
  } finally {
    await lock?.release().catch((err: unknown) => warnings.push(`releasing the lock failed: ${toProblem(err).message}`));
  }
}

/** One sync operation: a fresh look at the cluster, a plan, a run. */
async function attempt(input: AppSyncInput, started: Date, warnings: string[]): Promise<SyncOutcome> {
  const { spec, client, settings } = input;
  const app = spec.app.metadata.name;
  const policy = spec.app.spec.syncPolicy;
  const syncOptions = policy?.syncOptions ?? [];
  const destNamespace = spec.app.spec.destination.namespace ?? '';
  const tracking = trackingOptions(input.argocdCm);

  const managed = await client.listManaged(instanceName(spec.app), { ...tracking, excluded: input.excluded });
  warnings.push(...managed.warnings.filter((w) => !warnings.includes(w)));
  const prune = settings.prune || policy?.automated?.prune === true;
  const refusal = emptyGuard(input.objects, managed.objects, prune, policy?.automated);
  if (refusal) return { phase: 'Failed', message: refusal, tasks: [], waves: [] };

  const planned = planSync({
    targets: input.objects,
    ...(await clusterPlanState(client, input.objects, managed.objects, destNamespace)),
    destNamespace,
    syncOptions,
    prune,
    managedNamespaceMetadata: policy?.managedNamespaceMetadata,
    revision: input.revision,
    startedAt: started,
  });
  const comparison = await comparisonFor(spec, input.argocdCm, syncOptions);
  const selected = input.only ? selectedTasks(planned, input.only) : planned;
  const plan = syncOptions.includes('RespectIgnoreDifferences=true') && comparison ? await respectIgnored(selected, comparison) : selected;
  if (syncOptions.includes('FailOnSharedResource=true')) {
    const shared = sharedResources(plan, instanceName(spec.app), tracking);
    if (shared.length > 0) return { phase: 'Failed', message: shared.join('; '), tasks: [], waves: [] };
  }
  const health: HealthOptions = { argocdCm: input.argocdCm };
  return runSync({
    app,
    plan,
    client,
    destNamespace,
    syncOptions,
    fieldManager: settings.fieldManager,
    dryRun: settings.dryRun,
    pruneConfirmed: settings.confirmPrune,
    waveDelayMs: settings.waveDelayMs,
    waitHealthy: settings.wait,
    healthTimeoutMs: settings.healthTimeoutMs,
    signal: input.signal,
    health,
    comparison,
    permitted: input.permitted,
    log: input.log,
  });
}

/**
 * The app's diff normalization (ignoreDifferences + argocd-cm), needed only by the options that compare
 * with live. A broken rule fails the app with the field that holds it.
 */
async function comparisonFor(spec: AppSpec, argocdCm: ArgoCdConfig | undefined, syncOptions: readonly string[]): Promise<Comparison | undefined> {
  if (!syncOptions.includes('ApplyOutOfSyncOnly=true') && !syncOptions.includes('RespectIgnoreDifferences=true')) return undefined;
  const opts = { ignoreDifferences: spec.app.spec.ignoreDifferences, argocdCm, app: spec.app.metadata.name };
  return { opts, rules: await prepareRules(opts) };
}

/** The tasks of the named resources, hooks left out. */
function selectedTasks(plan: SyncPlan, only: readonly ResourceKey[]): SyncPlan {
  const keys = new Set(only.map(keyString));
  return { tasks: plan.tasks.filter((t) => t.hookTypes.length === 0 && keys.has(keyString(t.key))) };
}

/** RespectIgnoreDifferences=true: each resource that exists keeps the live values of its ignored fields. */
async function respectIgnored(plan: SyncPlan, comparison: Comparison): Promise<SyncPlan> {
  const tasks = await Promise.all(
    plan.tasks.map(async (t) =>
      t.target && t.live && t.hookTypes.length === 0 ? { ...t, target: await withIgnoredFromLive(t.target, t.live, comparison) } : t,
    ),
  );
  return { tasks };
}

export function trackingOptions(argocdCm: ArgoCdConfig | undefined): TrackingOptions {
  const t = trackingSettings(argocdCm);
  return { trackingMethod: t.method, labelKey: t.labelKey, installationID: t.installationID || undefined };
}

/**
 * Argo CD's allowEmpty guard (semantics §8): an automated, pruning sync refuses to delete every
 * resource of an app that now renders none.
 */
export function emptyGuard(
  targets: readonly K8sObject[],
  live: readonly K8sObject[],
  prune: boolean,
  automated: { allowEmpty?: boolean } | undefined,
): string | undefined {
  if (!prune || automated?.allowEmpty === true || live.length === 0) return undefined;
  return targets.some((o) => !isHook(o)) ? undefined : 'auto-sync will wipe out all resources';
}

/** What the planner reads from the cluster; the PR preview plans with the same state as the sync. */
export interface ClusterPlanState {
  live: K8sObject[];
  /** Unset when the app has no destination namespace. */
  namespaceExists?: boolean;
  isNamespaced: ScopeLookup;
}

/** The cluster's side of an app's plan, given its managed live objects. */
export async function clusterPlanState(
  client: ClusterClient,
  targets: readonly K8sObject[],
  managed: K8sObject[],
  destNamespace: string,
): Promise<ClusterPlanState> {
  return {
    live: await withTargetsLive(client, targets, managed, destNamespace),
    namespaceExists: destNamespace ? (await client.get({ group: '', kind: 'Namespace', namespace: '', name: destNamespace })) !== undefined : undefined,
    isNamespaced: await scopeLookup(client, targets),
  };
}

/**
 * The live set Argo CD compares against: managed objects plus any live object a target names (an
 * untracked existing object is updated, not created).
 */
async function withTargetsLive(client: ClusterClient, targets: readonly K8sObject[], managed: K8sObject[], destNamespace: string): Promise<K8sObject[]> {
  const known = new Set(managed.map((o) => keyString(keyOf(o))));
  const extra = await Promise.all(
    targets
      .filter((t) => t.metadata?.name && !isHook(t))
      .map((t) => ({ ...t, metadata: { ...t.metadata, namespace: t.metadata.namespace || destNamespace } }))
      // A target already among the managed objects needs no read of its own.
      .filter((ref) => !known.has(keyString(keyOf(ref))))
      .map(async (ref) => {
        const live = await client.getListed(ref).catch(() => undefined);
        return live && !known.has(keyString(keyOf(live))) ? [live] : [];
      }),
  );
  return [...managed, ...extra.flat()];
}

/** FailOnSharedResource: a live object tracked by another app stops the sync before any apply. */
function sharedResources(plan: SyncPlan, app: string, tracking: TrackingOptions): string[] {
  return plan.tasks.flatMap((t) => {
    const owner = t.live && t.target ? trackedApp(t.live, tracking) : undefined;
    return owner && owner !== app
      ? [`${t.key.kind}/${t.key.name} is part of applications ${app} and ${owner}`]
      : [];
  });
}

/** Discovery's scope for every kind the app renders, as the planner's synchronous lookup. */
async function scopeLookup(client: ClusterClient, objects: readonly K8sObject[]): Promise<ScopeLookup> {
  const scopes = new Map<string, boolean | undefined>();
  for (const o of objects) {
    const gk = `${groupOf(o.apiVersion)}/${o.kind}`;
    if (!scopes.has(gk)) scopes.set(gk, await client.isNamespaced(groupOf(o.apiVersion), o.kind).catch(() => undefined));
  }
  return (g, k) => scopes.get(`${g}/${k}`);
}

function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const done = (ok: boolean): void => {
      clearTimeout(t);
      signal?.removeEventListener('abort', abort);
      resolve(ok);
    };
    const abort = (): void => done(false);
    const t = setTimeout(() => done(true), ms);
    signal?.addEventListener('abort', abort);
  });
}
