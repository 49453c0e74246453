// Sync status of an app's resources and of the app (argo-cd v3.6.1 controller/state.go CompareAppState):
// target and live paired by key and compared after normalization (ignoreDifferences, argocd-cm rules);
// a difference, a missing live object or an extraneous one is OutOfSync. Hooks do not count; an
// extraneous object with compare option IgnoreExtraneous is OutOfSync itself but leaves the app
// Synced. `Prune=false` objects get no such pass: Argo CD shows them OutOfSync too.
import { diffObjects } from '../diff/compare.js';
import type { NormalizeOptions } from '../diff/normalize.js';
import { healthOf, type HealthOptions } from '../health/health.js';
import { ANN_COMPARE_OPTIONS, annotationOptions } from '../model/annotations.js';
import type { K8sObject } from '../model/k8s.js';
import { identityKeys, keyString } from '../model/k8s.js';
import { isHook } from '../sync/hooks.js';
import { appHealth } from './app-health.js';
import type { ResourceState, SyncStatusCode } from './types.js';

export interface CompareInput {
  app: string;
  /** The app's non-hook targets as the API server would store them (server-side dry run). */
  predicted: readonly K8sObject[];
  /** The app's managed live objects (hooks included: they are left out here). */
  live: readonly K8sObject[];
  normalize: NormalizeOptions;
  health: HealthOptions;
  /** Diff context lines for the drift report. */
  contextLines?: number;
}

export interface Comparison {
  sync: SyncStatusCode;
  health: ReturnType<typeof appHealth>;
  resources: ResourceState[];
}

/** Throws a SpecError for a broken ignoreDifferences rule (the caller turns it into ComparisonError). */
export async function compareApp(input: CompareInput): Promise<Comparison> {
  const targets = input.predicted.filter((o) => !isHook(o));
  const live = input.live.filter((o) => !isHook(o));
  const diffs = await diffObjects(live, targets, { ...input.normalize, contextLines: input.contextLines });
  const targetByKey = byKey(targets);
  const liveByKey = byKey(live);
  let sync: SyncStatusCode = 'Synced';
  const resources: ResourceState[] = [];
  const healthInputs = [];
  for (const d of diffs) {
    const k = keyString(d.key);
    const target = targetByKey.get(k);
    const liveObj = liveByKey.get(k);
    const requiresPruning = !target && !!liveObj;
    const outOfSync = d.status !== 'unchanged' || !target || !liveObj;
    const state: ResourceState = { key: d.key, status: outOfSync ? 'OutOfSync' : 'Synced', requiresPruning };
    if (outOfSync) {
      state.diff = d;
      if (!requiresPruning || !annotationOptions(liveObj, ANN_COMPARE_OPTIONS).includes('IgnoreExtraneous')) sync = 'OutOfSync';
    }
    const health = liveObj ? healthOf(liveObj, input.health) : { status: 'Missing' as const, message: '' };
    if (health) state.health = health;
    resources.push(state);
    healthInputs.push({ key: d.key, target, live: liveObj, health });
  }
  return { sync, health: appHealth(healthInputs, input.app), resources };
}

function byKey(objects: readonly K8sObject[]): Map<string, K8sObject> {
  const keys = identityKeys(objects);
  return new Map(objects.map((o, i) => [keyString(keys[i]), o]));
}
