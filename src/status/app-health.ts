// An app's aggregate health from its resources (argo-cd v3.6.1 controller/health.go
// setApplicationHealth): hooks and `ignore-healthcheck` resources skipped; a missing resource does not
// lower the app's health (OutOfSync already says so) unless no resource exists at all, then Missing;
// a child Application's Missing/Unknown is ignored; the worst status wins, its resources are the cause.
import { ANN_IGNORE_HEALTHCHECK, annotation } from '../model/annotations.js';
import { HEALTH_ORDER, type HealthStatus, type HealthStatusCode } from '../health/status.js';
import type { K8sObject, ResourceKey } from '../model/k8s.js';

export interface HealthInput {
  key: ResourceKey;
  target?: K8sObject;
  live?: K8sObject;
  /** The live object's own health (undefined: its kind has no check). */
  health?: HealthStatus;
}

/** Argo CD shows at most this many causes. */
const MAX_CAUSES = 3;

export function appHealth(resources: readonly HealthInput[], appName: string): { status: HealthStatusCode; message: string } {
  let status: HealthStatusCode = 'Healthy';
  let causes: ResourceKey[] = [];
  let containsResources = false;
  let containsLive = false;
  for (const r of resources) {
    containsResources = true;
    if (r.live) containsLive = true;
    if (annotation(r.live, ANN_IGNORE_HEALTHCHECK) === 'true') continue;
    // A missing resource is reported by the sync status, not the health.
    if (!r.live) continue;
    // An app that manages its own Application object does not judge itself.
    if (isApplication(r.key) && r.key.name === appName) continue;
    const h = r.health;
    if (!h) continue;
    if (isApplication(r.key) && (h.status === 'Missing' || h.status === 'Unknown')) continue;
    if (HEALTH_ORDER.indexOf(h.status) > HEALTH_ORDER.indexOf(status)) {
      status = h.status;
      causes = [r.key];
    } else if (h.status === status && status !== 'Healthy') {
      causes.push(r.key);
    }
  }
  if (containsResources && !containsLive && HEALTH_ORDER.indexOf('Missing') > HEALTH_ORDER.indexOf(status)) return { status: 'Missing', message: '' };
  return { status, message: causeMessage(causes) };
}

function isApplication(k: ResourceKey): boolean {
  return k.group === 'argoproj.io' && k.kind === 'Application';
}

function causeMessage(causes: readonly ResourceKey[]): string {
  if (causes.length === 0) return '';
  const parts = causes.slice(0, MAX_CAUSES).map((c) => `${c.group ? `${c.group}/` : ''}${c.kind}:${c.namespace ? `${c.namespace}/` : ''}${c.name}`);
  const more = causes.length > MAX_CAUSES ? ` and ${causes.length - MAX_CAUSES} more` : '';
  return `Caused by ${parts.join(', ')}${more}`;
}
