// Health of one live object, decided like Argo CD (gitops-engine health.GetResourceHealth): deletion
// pending first, then a custom Lua check from argocd-cm, then the built-in check for the kind.
import type { ArgoCdConfig } from '../model/argocd.js';
import type { K8sObject } from '../model/k8s.js';
import { groupOf } from '../model/k8s.js';
import { builtinHealth } from './builtin.js';
import { findHealthScript, healthOverrides } from './lua/overrides.js';
import { runHealthScript } from './lua/vm.js';
import type { HealthStatus } from './status.js';

export type { HealthStatus, HealthStatusCode } from './status.js';
export { HEALTH_ORDER, worstHealth } from './status.js';

export interface HealthOptions {
  /** `argocd-cm` data, for `resource.customizations` health scripts. */
  argocdCm?: ArgoCdConfig;
  /** Lua time budget (Argo CD: 1 s). */
  luaTimeoutMs?: number;
}

/** The object's health, or undefined when neither a custom nor a built-in check covers its kind. */
export function healthOf(obj: K8sObject, opts: HealthOptions = {}): HealthStatus | undefined {
  if (obj.metadata?.deletionTimestamp) return { status: 'Progressing', message: 'Pending deletion' };
  if (opts.argocdCm) {
    const found = findHealthScript(healthOverrides(opts.argocdCm), groupOf(obj.apiVersion), obj.kind);
    if (found) return runHealthScript(found.script, obj, { useOpenLibs: found.useOpenLibs, timeoutMs: opts.luaTimeoutMs });
  }
  return builtinHealth(obj);
}

export type HookPhase = 'Running' | 'Succeeded' | 'Failed';

/**
 * Where a hook stands (gitops-engine getOperationPhase): Healthy → Succeeded, Progressing/Suspended →
 * Running, Degraded/Unknown → Failed; a kind without any health check succeeds at once.
 */
export function hookOutcome(obj: K8sObject, opts: HealthOptions = {}): { phase: HookPhase; message: string } {
  const health = healthOf(obj, opts);
  if (!health) return { phase: 'Succeeded', message: `${obj.metadata?.name ?? ''} created` };
  switch (health.status) {
    case 'Healthy':
      return { phase: 'Succeeded', message: health.message };
    case 'Progressing':
    case 'Suspended':
      return { phase: 'Running', message: health.message };
    case 'Degraded':
    case 'Unknown':
      return { phase: 'Failed', message: health.message };
    default:
      // Upstream's switch has no Missing case, so the initial "created" result stands.
      return { phase: 'Succeeded', message: `${obj.metadata?.name ?? ''} created` };
  }
}

/** `<Kind>/<name>` TAB status TAB message, `none` for kinds without a check (CLI `health FILE...`). */
export function formatHealth(obj: K8sObject, health: HealthStatus | undefined): string {
  const who = `${obj.kind}/${obj.metadata?.name ?? ''}`;
  return health ? `${who}\t${health.status}\t${health.message}` : `${who}\tnone\t`;
}
