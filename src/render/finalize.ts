// What Argo CD does to an app's rendered objects before comparing them (semantics §3, §6, §10):
// Helm hooks it never runs are dropped, namespaces are defaulted from the destination (cleared for
// cluster-scoped kinds), tracking metadata is written, and duplicate keys collapse to the last one
// with a RepeatedResourceWarning (argo-cd controller/state.go NormalizeTargetObjects,
// util/argo/resource_tracking.go SetAppInstance).
import type { AppSpec, ArgoCdConfig } from '../model/argocd.js';
import { DEFAULT_TRACKING_LABEL, instanceName, TRACKING_ID_ANNOTATION } from '../model/argocd.js';
import type { K8sObject } from '../model/k8s.js';
import { compareKeys, groupOf, identityKeys, keyOf, keyString } from '../model/k8s.js';
import { isDroppedHelmHook } from '../sync/hooks.js';
import { clusterScopedKinds, isCRD } from './cluster-scoped.js';

export const INSTALLATION_ID_ANNOTATION = 'argocd.argoproj.io/installation-id';
const LABEL_MAX_LENGTH = 63;

export type TrackingMethod = 'annotation' | 'label' | 'annotation+label';

export interface FinalizeResult {
  objects: K8sObject[];
  warnings: string[];
}

/** Answers from the destination cluster's discovery: true/false when known, undefined when not. */
export type ScopeLookup = (group: string, kind: string) => boolean | undefined;

/**
 * Final target objects of one app: copies of `objects`, never the inputs themselves, sorted by group,
 * kind, namespace, name. `isClusterScoped`, when given, is asked first; then CRDs in the output and the
 * built-in table decide; anything unknown is namespaced, as in Argo CD.
 */
export function finalizeObjects(
  objects: readonly K8sObject[],
  spec: AppSpec,
  argocdCm: ArgoCdConfig = {},
  isClusterScoped?: ScopeLookup,
): FinalizeResult {
  const appName = instanceName(spec.app);
  const destNamespace = spec.app.spec.destination?.namespace ?? '';
  const offline = clusterScopedKinds(objects);
  const clusterScoped = (group: string, kind: string): boolean => isClusterScoped?.(group, kind) ?? offline(group, kind);
  const tracking = trackingSettings(argocdCm);

  const prepared: K8sObject[] = [];
  for (const raw of objects) {
    if (isDroppedHelmHook(raw)) continue;
    const obj = structuredClone(raw);
    obj.metadata = obj.metadata ?? {};
    let namespaceChanged = false;
    if (clusterScoped(groupOf(obj.apiVersion), obj.kind)) {
      if (obj.metadata.namespace) {
        delete obj.metadata.namespace;
        namespaceChanged = true;
      }
    } else if (!obj.metadata.namespace && destNamespace) {
      obj.metadata.namespace = destNamespace;
      namespaceChanged = true;
    }
    // The repo server skips CRDs, but the controller re-tracks any object whose namespace it changed,
    // so a CRD written with a namespace does end up tracked upstream.
    if (!isCRD(obj) || namespaceChanged) setTracking(obj, appName, destNamespace, tracking);
    prepared.push(obj);
  }

  // Objects named only by generateName never collide: each has its own ordinal identity.
  const keys = identityKeys(prepared);
  const byKey = new Map<string, K8sObject[]>();
  prepared.forEach((obj, i) => {
    const k = keyString(keys[i]);
    const list = byKey.get(k);
    if (list) list.push(obj);
    else byKey.set(k, [obj]);
  });

  const warnings: string[] = [];
  const result: K8sObject[] = [];
  // Kept in render order until the stable sort below, so generateName objects keep their ordinals.
  for (const [k, list] of byKey) {
    if (list.length > 1) warnings.push(`Resource ${k} appeared ${list.length} times among application resources.`);
    result.push(list[list.length - 1]);
  }
  warnings.sort();
  result.sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
  return { objects: result, warnings };
}

interface TrackingSettings {
  method: TrackingMethod;
  labelKey: string;
  installationID: string;
}

/** argocd-cm's tracking keys; an unknown method falls back to annotation like upstream's default branch. */
export function trackingSettings(argocdCm: ArgoCdConfig = {}): TrackingSettings {
  const m = argocdCm['application.resourceTrackingMethod'];
  return {
    method: m === 'label' || m === 'annotation+label' ? m : 'annotation',
    labelKey: argocdCm['application.instanceLabelKey'] || DEFAULT_TRACKING_LABEL,
    installationID: argocdCm['installationID'] ?? '',
  };
}

/** `<app>:<group>/<kind>:<namespace>/<name>`; an object without a namespace uses the destination's. */
export function trackingId(appName: string, obj: K8sObject, destNamespace: string): string {
  const ns = obj.metadata?.namespace || destNamespace;
  return `${appName}:${groupOf(obj.apiVersion)}/${obj.kind}:${ns}/${obj.metadata?.name ?? ''}`;
}

function setTracking(obj: K8sObject, appName: string, destNamespace: string, t: TrackingSettings): void {
  if (t.method !== 'label') {
    const annotations = { ...(obj.metadata.annotations ?? {}) };
    if (t.installationID) annotations[INSTALLATION_ID_ANNOTATION] = t.installationID;
    else delete annotations[INSTALLATION_ID_ANNOTATION];
    annotations[TRACKING_ID_ANNOTATION] = trackingId(appName, obj, destNamespace);
    obj.metadata.annotations = annotations;
  }
  if (t.method !== 'annotation') {
    const value = t.method === 'annotation+label' ? truncateLabelValue(appName) : appName;
    obj.metadata.labels = { ...(obj.metadata.labels ?? {}), [t.labelKey]: value };
  }
}

/** Only informational with annotation+label, so cut to a valid label value: 63 chars ending alphanumeric. */
function truncateLabelValue(value: string): string {
  if (value.length <= LABEL_MAX_LENGTH) return value;
  return value.slice(0, LABEL_MAX_LENGTH).replace(/[^a-zA-Z0-9]+$/, '');
}
