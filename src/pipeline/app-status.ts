// Each app's status as Argo CD's controller would show it (issue 15): render the checkout, read each
// app's managed live objects, predict its targets with a server-side dry run, compare (status/), and
// add the conditions. Read-only. Used by CLI `status`, the push sync (OutOfSync-only) and `reconcile`.
import { ClusterClient } from '../cluster/client.js';
import { isProblem, resolveDestination, type LoadedKubeconfig } from '../cluster/kubeconfig.js';
import { isSyncState, listRevisions } from '../cluster/lease.js';
import type { ApiLimits } from '../cluster/rest.js';
import type { LoadedProject } from '../load/types.js';
import type { ArgoCdConfig, AppSpec, ClusterSecret } from '../model/argocd.js';
import { instanceName } from '../model/argocd.js';
import { formatProblem, toProblem } from '../model/errors.js';
import type { Problem } from '../model/errors.js';
import { groupOf, keyOf, type K8sObject } from '../model/k8s.js';
import { trackedApp } from '../cluster/tracking.js';
import { trackingSettings } from '../render/finalize.js';
import type { RenderedApp } from '../render/types.js';
import type { Settings } from '../settings.js';
import { isAutomated } from '../status/auto-sync.js';
import { compareApp } from '../status/compare.js';
import { orphanCondition, orphanedResources } from '../status/orphans.js';
import type { AppCondition, AppStatus } from '../status/types.js';
import { trackingOptions } from '../sync/run/sync-app.js';
import { predict, readLive } from './live-diff.js';
import { EXCLUDED_WARNING, liveExclusion, withoutExcluded } from './excluded.js';
import { renderRepo } from './render-repo.js';

const REPEATED = / appeared \d+ times among application resources\.$/;

export interface StatusContext {
  fieldManager: string;
  argocdCm?: ArgoCdConfig;
  /** The repo's cluster Secrets: a destination name's server, which argocd-cm resource filters match. */
  clusters?: readonly ClusterSecret[];
  projects: ReadonlyMap<string, LoadedProject>;
  /** Instance names of every app of the run (objects tracked to them are not orphans). */
  knownApps: ReadonlySet<string>;
  /** Namespace of the sync history, for the last sync's outcome (SyncError). */
  stateNamespace: string;
  /** The checkout's revision; a failed recorded sync to it is a SyncError. */
  revision?: string;
  contextLines?: number;
  /** Collects lists that were refused and dry runs that failed. */
  warnings?: string[];
}

/**
 * The objects to apply and compare. Child Applications that this run syncs itself are left out of the
 * parent's targets: without an Argo CD controller in the cluster, the action plays its part.
 */
export function targetsOf(rendered: RenderedApp, byName: ReadonlyMap<string, RenderedApp>): K8sObject[] {
  return rendered.objects.filter((o) => !(groupOf(o.apiVersion) === 'argoproj.io' && o.kind === 'Application' && byName.has(o.metadata?.name ?? '')));
}

/**
 * The app's status in the cluster `client` talks to. Never throws: trouble becomes a condition.
 * `targets`: the objects the run would apply (default: all rendered ones); `refresh`: read each live
 * object again instead of trusting the run's shared lists (after a sync).
 */
