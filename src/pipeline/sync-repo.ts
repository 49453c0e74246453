// Deploy every app of a checkout (issue 6): render, resolve each destination to a kubeconfig
// context, gate on project policy and sync windows, then sync the apps in order — parents before
// children, by their sync-wave, same step in parallel — and hand back one report per app.
import { setMaxListeners } from 'node:events';
import { hostname } from 'node:os';
import { ClusterClient } from '../cluster/client.js';
import type { LoadedKubeconfig } from '../cluster/kubeconfig.js';
import { isProblem, loadKubeconfig, resolveDestination } from '../cluster/kubeconfig.js';
import type { ApiLimits } from '../cluster/rest.js';
import { debug, timed } from '../log/debug.js';
import { formatProblem, toProblem } from '../model/errors.js';
import { liveExclusion, withoutExcluded } from './excluded.js';
import { renderRepo } from './render-repo.js';
import { checkApp } from '../policy/project.js';
import { syncWindowState } from '../policy/sync-windows.js';
import type { RenderCache } from '../render/cache/render-cache.js';
import type { RenderedApp } from '../render/types.js';
import type { AppReport } from '../report/sync-report.js';
import type { Settings } from '../settings.js';
import type { LoadedAppSet } from '../load/types.js';
import { orderedApp, runInOrder } from '../sync/run/order.js';
import type { SyncOutcome } from '../sync/run/result.js';
import { stoppedSummary } from '../sync/run/result.js';
import { rollbackApp } from './rollback.js';
import { planRollingSync, rollingSteps, runRollingSync, type RollingPlan } from '../sync/run/rolling-sync.js';
import { syncApp, type AppSyncResult } from '../sync/run/sync-app.js';
import type { ResourceKey } from '../model/k8s.js';
import { recordRevision } from '../cluster/lease.js';
import { instanceName } from '../model/argocd.js';
import { withAutomatedRetry } from '../status/auto-sync.js';
import type { AppStatus } from '../status/types.js';
import { statusOfApp, targetsOf } from './app-status.js';
import { decideApp, syncAsController, type RunPolicy } from './auto-sync.js';

export interface SyncRepoOptions {
  log?: (message: string) => void;
  signal?: AbortSignal;
  /** ARGOCD_SYNC_WAVE_DELAY in milliseconds. */
  waveDelayMs: number;
  /** Lease holder identity; default host and pid. */
  holder?: string;
  /** A user-triggered run (workflow_dispatch): sync windows with manualSync let it through. */
  manual?: boolean;
  now?: Date;
  /** Called once an app passed its gates, just before its sync starts (GitHub Deployments hang on it). */
  onAppStart?: (app: string, destination: NonNullable<AppReport['destination']>) => Promise<void>;
  /** Called with every app's final report (after any rollback) as soon as it has one. */
  onAppEnd?: (report: AppReport) => Promise<void>;
  /** Where the renders are also stored for later previews (write-only: a sync never reads them). */
  renderCache?: RenderCache;
  /**
   * Argo CD's controller rules decide which apps sync (push: automated and OutOfSync; reconcile: also
   * selfHeal of drift). Unset: every selected app syncs (a manual run, or sync-policy all).
   */
  policy?: RunPolicy;
}

export interface SyncRepoResult {
  reports: AppReport[];
  /** Problems that belong to no app (specs that failed to load, missing tools). */
  problems: string[];
}

