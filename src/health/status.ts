// Health statuses and their order, as Argo CD ranks them (gitops-engine pkg/health/health.go).

export type HealthStatusCode = 'Healthy' | 'Suspended' | 'Progressing' | 'Missing' | 'Degraded' | 'Unknown';

export interface HealthStatus {
  status: HealthStatusCode;
  message: string;
}

/**
 * What one check (a Go check or a Lua script) decided, before deletion is considered: `error` marks a
 * failed check (Argo CD returns its Unknown as is), `deletionMessage` a script's wording for an object
 * being deleted.
 */
export interface CheckResult extends HealthStatus {
  error?: boolean;
  deletionMessage?: string;
}

/** Best to worst. */
export const HEALTH_ORDER: readonly HealthStatusCode[] = ['Healthy', 'Suspended', 'Progressing', 'Missing', 'Degraded', 'Unknown'];

export function isHealthStatusCode(v: unknown): v is HealthStatusCode {
  return typeof v === 'string' && (HEALTH_ORDER as readonly string[]).includes(v);
}

/** The worst status in the list; an empty list is Healthy (Argo CD starts an app's health there). */
export function worstHealth(list: readonly (HealthStatusCode | HealthStatus)[]): HealthStatusCode {
  let worst: HealthStatusCode = 'Healthy';
  for (const item of list) {
    const code = typeof item === 'string' ? item : item.status;
    if (HEALTH_ORDER.indexOf(code) > HEALTH_ORDER.indexOf(worst)) worst = code;
  }
  return worst;
}
