// The controller's side of a run (issue 15): before an app is synced, its status against the
// cluster, and whether Argo CD's rules would sync it now (status/auto-sync.ts). Push runs with
// sync-policy argocd and scheduled reconcile runs ask this; a manual run (workflow_dispatch) does not.
import type { ClusterClient } from '../cluster/client.js';
import { listRevisions } from '../cluster/lease.js';
import type { K8sObject } from '../model/k8s.js';
import type { RenderedApp } from '../render/types.js';
import { pushDecision, reconcileDecision, type SyncDecision } from '../status/auto-sync.js';
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