export async function statusOfApp(
  app: RenderedApp,
  client: ClusterClient,
  ctx: StatusContext,
  targets: K8sObject[] = app.objects,
  opts: { refresh?: boolean } = {},
): Promise<AppStatus> {
  const base = statusShell(app.spec);
  const tracking = trackingSettings(ctx.argocdCm);
  const excluded = liveExclusion(app.spec, { argocdCm: ctx.argocdCm, clusters: ctx.clusters ?? [] });
  const warnings = ctx.warnings ?? [];
  // The render's duplicate-key and excluded-kind warnings carry Argo CD's condition messages.
  const conditions: AppCondition[] = [
    ...app.warnings.filter((w) => REPEATED.test(w)).map((message): AppCondition => ({ type: 'RepeatedResourceWarning', message })),
    ...app.warnings.filter((w) => EXCLUDED_WARNING.test(w)).map((message): AppCondition => ({ type: 'ExcludedResourceWarning', message })),
  ];
  const renderFailed = app.problems.length > 0;
  if (renderFailed) conditions.push({ type: 'ComparisonError', message: `Failed to load target state: ${app.problems.map(formatProblem).join('; ')}` });
  const failed = (what: string, err: unknown): AppStatus => {
    const p = toProblem(err, { app: app.name, file: app.spec.origin.file, line: app.spec.origin.line });
    return { ...base, conditions: [...conditions, { type: 'ComparisonError', message: `${what}: ${formatProblem(p)}` }] };
  };
  let live: Awaited<ReturnType<typeof readLive>>;
  let predicted: K8sObject[];
  try {
    live = await readLive(client, { ...app, objects: targets }, tracking, warnings, { ...opts, excluded });
    predicted = renderFailed ? [] : await predict(client, targets, ctx.fieldManager, warnings);
  } catch (err) {
    return failed('Failed to load live state', err);
  }
  try {
    const compared = await compareApp({
      app: app.name,
      predicted,
      live: live.objects,
      normalize: { ignoreDifferences: app.spec.app.spec.ignoreDifferences, argocdCm: ctx.argocdCm, app: app.name },
      health: { argocdCm: ctx.argocdCm },
      contextLines: ctx.contextLines,
    });
    conditions.push(...sharedResources(live.objects, instanceName(app.spec.app), ctx));
    const project = ctx.projects.get(app.spec.app.spec.project || 'default')?.project;
    const namespace = app.spec.app.spec.destination.namespace ?? '';
    if (project?.spec.orphanedResources && namespace) {
      const top = await client.listTopLevel(namespace, { excluded });
      warnings.push(...top.warnings.map((w) => `${app.name}: ${w}`));
      const orphans = orphanedResources({
        project,
        namespaceObjects: top.objects.filter((o) => !isSyncState(o)),
        managed: compared.resources.map((r) => r.key),
        knownApps: ctx.knownApps,
        tracking: trackingOptions(ctx.argocdCm),
      });
      const c = orphanCondition(project, orphans);
      if (c) conditions.push(c);
    }
    const lastSync = ctx.revision ? (await listRevisions(client, app.name, { namespace: ctx.stateNamespace }))[0] : undefined;
    if (lastSync && lastSync.revision === ctx.revision && lastSync.status !== 'Succeeded' && lastSync.status !== 'Synced') {
      conditions.push({ type: 'SyncError', message: `Failed last sync attempt to ${lastSync.revision}: ${lastSync.status}` });
    }
    // Without the target state nothing can be said about sync (Argo CD: Unknown); health still stands.
    const resources = renderFailed ? compared.resources.map((r) => ({ ...r, status: 'Unknown' as const, diff: undefined })) : compared.resources;
    return {
      ...base,
      sync: renderFailed ? 'Unknown' : compared.sync,
      health: compared.health.status,
      healthMessage: compared.health.message,
      conditions,
      resources,
    };
  } catch (err) {
    // A broken ignoreDifferences rule (with its field), or a cluster that failed the extra reads.
    return failed('Failed to compare desired state to live state', err);
  }
}

/** Status before anything is known: Unknown, no conditions. */
export function statusShell(spec: AppSpec): AppStatus {
  const s = spec.app.spec;
  return {
    name: spec.app.metadata.name,
    project: s.project || 'default',
    cluster: s.destination.server || s.destination.name || '',
    namespace: s.destination.namespace ?? '',
    sync: 'Unknown',
    health: 'Unknown',
    healthMessage: '',
    syncPolicy: syncPolicyOf(spec),
    conditions: [],
    resources: [],
  };
}

