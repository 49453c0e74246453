// The live side of the PR preview (semantics §7 server-side diff): each app's objects are sent to its
// destination cluster as a server-side apply dry run with our field manager, and the predicted
// objects are compared with what is live. Head predicted vs live = what a sync of this PR would
// change; base predicted vs live = drift that is in the cluster already, not this PR's doing.
// Read-only: dry runs persist nothing.
import { mapLimited } from '../async/map-limited.js';
import { ClusterClient } from '../cluster/client.js';
import type { ExcludedResource } from '../cluster/resource-filter.js';
import type { ApiLimits } from '../cluster/rest.js';
import { isProblem, resolveDestination, type LoadedKubeconfig } from '../cluster/kubeconfig.js';
import { diffApps, type AppDiff, type AppDiffOptions } from '../diff/app-diff.js';
import type { ArgoCdConfig } from '../model/argocd.js';
import { instanceName } from '../model/argocd.js';
import { errorMessage, type Problem, toProblem } from '../model/errors.js';
import type { K8sObject } from '../model/k8s.js';
import { keyOf } from '../model/k8s.js';
import { trackingSettings } from '../render/finalize.js';
import type { RenderedApp } from '../render/types.js';
import { isHook } from '../sync/hooks.js';
import { clusterPlanState, type ClusterPlanState } from '../sync/run/sync-app.js';
import { liveExclusion } from './excluded.js';

export interface LiveDiffOptions {
  kubeconfig: LoadedKubeconfig;
  fieldManager: string;
  /** Context for https://kubernetes.default.svc; default the current one. */
  inClusterContext?: string;
  argocdCm?: ArgoCdConfig;
  diff: AppDiffOptions;
  /** Request timeout and retry window of the API clients. */
  limits?: ApiLimits;
  /** The repo's declarative cluster Secrets, through which `destination.name` resolves. */
  clusterSecrets?: readonly { name: string; server: string }[];
}

export interface LiveDiffResult {
  /** Per head app: live → head as the API server would store it. */
  syncChanges: AppDiff[];
  /** Per app on both sides: live → base as the API server would store it. */
  drift: AppDiff[];
  /** Apps whose cluster could not be reached or listed. */
  problems: Problem[];
  /** Objects whose dry run failed (compared as rendered instead), lists that were refused. */
  warnings: string[];
  /**
   * Per head app whose cluster was read: what a sync would plan against. A Map, so the result's JSON
   * (logs, outputs) never carries live objects and the Secret values in them.
   */
  planStates: Map<string, ClusterPlanState>;
}

interface Live {
  client: ClusterClient;
  objects: K8sObject[];
  state: ClusterPlanState;
}

/** Apps that failed to render on the head side are skipped; one app's cluster error never stops the others. */
export async function liveDiff(base: readonly RenderedApp[], head: readonly RenderedApp[], opts: LiveDiffOptions): Promise<LiveDiffResult> {
  const clients = new Map<string, ClusterClient>();
  const out: LiveDiffResult = { syncChanges: [], drift: [], problems: [], warnings: [], planStates: new Map() };
  const tracking = trackingSettings(opts.argocdCm);
  try {
    for (const app of head.filter((a) => a.problems.length === 0)) {
      const where = { app: app.name, file: app.spec.origin.file, line: app.spec.origin.line };
      try {
        const live = await liveOf(app, clients, opts, tracking, out.warnings);
        if (!('client' in live)) {
          out.problems.push({ ...where, ...live });
          continue;
        }
        out.planStates.set(app.name, live.state);
        const predicted = await predict(live.client, app.objects, opts.fieldManager, out.warnings);
        const liveApp = { ...app, objects: live.objects };
        out.syncChanges.push(...(await diffApps([liveApp], [{ ...app, objects: predicted }], opts.diff)));
        const previous = base.find((b) => b.name === app.name && b.problems.length === 0);
        if (previous) {
          const basePredicted = await predict(live.client, previous.objects, opts.fieldManager, out.warnings);
          out.drift.push(...(await diffApps([liveApp], [{ ...app, objects: basePredicted }], opts.diff)));
        }
      } catch (err) {
        out.problems.push(toProblem(err, where));
      }
    }
  } finally {
    for (const c of clients.values()) c.close();
  }
  out.drift = out.drift.filter((d) => d.resources.length > 0 || d.problems.length > 0);
  return out;
}

