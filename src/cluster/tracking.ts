// Which live objects an app owns (semantics §6; argo-cd util/argo/resource_tracking.go and the
// self-reference guard in controller/state.go isSelfReferencedObj).
import { TRACKING_ID_ANNOTATION } from '../model/argocd.js';
import type { K8sObject } from '../model/k8s.js';
import { groupOf } from '../model/k8s.js';
import type { TrackingMethod } from '../render/finalize.js';
import { INSTALLATION_ID_ANNOTATION } from '../render/finalize.js';

export interface TrackingOptions {
  trackingMethod: TrackingMethod;
  /** Label key for label tracking (argocd-cm application.instanceLabelKey). */
  labelKey: string;
  /** argocd-cm installationID; objects must carry the same one (none = none). */
  installationID?: string;
}

export interface TrackingId {
  app: string;
  group: string;
  kind: string;
  namespace: string;
  name: string;
}

/** `<app>:<group>/<kind>:<namespace>/<name>`, or undefined when the value has another shape. */
export function parseTrackingId(value: string | undefined): TrackingId | undefined {
  if (!value) return undefined;
  const parts = value.split(':');
  if (parts.length !== 3) return undefined;
  const gk = parts[1].split('/');
  const nn = parts[2].split('/');
  if (gk.length !== 2 || nn.length !== 2) return undefined;
  return { app: parts[0], group: gk[0], kind: gk[1], namespace: nn[0], name: nn[1] };
}

/** The app a live object is tracked to, or undefined (annotation methods read the tracking-id). */
export function trackedApp(obj: K8sObject, opts: TrackingOptions): string | undefined {
  if (opts.trackingMethod === 'label') return obj.metadata?.labels?.[opts.labelKey] || undefined;
  const annotations = obj.metadata?.annotations ?? {};
  if ((annotations[INSTALLATION_ID_ANNOTATION] ?? '') !== (opts.installationID ?? '')) return undefined;
  return parseTrackingId(annotations[TRACKING_ID_ANNOTATION])?.app;
}

/**
 * True when `obj` belongs to `app`: tracked to it, not owned by another object, and (annotation
 * methods) its tracking-id names the object itself, so a copied annotation does not make it ours.
 */
export function isManagedBy(obj: K8sObject, app: string, opts: TrackingOptions): boolean {
  if ((obj.metadata?.ownerReferences ?? []).length > 0) return false;
  if (trackedApp(obj, opts) !== app) return false;
  if (opts.trackingMethod === 'label') return true;
  const id = parseTrackingId(obj.metadata?.annotations?.[TRACKING_ID_ANNOTATION]);
  if (!id) return false;
  const ns = obj.metadata?.namespace ?? '';
  return (ns === id.namespace || ns === '') && obj.metadata?.name === id.name && groupOf(obj.apiVersion) === id.group && obj.kind === id.kind;
}
