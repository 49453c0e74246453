// Mode `sync` (push to main): deploy every app, write the report to the job summary and the `result`
// output, fail the step with Argo CD's message when an app did not sync. A cancelled job (SIGTERM /
// SIGINT) or the sync timeout terminates the running operations the way Argo CD's Terminate does.
import type { DeploymentState } from '../github/deployments.js';
import type { AppReport } from '../report/sync-report.js';
import { syncResultJson, syncSummaryMarkdown } from '../report/sync-report.js';
import type { Settings } from '../settings.js';
import type { SyncOutcome } from '../sync/run/result.js';
import { waveDelayMs } from '../sync/run/result.js';
import { syncRepo, type SyncRepoOptions } from '../pipeline/sync-repo.js';
import type { RunPolicy } from '../pipeline/auto-sync.js';
import { appsWith, statusSummaryMarkdown } from '../report/status-report.js';
import type { ActionIO } from './io.js';
import { saveRenderCache } from './render-cache.js';
import { renderCacheDir } from '../pipeline/render-repo.js';
import { openRenderCache, writeOnly } from '../render/cache/render-cache.js';

export interface SyncRunOptions {
  /** Argo CD's controller rules (see SyncRepoOptions.policy); default from the event and sync-policy. */
  policy?: RunPolicy;
  /** A user-triggered sync (the Sync button): every selected app, sync windows with manualSync open. */
  manual?: boolean;
}

/** Returns the failure message for the step, or undefined when every app synced. */
export async function runSyncMode(settings: Settings, io: ActionIO, env: NodeJS.ProcessEnv = process.env, run: SyncRunOptions = {}): Promise<string | undefined> {
  return (await syncRun(settings, io, env, run)).failure;
}

/** The sync, its job summary and outputs; the reports for modes that go on (reconcile's drift issue). */
export async function syncRun(settings: Settings, io: ActionIO, env: NodeJS.ProcessEnv, run: SyncRunOptions): Promise<{ reports: AppReport[]; failure?: string }> {
  const manual = run.manual ?? env.GITHUB_EVENT_NAME === 'workflow_dispatch';
  // A push follows the controller's rules unless sync-policy is all; a manual run syncs what it names.
  const policy = run.policy ?? (!manual && env.GITHUB_EVENT_NAME === 'push' && settings.sync.syncPolicy === 'argocd' ? 'push' : undefined);
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  const timer = setTimeout(stop, settings.sync.syncTimeoutMs);
  // Filled (never read) here, and kept with the Actions cache, so previews of later PRs start warm.
  const renderCache = writeOnly(openRenderCache(renderCacheDir(settings.cacheDir)));
  try {
    const { reports, problems } = await syncRepo(settings, {
      log: io.info,
      signal: controller.signal,
      waveDelayMs: waveDelayMs(env.ARGOCD_SYNC_WAVE_DELAY),
      holder: env.GITHUB_RUN_ID ? `${env.GITHUB_REPOSITORY ?? 'github'} run ${env.GITHUB_RUN_ID}/${env.GITHUB_RUN_ATTEMPT ?? '1'}` : undefined,
      manual,
      policy,
      ...(await deploymentHooks(settings, io, env)),
      renderCache,
    });
    for (const p of problems) io.error(p);
    io.setOutput('result', syncResultJson(reports));
    io.setOutput('out-of-sync-apps', JSON.stringify(appsWith(reports, (st) => st.sync === 'OutOfSync')));
    io.setOutput('degraded-apps', JSON.stringify(appsWith(reports, (st) => st.health === 'Degraded')));
    const statusTitle = policy === 'reconcile' ? 'App status (reconcile)' : 'App status (sync-policy argocd)';
    await io.summary(statusSummaryMarkdown(reports, statusTitle) + syncSummaryMarkdown(reports, { dryRun: settings.sync.dryRun }) + policyNote(policy));
    await renderCache.prune().catch(() => undefined);
    await saveRenderCache(settings.cacheDir, io);
    return { reports, failure: failureMessage(reports, problems) };
  } finally {
    clearTimeout(timer);
    process.removeListener('SIGTERM', stop);
    process.removeListener('SIGINT', stop);
  }
}