async function liveOf(
  app: RenderedApp,
  clients: Map<string, ClusterClient>,
  opts: LiveDiffOptions,
  tracking: ReturnType<typeof trackingSettings>,
  warnings: string[],
): Promise<Live | Problem> {
  const dest = resolveDestination(opts.kubeconfig.kc, app.spec.app.spec.destination, {
    app: app.name,
    inClusterContext: opts.inClusterContext,
    clusterSecrets: opts.clusterSecrets,
  });
  if (isProblem(dest)) return dest;
  let client = clients.get(dest.context);
  if (!client) {
    client = new ClusterClient(opts.kubeconfig.kc, dest.context, { shareLists: true, limits: opts.limits });
    clients.set(dest.context, client);
  }
  const { objects, state } = await readLive(client, app, tracking, warnings, { excluded: liveExclusion(app.spec, { argocdCm: opts.argocdCm, clusters: opts.clusterSecrets ?? [] }) });
  return { client, objects, state };
}

/**
 * The app's live objects: those tracked to it (prune candidates included) plus any live object at
 * a target's key, as Argo CD's managed set (semantics §6), read as the sync reads them. `objects` leaves
 * hooks out (they are not compared); `state` is what a sync would plan against.
 */
export async function readLive(
  client: ClusterClient,
  app: RenderedApp,
  tracking: ReturnType<typeof trackingSettings>,
  warnings: string[],
  opts: { refresh?: boolean; excluded?: ExcludedResource } = {},
): Promise<{ objects: K8sObject[]; state: ClusterPlanState }> {
  const managed = await client.listManaged(instanceName(app.spec.app), {
    trackingMethod: tracking.method,
    labelKey: tracking.labelKey,
    installationID: tracking.installationID,
    excluded: opts.excluded,
  });
  warnings.push(...managed.warnings.map((w) => `${app.name}: ${w}`));
  const state = await clusterPlanState(client, app.objects, managed.objects, app.spec.app.spec.destination.namespace ?? '');
  // The run's lists hold what its own writes returned, not what controllers wrote since: a fresh read.
  if (opts.refresh) state.live = (await Promise.all(state.live.map((o) => client.get(o)))).filter((o): o is K8sObject => o !== undefined);
  return { objects: state.live.filter((o) => !isHook(o)).map(typeFirst), state };
}

/** Dry runs in flight at once for one app: they are independent, and one at a time a 1,000-object app waited seconds. */
const PREDICT_CONCURRENCY = 16;

/** Each non-hook object as a server-side apply dry run would store it; the rendered object when that fails. */
export async function predict(client: ClusterClient, objects: readonly K8sObject[], fieldManager: string, warnings: string[]): Promise<K8sObject[]> {
  const results = await mapLimited(objects.filter((o) => !isHook(o)), PREDICT_CONCURRENCY, async (obj): Promise<{ obj: K8sObject; warning?: string }> => {
    try {
      return { obj: typeFirst(await client.apply(obj, { fieldManager, dryRun: true })) };
    } catch (err) {
      const k = keyOf(obj);
      // API validation messages can quote field values, so a Secret's reason is never repeated.
      const why = k.kind === 'Secret' ? 'rejected' : errorMessage(err);
      return { obj, warning: `dry run of ${k.kind} ${k.namespace ? `${k.namespace}/` : ''}${k.name} failed, compared as rendered: ${why}` };
    }
  });
  // Warnings in the objects' order, whatever order the answers came in.
  for (const r of results) if (r.warning) warnings.push(r.warning);
  return results.map((r) => r.obj);
}

/**
 * Diffs are YAML in each object's key order; reads and dry runs put apiVersion/kind in different
 * places, so both sides get the order manifests use.
 */
function typeFirst(obj: K8sObject): K8sObject {
  const { apiVersion, kind, metadata, ...rest } = obj;
  return { apiVersion, kind, metadata, ...rest };
}
