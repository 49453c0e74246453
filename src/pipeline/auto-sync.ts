// The controller's side of a run (issue 15): before an app is synced, its status against the
// cluster, and whether Argo CD's rules would sync it now (status/auto-sync.ts). Push runs with
// sync-policy argocd and scheduled reconcile runs ask this; a manual run (workflow_dispatch) does not.
import type { ClusterClient } from '../cluster/client.js';
import { listRevisions } from '../cluster/lease.js';
import type { K8sObject, ResourceKey } from '../model/k8s.js';
import type { RenderedApp } from '../render/types.js';
import { sleep } from '../async/sleep.js';
import { pushDecision, reconcileDecision, selfHealBackoffMs, type SyncDecision } from '../status/auto-sync.js';
import type { AppSyncResult } from '../sync/run/sync-app.js';
import type { AppStatus } from '../status/types.js';
import { statusOfApp, type StatusContext } from './app-status.js';

export type RunPolicy = 'push' | 'reconcile';

export async function decideApp(
  policy: RunPolicy,
  app: RenderedApp,
  client: ClusterClient,
  ctx: StatusContext & { prune: boolean },
  targets: K8sObject[],
): Promise<{ status: AppStatus; decision: SyncDecision }> {
  const status = await statusOfApp(app, client, ctx, targets);
  const last = (await listRevisions(client, app.name, { namespace: ctx.stateNamespace }))[0];
  const input = { spec: app.spec, status, revision: ctx.revision, last, prune: ctx.prune };
  return { status, decision: policy === 'push' ? pushDecision(input) : reconcileDecision(input) };
}

/** Self-heal syncs of one app within one run (Argo CD keeps trying across refreshes; a run ends). */
const SELF_HEAL_ATTEMPTS = 3;

/**
 * The sync the controller decided on, and the app's status after it; a self-heal is repeated after
 * Argo CD's self-heal backoff while the drift persists.
 */
export async function syncAsController(
  decision: Extract<SyncDecision, { sync: true }>,
  run: {
    sync: (only?: ResourceKey[]) => Promise<AppSyncResult>;
    status: () => Promise<AppStatus>;
    dryRun: boolean;
    signal?: AbortSignal;
    log: (message: string) => void;
    /** The wait between attempts (tests pass a recorder). */
    wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  },
): Promise<{ result: AppSyncResult; status?: AppStatus }> {
  let result = await run.sync(decision.only);
  // A dry run changed nothing: the status from before stands.
  if (run.dryRun) return { result };
  let status = await run.status();
  for (let attempt = 1; decision.selfHeal && status.sync === 'OutOfSync' && result.outcome.phase === 'Succeeded' && attempt < SELF_HEAL_ATTEMPTS; attempt++) {
    const wait = selfHealBackoffMs(attempt);
    run.log(`still OutOfSync after self-heal attempt ${attempt}; next attempt in ${wait / 1000}s`);
    await (run.wait ?? sleep)(wait, run.signal);
    if (run.signal?.aborted) break;
    result = await run.sync(status.resources.filter((r) => r.status !== undefined && r.status !== 'Synced').map((r) => r.key));
    status = await run.status();
  }
  return { result, status };
}
