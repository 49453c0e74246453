// An Application's status as Argo CD's controller records it (argo-cd v3.6.1 controller/state.go
// CompareAppState, controller/health.go setApplicationHealth): sync status, aggregate health, conditions.
import type { ResourceDiff } from '../diff/compare.js';
import type { HealthStatus, HealthStatusCode } from '../health/status.js';
import type { ResourceKey } from '../model/k8s.js';

export type SyncStatusCode = 'Synced' | 'OutOfSync' | 'Unknown';

export type ConditionType =
  | 'ComparisonError'
  | 'SyncError'
  | 'OrphanedResourceWarning'
  | 'SharedResourceWarning'
  | 'RepeatedResourceWarning'
  | 'ExcludedResourceWarning'
  | 'InvalidSpecError';

export interface AppCondition {
  type: ConditionType;
  message: string;
}

export interface ResourceState {
  key: ResourceKey;
  /** Unset for resources that do not count (hooks, Skip). */
  status?: SyncStatusCode;
  /** Live object without a target: a prune candidate. */
  requiresPruning: boolean;
  health?: HealthStatus;
  /** The normalized, masked live → predicted diff of an OutOfSync resource. */
  diff?: ResourceDiff;
}

export interface AppStatus {
  name: string;
  project: string;
  /** `destination.server`, else `destination.name` (as `argocd app list` prints it). */
  cluster: string;
  namespace: string;
  sync: SyncStatusCode;
  health: HealthStatusCode;
  /** `Caused by <group/kind:ns/name>, ...` for a status other than Healthy. */
  healthMessage: string;
  /** `Manual`, `Auto` or `Auto-Prune` (argocd app list SYNCPOLICY). */
  syncPolicy: string;
  conditions: AppCondition[];
  resources: ResourceState[];
}
