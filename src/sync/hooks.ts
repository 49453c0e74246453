// Hook classification (semantics §3): which sync phases a resource runs in, and its delete policies.
import {
  ANN_HELM_HOOK,
  ANN_HELM_HOOK_DELETE_POLICY,
  ANN_HOOK,
  ANN_HOOK_DELETE_POLICY,
  annotationOptions,
} from '../model/annotations.js';
import type { K8sObject } from '../model/k8s.js';

export type HookType = 'PreSync' | 'Sync' | 'PostSync' | 'SyncFail' | 'Skip' | 'PreDelete' | 'PostDelete';
export type SyncPhase = 'PreSync' | 'Sync' | 'PostSync' | 'SyncFail';
export type HookDeletePolicy = 'HookSucceeded' | 'HookFailed' | 'BeforeHookCreation';

const ARGO_HOOK_TYPES: ReadonlySet<string> = new Set(['PreSync', 'Sync', 'PostSync', 'SyncFail', 'Skip', 'PreDelete', 'PostDelete']);
const HELM_HOOK_TYPES: Readonly<Record<string, HookType>> = {
  'pre-install': 'PreSync',
  'pre-upgrade': 'PreSync',
  'post-install': 'PostSync',
  'post-upgrade': 'PostSync',
  'pre-delete': 'PreDelete',
  'post-delete': 'PostDelete',
};
const HELM_DELETE_POLICIES: Readonly<Record<string, HookDeletePolicy>> = {
  'hook-succeeded': 'HookSucceeded',
  'hook-failed': 'HookFailed',
  'before-hook-creation': 'BeforeHookCreation',
};

/** Argo CD hook types when the argocd annotation names any valid one; otherwise Helm's mapped ones. */
export function hookTypes(obj: K8sObject): HookType[] {
  const argo = annotationOptions(obj, ANN_HOOK).filter((t) => ARGO_HOOK_TYPES.has(t)) as HookType[];
  if (argo.length > 0) return argo;
  const helm = annotationOptions(obj, ANN_HELM_HOOK);
  return [...new Set(helm.map((h) => HELM_HOOK_TYPES[h]).filter((t): t is HookType => t !== undefined))];
}

/**
 * Helm hooks Argo CD does not run at all (test hooks and the like): a `helm.sh/hook` annotation whose
 * values map to no hook type and are not `crd-install`, on an object with no argocd hook annotation.
 */
export function isDroppedHelmHook(obj: K8sObject): boolean {
  if (annotationOptions(obj, ANN_HOOK).some((t) => ARGO_HOOK_TYPES.has(t))) return false;
  const helm = annotationOptions(obj, ANN_HELM_HOOK);
  if (helm.length === 0 || helm.includes('crd-install')) return false;
  return helm.every((h) => HELM_HOOK_TYPES[h] === undefined);
}

export function isHook(obj: K8sObject): boolean {
  return hookTypes(obj).length > 0;
}

/** The sync phases a hook runs in (PreDelete/PostDelete/Skip run in none). */
export function hookPhases(obj: K8sObject): SyncPhase[] {
  return hookTypes(obj).filter((t): t is SyncPhase => t === 'PreSync' || t === 'Sync' || t === 'PostSync' || t === 'SyncFail');
}

/** Delete policies from both annotations; none given means BeforeHookCreation. */
export function hookDeletePolicies(obj: K8sObject): HookDeletePolicy[] {
  const argo = annotationOptions(obj, ANN_HOOK_DELETE_POLICY).filter(
    (p): p is HookDeletePolicy => p === 'HookSucceeded' || p === 'HookFailed' || p === 'BeforeHookCreation',
  );
  const helm = annotationOptions(obj, ANN_HELM_HOOK_DELETE_POLICY)
    .map((p) => HELM_DELETE_POLICIES[p])
    .filter((p): p is HookDeletePolicy => p !== undefined);
  const all = [...new Set([...argo, ...helm])];
  return all.length > 0 ? all : ['BeforeHookCreation'];
}
