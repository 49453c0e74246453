// Argo CD annotation keys and the way Argo CD parses option-list annotations (semantics §0).
import type { K8sObject } from './k8s.js';

export const ANN_SYNC_OPTIONS = 'argocd.argoproj.io/sync-options';
export const ANN_COMPARE_OPTIONS = 'argocd.argoproj.io/compare-options';
export const ANN_SYNC_WAVE = 'argocd.argoproj.io/sync-wave';
export const ANN_HOOK = 'argocd.argoproj.io/hook';
export const ANN_HOOK_DELETE_POLICY = 'argocd.argoproj.io/hook-delete-policy';
export const ANN_HELM_HOOK = 'helm.sh/hook';
export const ANN_HELM_HOOK_WEIGHT = 'helm.sh/hook-weight';
export const ANN_HELM_HOOK_DELETE_POLICY = 'helm.sh/hook-delete-policy';
export const ANN_IGNORE_HEALTHCHECK = 'argocd.argoproj.io/ignore-healthcheck';
export const ANN_IGNORE_RESTART_POLICY = 'argocd.argoproj.io/ignore-restart-policy';
/** Keeps a hook object around until its outcome was read (gitops-engine hook.HookFinalizer). */
export const HOOK_FINALIZER = 'argocd.argoproj.io/hook-finalizer';

/** Split on `,`, trim, drop empties, dedupe (order kept). */
export function parseOptionList(value: string | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((s) => s.trim()).filter((s) => s.length > 0))];
}

export function annotation(obj: K8sObject | undefined, key: string): string | undefined {
  return obj?.metadata?.annotations?.[key];
}

export function annotationOptions(obj: K8sObject | undefined, key: string): string[] {
  return parseOptionList(annotation(obj, key));
}

/** True when the resource's sync-options annotation holds exactly `option` (e.g. `Prune=false`). */
export function hasSyncOption(obj: K8sObject | undefined, option: string): boolean {
  return annotationOptions(obj, ANN_SYNC_OPTIONS).includes(option);
}

/** Value of `key=value` in an option list: the text after the first `key=`. */
export function optionValue(options: readonly string[], key: string): string | undefined {
  const prefix = `${key}=`;
  const hit = options.find((o) => o.startsWith(prefix));
  return hit === undefined ? undefined : hit.slice(prefix.length);
}