/** Says in the summary why apps were left alone, so the automated/manual rules are visible. */
function policyNote(policy: RunPolicy | undefined): string {
  if (policy === 'push') {
    return '\n_sync-policy argocd: only apps with `syncPolicy.automated` that are OutOfSync are synced on push; other apps are synced by a `workflow_dispatch` run naming them in input `app` (set `sync-policy: all` to sync every app on every push)._\n';
  }
  if (policy === 'reconcile') return '\n_reconcile: `automated` + `selfHeal` apps are reverted to Git; other drift is reported only._\n';
  return '';
}

const DEPLOYMENT_STATE: Record<SyncOutcome['phase'], DeploymentState> = {
  Succeeded: 'success',
  Failed: 'failure',
  Error: 'error',
  Running: 'error',
  Terminating: 'error',
};

/**
 * With the `deployments` input, a GitHub Deployment per app that passed its gates, on the pushed
 * commit: `in_progress` when its sync starts, then Argo CD's outcome. GitHub trouble is a warning.
 */
async function deploymentHooks(settings: Settings, io: ActionIO, env: NodeJS.ProcessEnv): Promise<Pick<SyncRepoOptions, 'onAppStart' | 'onAppEnd'>> {
  if (!settings.sync.deployments) return {};
  if (settings.sync.dryRun) {
    io.info('dry run: no GitHub deployments');
    return {};
  }
  const token = settings.diff.githubToken;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const ref = env.GITHUB_SHA;
  if (!token || !owner || !repo || !ref) {
    io.warning(`deployments: ${token ? 'GITHUB_REPOSITORY or GITHUB_SHA is not set' : 'no github-token'}, so no GitHub deployments are created`);
    return {};
  }
  // The GitHub client (Octokit) loads only when it is used.
  const { makeOctokit } = await import('../github/client.js');
  const { setDeploymentStatus, startDeployment } = await import('../github/deployments.js');
  const octokit = makeOctokit(token, { baseUrl: env.GITHUB_API_URL, onWarning: io.warning });
  const logUrl = `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`;
  const ids = new Map<string, number>();
  const warn = (app: string, w: string | undefined): void => {
    if (w) io.warning(`${app}: ${w}`);
  };
  return {
    async onAppStart(app, destination) {
      const environment = settings.sync.deploymentEnvironment.replaceAll('{app}', app);
      const where = `${destination.context}/${destination.namespace || '-'}`;
      const started = await startDeployment(octokit, { owner, repo, ref, environment, description: `gitops-sync: ${app} to ${where}`, payload: { app, destination } });
      if ('warning' in started) return warn(app, started.warning);
      ids.set(app, started.id);
      io.info(`${app}: GitHub deployment ${started.id} (environment ${environment})`);
      warn(app, await setDeploymentStatus(octokit, { owner, repo, id: started.id, state: 'in_progress', description: `Syncing to ${where}`, logUrl }));
    },
    async onAppEnd(report) {
      const id = ids.get(report.app);
      if (id === undefined) return;
      const state = DEPLOYMENT_STATE[report.outcome.phase];
      // The commit did not deploy either way; say what the cluster runs now when a rollback ran.
      const rb = report.rollback;
      const rolledBack = rb ? `rolled back to ${rb.revision.slice(0, 7)} (${rb.outcome.phase}); ` : '';
      const description = `${rolledBack}${report.outcome.message}`;
      warn(report.app, await setDeploymentStatus(octokit, { owner, repo, id, state, description, logUrl }));
    },
  };
}

/** `app <name>: <Argo CD message>` per app that did not sync. */
export function failureMessage(reports: readonly AppReport[], problems: readonly string[]): string | undefined {
  const failed = reports.filter((r) => r.outcome.phase !== 'Succeeded' && !r.skipped).map((r) => `app ${r.app}: ${r.outcome.message}`);
  const all = [...problems, ...failed];
  return all.length > 0 ? all.join('\n') : undefined;
}
