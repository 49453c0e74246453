// Health of one live object, decided like Argo CD v3.6.1 (gitops-engine health.GetResourceHealth with
// util/lua's health override): a Lua script when one applies — argocd-cm for the exact kind, an
// argocd-cm glob, Argo CD's built-in script for the kind, a built-in wildcard script — else the
// built-in Go check; then, for an object being deleted without Argo CD's hook finalizer, "Pending
// deletion" (or the script's deletionMessage).
import { HOOK_FINALIZER } from '../model/annotations.js';
import type { ArgoCdConfig } from '../model/argocd.js';
import type { K8sObject } from '../model/k8s.js';
import { groupOf } from '../model/k8s.js';
import { builtinHealth, hasGoCheck } from './builtin.js';
import { builtinHealthScript } from './lua/builtin-scripts.js';
import { runIsolated } from './lua/isolate.js';
import { findHealthScript, healthOverrides } from './lua/overrides.js';
import type { CheckResult, HealthStatus } from './status.js';

export type { HealthStatus, HealthStatusCode } from './status.js';
export { HEALTH_ORDER, worstHealth } from './status.js';

export interface HealthOptions {
  /** `argocd-cm` data, for `resource.customizations` health scripts. */
  argocdCm?: ArgoCdConfig;
  /** Lua time budget (Argo CD: 1 s). */
  luaTimeoutMs?: number;
}

/** The object's health, or undefined when no check covers its kind and it is not being deleted. */
export function healthOf(obj: K8sObject, opts: HealthOptions = {}): HealthStatus | undefined {
  const check = healthCheckOf(obj, opts);
  // A failed check is reported as is, deleted or not.
  if (check?.error) return { status: check.status, message: check.message };
  const deleting = pendingDeletion(obj, check);
  if (deleting) return deleting;
  return check && { status: check.status, message: check.message };
}

/** Whether objects of the kind get a health check: a Lua script (argocd-cm or built in) or a Go check. */
export function hasHealthCheck(group: string, kind: string, argocdCm?: ArgoCdConfig): boolean {
  if (argocdCm && findHealthScript(healthOverrides(argocdCm), group, kind)) return true;
  return builtinHealthScript(group, kind) !== undefined || hasGoCheck(group, kind);
}

/** What the kind's check decides before deletion is considered (what Argo CD's health tests compare). */
export function healthCheckOf(obj: K8sObject, opts: HealthOptions = {}): CheckResult | undefined {
  return luaHealth(obj, opts) ?? builtinHealth(obj);
}

/** What the applicable Lua script decides; undefined without a script or when it returns nil. */
function luaHealth(obj: K8sObject, opts: HealthOptions): CheckResult | undefined {
  const group = groupOf(obj.apiVersion);
  const custom = opts.argocdCm ? findHealthScript(healthOverrides(opts.argocdCm), group, obj.kind) : undefined;
  const builtin = custom ? undefined : builtinHealthScript(group, obj.kind);
  const script = custom ?? builtin;
  if (!script) return undefined;
  const what = custom ? `argocd-cm ${custom.key}` : `${builtin!.dir} (built in)`;
  // Argo CD opens the standard libraries for its built-in scripts; a user script needs useOpenLibs.
  return runIsolated(what, script.script, obj, { useOpenLibs: custom ? custom.useOpenLibs : true, timeoutMs: opts.luaTimeoutMs });
}

/** gitops-engine pendingDeletionHealth. */
function pendingDeletion(obj: K8sObject, check: CheckResult | undefined): HealthStatus | undefined {
  const finalizers = obj.metadata?.finalizers ?? [];
  if (!obj.metadata?.deletionTimestamp || finalizers.includes(HOOK_FINALIZER)) return undefined;
  if (check?.deletionMessage) return { status: check.status, message: check.deletionMessage };
  return { status: 'Progressing', message: finalizers.length > 0 ? `Pending deletion; blocked by finalizers: ${finalizers.join(', ')}` : 'Pending deletion' };
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