export async function syncRepo(settings: Settings, opts: SyncRepoOptions): Promise<SyncRepoResult> {
  const s = settings.sync;
  const log = opts.log ?? (() => undefined);
  // Every wait of every app listens on the run's one signal, hundreds at once by design, and each
  // removes its listener when done: Node's leak warning past 10 listeners does not apply.
  if (opts.signal) setMaxListeners(0, opts.signal);
  if (!s.kubeconfig) throw new Error('input kubeconfig: a kubeconfig is needed to sync');
  const kube = await loadKubeconfig(s.kubeconfig);

  const repo = withoutExcluded(await renderRepo(settings, log, opts.renderCache ? { cache: opts.renderCache } : {}));
  debug(() => `kubeconfig contexts: ${[...kube.kc.getContexts().map((c) => c.name)].join(', ')}`);
  const clients = new Map<string, ClusterClient>();
  // Destination names resolve through the repo's cluster Secrets first, as in Argo CD.
  const clusters = new Map([
    ...kube.kc.getContexts().map((c): [string, string] => [c.name, kube.kc.getCluster(c.cluster)?.server ?? '']),
    ...repo.loaded.clusters.map((c): [string, string] => [c.name, c.server]),
  ]);
  const statusCtx = {
    fieldManager: s.fieldManager,
    argocdCm: repo.loaded.argocdCm,
    clusters: repo.loaded.clusters,
    projects: repo.loaded.projects,
    knownApps: new Set(repo.rendered.map((a) => instanceName(a.spec.app))),
    stateNamespace: s.stateNamespace,
    revision: repo.revision,
    contextLines: settings.diff.contextLines,
    prune: s.prune,
  };
  const byName = new Map(repo.rendered.map((a) => [a.name, a]));
  const reports = new Map<string, AppReport>();

  const syncOne = async (rendered: RenderedApp, gate: boolean): Promise<AppReport> => {
    const app = rendered.name;
    const failed = (message: string, phase: SyncOutcome['phase'] = 'Error'): AppReport => ({
      app,
      outcome: { phase, message, tasks: [], waves: [] },
      retries: 0,
      startedAt: new Date().toISOString(),
      finishedAt: new Date().toISOString(),
      warnings: rendered.warnings,
      revision: repo.revision,
    });
    if (rendered.problems.length > 0) return failed(rendered.problems.map(formatProblem).join('; '));
    const spec = rendered.spec;
    const dest = resolveDestination(kube.kc, spec.app.spec.destination, { app, inClusterContext: s.inClusterContext, clusterSecrets: repo.loaded.clusters });
    if (isProblem(dest)) return failed(formatProblem({ ...dest, file: spec.origin.file, line: spec.origin.line }));
    const violations = checkApp({ spec, objects: rendered.objects }, repo.loaded.projects, { clusters });
    if (violations.length > 0) return failed(violations.map((v) => v.message).join('; '), 'Failed');
    const client = clientFor(clients, kube, dest.context, { requestTimeoutMs: s.requestTimeoutMs, retryMs: s.apiRetryMs, log });
    const decided = opts.policy ? await decideApp(opts.policy, rendered, client, statusCtx, targetsOf(rendered, byName)) : undefined;
    if (decided) {
      log(`${app}: ${decided.status.sync}, ${decided.status.health}: ${decided.decision.reason}`);
      if (!decided.decision.sync) {
        if (opts.policy === 'push' && decided.status.sync === 'Synced' && repo.revision && !s.dryRun) {
          // The app is at this revision already: a later drift is self-heal's business, not a new revision's sync.
          await recordRevision(client, app, { revision: repo.revision, status: 'Synced', at: new Date() }, { namespace: s.stateNamespace }).catch((err: unknown) =>
            log(`${app}: recording the revision failed: ${toProblem(err).message}`),
          );
        }
        return { ...failed(decided.decision.reason, 'Succeeded'), skipped: true, status: decided.status };
      }
    }
    const project = repo.loaded.projects.get(spec.app.spec.project || 'default')?.project;
    if (project && !s.ignoreSyncWindows) {
      const windows = syncWindowState(project, { name: app, destination: spec.app.spec.destination }, opts.now ?? new Date(), { manual: opts.manual ?? false });
      for (const w of windows.warnings) log(`${app}: ${w}`);
      if (!windows.allowed) return { ...failed(windows.message, 'Failed'), ...(decided ? { status: decided.status } : {}) };
    }
    const destination = { context: dest.context, server: dest.server, namespace: spec.app.spec.destination.namespace ?? '' };
    const settingsForApp = {
      fieldManager: s.fieldManager,
      prune: s.prune,
      confirmPrune: s.confirmPrune,
      dryRun: s.dryRun,
      wait: s.wait || gate,
      healthTimeoutMs: s.healthTimeoutMs,
      waveDelayMs: opts.waveDelayMs,
      stateNamespace: s.stateNamespace,
      holder: opts.holder ?? `${hostname()} pid ${process.pid}`,
      leaseSeconds: 60,
      lockWaitMs: s.lockTimeoutMs,
    };
    const input = {
      spec,
      objects: targetsOf(rendered, byName),
      client,
      revision: repo.revision,
      argocdCm: repo.loaded.argocdCm,
      excluded: liveExclusion(spec, repo.loaded),
      settings: settingsForApp,
      signal: opts.signal,
      log,
    };
    log(`${app}: syncing to ${dest.context} (${dest.server}) namespace ${destination.namespace || '-'}`);
    if (gate && !s.wait) log(`${app}: its RollingSync step gates the next one: waiting until Healthy although wait is false`);
    await opts.onAppStart?.(app, destination);
    const sync = (only?: ResourceKey[]): Promise<AppSyncResult> => timed(`${app}: sync`, () => syncApp({ ...input, ...(decided ? { spec: withAutomatedRetry(spec) } : {}), only }));
    // After a sync the run's lists hold what its writes returned; controllers have written since.
    const freshStatus = (): Promise<AppStatus> => statusOfApp(rendered, client, statusCtx, targetsOf(rendered, byName), { refresh: true });
    const { result, status } = decided?.decision.sync
      ? await syncAsController(decided.decision, { sync, status: freshStatus, dryRun: s.dryRun, signal: opts.signal, log: (m) => log(`${app}: ${m}`) })
      : { result: await sync(), status: undefined };
    const stopped = stoppedSummary(result.outcome);
    log(`${app}: ${result.outcome.phase}: ${result.outcome.message}${stopped ? ` (${stopped})` : ''}`);
    // The render's warnings (excluded kinds, repeated resources) belong in the report, as on failure.
    const report: AppReport = { ...result, warnings: [...rendered.warnings, ...result.warnings], destination, revision: repo.revision, ...(decided ? { status: status ?? decided.status, drift: decided.status } : {}) };
    if (s.rollbackOnFailure && !s.dryRun && result.outcome.phase !== 'Succeeded' && !opts.signal?.aborted) {
      const rollback = await rollbackApp({ settings, input, app, log });
      if (rollback) report.rollback = rollback;
    }
    return report;
  };

  const runOne = async (name: string, { gate } = { gate: false }): Promise<{ ok: boolean; value: AppReport }> => {
    const report = await syncOne(byName.get(name) as RenderedApp, gate).catch((err: unknown) => errorReport(name, err));
    await opts.onAppEnd?.(report);
    return { ok: report.outcome.phase === 'Succeeded', value: report };
  };
  try {
    // Apps of a RollingSync ApplicationSet follow its steps; every other app the run's own order.
    const rolling = rollingPlans(repo.loaded.appSets, repo.rendered);
    const inRolling = new Set(rolling.flatMap((p) => [...p.steps.flatMap((st) => st.apps), ...p.unassigned]));
    const apps = repo.rendered.filter((r) => !inRolling.has(r.name)).map((r) => orderedApp(r.spec));
    const results = await runInOrder(
      apps,
      settings.concurrency,
      (a) => runOne(a.name),
      (a, parent) => errorReport(a.name, `not synced: parent application ${parent} did not sync`, 'Failed'),
    );
    for (const plan of rolling) {
      for (const w of plan.warnings) log(`warning: ${w}`);
      for (const app of plan.unassigned) {
        results.set(app, { ...errorReport(app, `not synced: no RollingSync step of ApplicationSet ${plan.appSet} selects it`, 'Failed'), skipped: true });
      }
      log(`ApplicationSet ${plan.appSet}: RollingSync ${plan.steps.map((st, i) => `step ${i + 1}: ${st.apps.join(', ') || '-'}`).join('; ')}`);
      const stepped = await runRollingSync(plan, settings.concurrency, runOne, (app, reason) => errorReport(app, reason, 'Failed'));
      for (const [app, report] of stepped) results.set(app, report);
    }
    for (const r of repo.rendered) reports.set(r.name, results.get(r.name) as AppReport);
  } finally {
    for (const c of clients.values()) c.close();
  }
  return { reports: [...reports.values()], problems: repo.problems.map(formatProblem) };
}

