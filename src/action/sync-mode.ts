// Mode `sync` (push to main): deploy every app, write the report to the job summary and the `result`
// output, fail the step with Argo CD's message when an app did not sync. A cancelled job (SIGTERM /
// SIGINT) or the sync timeout terminates the running operations the way Argo CD's Terminate does.
import type { AppReport } from '../report/sync-report.js';
import { syncResultJson, syncSummaryMarkdown } from '../report/sync-report.js';
import type { Settings } from '../settings.js';
import { waveDelayMs } from '../sync/run/result.js';
import { syncRepo } from '../sync/run/sync-repo.js';
import type { ActionIO } from './io.js';

/** Returns the failure message for the step, or undefined when every app synced. */
export async function runSyncMode(settings: Settings, io: ActionIO, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  const timer = setTimeout(stop, settings.sync.syncTimeoutMs);
  try {
    const { reports, problems } = await syncRepo(settings, {
      log: io.info,
      setSecret: io.setSecret,
      signal: controller.signal,
      waveDelayMs: waveDelayMs(env.ARGOCD_SYNC_WAVE_DELAY),
      holder: env.GITHUB_RUN_ID ? `${env.GITHUB_REPOSITORY ?? 'github'} run ${env.GITHUB_RUN_ID}/${env.GITHUB_RUN_ATTEMPT ?? '1'}` : undefined,
      manual: env.GITHUB_EVENT_NAME === 'workflow_dispatch',
    });
    for (const p of problems) io.error(p);
    io.setOutput('result', syncResultJson(reports));
    await io.summary(syncSummaryMarkdown(reports, { dryRun: settings.sync.dryRun }));
    return failureMessage(reports, problems);
  } finally {
    clearTimeout(timer);
    process.removeListener('SIGTERM', stop);
    process.removeListener('SIGINT', stop);
  }
}

/** `app <name>: <Argo CD message>` per app that did not sync. */
export function failureMessage(reports: readonly AppReport[], problems: readonly string[]): string | undefined {
  const failed = reports.filter((r) => r.outcome.phase !== 'Succeeded' && !r.skipped).map((r) => `app ${r.app}: ${r.outcome.message}`);
  const all = [...problems, ...failed];
  return all.length > 0 ? all.join('\n') : undefined;
}
