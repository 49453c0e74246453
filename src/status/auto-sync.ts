// Whether an app is synced, by Argo CD's controller rules (argo-cd v3.6.1 controller/appcontroller.go
// autoSync): only an automated app that is OutOfSync; never one that only needs pruning while
// automated prune is off; a revision already synced is synced again only by selfHeal, and then only
// the resources that are not Synced; a failed sync to the same revision is not retried (SyncError).
import type { AppSpec } from '../model/argocd.js';
import type { ResourceKey } from '../model/k8s.js';
import type { AppStatus } from './types.js';

export type SyncDecision =
  | { sync: true; reason: string; selfHeal: boolean; only?: ResourceKey[] }
  | { sync: false; reason: string };

export interface DecisionInput {
  spec: AppSpec;
  status: AppStatus;
  /** The checkout's revision. */
  revision?: string;
  /** The app's last recorded sync in its cluster (status `Synced`: a push had nothing to apply). */
  last?: { revision: string; status: string };
  /** Input `prune`: prune even when the automated policy does not. */
  prune: boolean;
}

export function isAutomated(spec: AppSpec): boolean {
  const a = spec.app.spec.syncPolicy?.automated;
  return !!a && a.enabled !== false;
}

/** How to sync an app the policy leaves alone: Argo CD's Sync button is a workflow_dispatch naming it. */
export function manualHint(app: string): string {
  return `sync it with a workflow_dispatch run whose input app is ${app}`;
}

/** A push (input sync-policy: argocd): a new revision of automated apps, synced when OutOfSync. */
export function pushDecision(input: DecisionInput): SyncDecision {
  const { spec, status } = input;
  const app = spec.app.metadata.name;
  if (!isAutomated(spec)) {
    return { sync: false, reason: status.sync === 'Synced' ? 'Synced; no automated sync policy' : `${status.sync}; no automated sync policy, so not synced on push: ${manualHint(app)}` };
  }
  if (status.sync === 'Synced') return { sync: false, reason: `Synced, nothing to do (health ${status.health})` };
  return pruneOnly(input) ?? { sync: true, reason: `automated sync: ${status.sync}`, selfHeal: false };
}

/** A scheduled run (mode reconcile): Argo CD's reconciliation of the checkout against the cluster. */
export function reconcileDecision(input: DecisionInput): SyncDecision {
  const { spec, status, revision, last } = input;
  const app = spec.app.metadata.name;
  if (status.sync !== 'OutOfSync') return { sync: false, reason: status.sync === 'Synced' ? `Synced (health ${status.health})` : `status ${status.sync}: not synced` };
  if (!isAutomated(spec)) return { sync: false, reason: `OutOfSync; no automated sync policy, drift reported only: ${manualHint(app)}` };
  const prune = pruneOnly(input);
  if (prune) return prune;
  // A revision this app never synced to is a plain automated sync, whatever selfHeal says.
  if (!last || !revision || last.revision !== revision) return { sync: true, reason: `automated sync to ${short(revision)}`, selfHeal: false };
  // `Synced`: a push found the app at this revision already and had nothing to apply.
  if (last.status !== 'Succeeded' && last.status !== 'Synced') return { sync: false, reason: `Failed last sync attempt to ${short(revision)} (${last.status}): not retried until the next revision` };
  if (spec.app.spec.syncPolicy?.automated?.selfHeal !== true) {
    return { sync: false, reason: `OutOfSync; most recent sync already to ${short(revision)} and selfHeal is off: drift reported, not reverted` };
  }
  const only = status.resources.filter((r) => r.status !== undefined && r.status !== 'Synced').map((r) => r.key);
  return { sync: true, reason: `self-heal: ${only.length} resource(s) out of sync`, selfHeal: true, only };
}

/** Argo CD skips an automated sync that would only prune while automated prune is off. */
function pruneOnly({ spec, status, prune }: DecisionInput): SyncDecision | undefined {
  if (prune || spec.app.spec.syncPolicy?.automated?.prune === true) return undefined;
  const pending = status.resources.filter((r) => r.status !== undefined && r.status !== 'Synced');
  if (pending.length === 0 || !pending.every((r) => r.requiresPruning)) return undefined;
  return { sync: false, reason: 'OutOfSync; needs to prune extra resources only, but automated prune is disabled' };
}

const short = (rev: string | undefined): string => (rev ? rev.slice(0, 7) : 'the checkout');

/**
 * Wait before self-heal attempt `attempt` + 1 of one run (controller flags
 * --self-heal-backoff-timeout-seconds 2, factor 3, cap 300 s): 2 s, 6 s, 18 s, ...
 */
export function selfHealBackoffMs(attempt: number): number {
  return Math.min(2_000 * 3 ** Math.max(0, attempt - 1), 300_000);
}

/** An automated sync operation retries by the app's `retry`, else 5 times (autoSync's default RetryStrategy). */
export function withAutomatedRetry(spec: AppSpec): AppSpec {
  const policy = spec.app.spec.syncPolicy ?? {};
  if (policy.retry) return spec;
  return { ...spec, app: { ...spec.app, spec: { ...spec.app.spec, syncPolicy: { ...policy, retry: { limit: 5 } } } } };
}