/** argocd app list's SYNCPOLICY: Manual, Auto, Auto-Prune. */
export function syncPolicyOf(spec: AppSpec): string {
  if (!isAutomated(spec)) return 'Manual';
  return spec.app.spec.syncPolicy?.automated?.prune ? 'Auto-Prune' : 'Auto';
}

/** SharedResourceWarning per live object another app tracks. */
function sharedResources(live: readonly K8sObject[], instance: string, ctx: StatusContext): AppCondition[] {
  const tracking = trackingOptions(ctx.argocdCm);
  return live.flatMap((o) => {
    const owner = trackedApp(o, tracking);
    return owner && owner !== instance ? [{ type: 'SharedResourceWarning' as const, message: `${o.kind}/${keyOf(o).name} is part of applications ${instance} and ${owner}` }] : [];
  });
}

export interface RepoStatusOptions {
  kubeconfig: LoadedKubeconfig;
  limits?: ApiLimits;
  log?: (message: string) => void;
}

export interface RepoStatus {
  statuses: AppStatus[];
  /** The render behind them, for callers that go on to sync. */
  rendered: RenderedApp[];
  revision?: string;
  /** Problems that belong to no app (specs that failed to load, missing tools). */
  problems: string[];
  warnings: string[];
}

/** Every app of the checkout, in the repo's order; one app's trouble never stops the others. */
export async function repoStatus(settings: Settings, opts: RepoStatusOptions): Promise<RepoStatus> {
  const repo = withoutExcluded(await renderRepo(settings, opts.log));
  const ctx: StatusContext = {
    fieldManager: settings.sync.fieldManager,
    argocdCm: repo.loaded.argocdCm,
    clusters: repo.loaded.clusters,
    projects: repo.loaded.projects,
    knownApps: new Set(repo.rendered.map((a) => instanceName(a.spec.app))),
    stateNamespace: settings.sync.stateNamespace,
    revision: repo.revision,
    contextLines: settings.diff.contextLines,
  };
  const clients = new Map<string, ClusterClient>();
  const statuses: AppStatus[] = [];
  const warnings: string[] = [];
  ctx.warnings = warnings;
  const byName = new Map(repo.rendered.map((a) => [a.name, a]));
  try {
    for (const app of repo.rendered) {
      const client = clientForApp(app.spec, opts.kubeconfig, clients, { clusters: repo.loaded.clusters, inClusterContext: settings.sync.inClusterContext, limits: opts.limits });
      if ('message' in client) {
        statuses.push({ ...statusShell(app.spec), conditions: [{ type: 'InvalidSpecError', message: formatProblem({ ...client, file: app.spec.origin.file, line: app.spec.origin.line }) }] });
        continue;
      }
      statuses.push(await statusOfApp(app, client, ctx, targetsOf(app, byName)));
    }
  } finally {
    for (const c of clients.values()) c.close();
  }
  return { statuses, rendered: repo.rendered, revision: repo.revision, problems: repo.problems.map(formatProblem), warnings };
}

/** The shared client of the app's destination cluster, or why there is none. */
export function clientForApp(
  spec: AppSpec,
  kube: LoadedKubeconfig,
  clients: Map<string, ClusterClient>,
  opts: { clusters?: readonly ClusterSecret[]; inClusterContext?: string; limits?: ApiLimits },
): ClusterClient | Problem {
  const dest = resolveDestination(kube.kc, spec.app.spec.destination, { app: spec.app.metadata.name, inClusterContext: opts.inClusterContext, clusterSecrets: opts.clusters });
  if (isProblem(dest)) return dest;
  let c = clients.get(dest.context);
  if (!c) {
    // One client per cluster for the whole run: its discovery and lists serve every app.
    c = new ClusterClient(kube.kc, dest.context, { shareLists: true, limits: opts.limits });
    clients.set(dest.context, c);
  }
  return c;
}