/** A plan per RollingSync ApplicationSet that generated apps in this run. */
function rollingPlans(appSets: readonly LoadedAppSet[], rendered: readonly RenderedApp[]): RollingPlan[] {
  return appSets.flatMap(({ appSet }) => {
    const steps = rollingSteps(appSet);
    const apps = rendered.filter((r) => r.spec.origin.appSet === appSet.metadata.name);
    if (!steps || apps.length === 0) return [];
    return [planRollingSync(appSet, steps, apps.map((r) => ({ name: r.name, labels: r.spec.app.metadata.labels ?? {} })))];
  });
}

function clientFor(clients: Map<string, ClusterClient>, kube: LoadedKubeconfig, context: string, limits: ApiLimits): ClusterClient {
  let c = clients.get(context);
  if (!c) {
    // One client per cluster for the whole run: its discovery and lists serve every app.
    c = new ClusterClient(kube.kc, context, { shareLists: true, limits });
    clients.set(context, c);
  }
  return c;
}

function errorReport(app: string, err: unknown, phase: SyncOutcome['phase'] = 'Error'): AppReport {
  const now = new Date().toISOString();
  return { app, outcome: { phase, message: toProblem(err).message, tasks: [], waves: [] }, retries: 0, startedAt: now, finishedAt: now, warnings: [] };
}
