// Mode `reconcile` (schedule, or chosen): every app's status against the checkout, self-heal where
// Argo CD would, the drift report in the job summary and outputs, and with `drift-issue` one sticky
// GitHub issue listing drifted and unhealthy apps.
import { driftIssueMarkdown } from '../report/status-report.js';
import { makeOctokit } from '../github/client.js';
import { upsertDriftIssue } from '../github/drift-issue.js';
import type { Settings } from '../settings.js';
import type { ActionIO } from './io.js';
import { syncRun } from './sync-mode.js';
import { errorMessage } from '../model/errors.js';

export async function runReconcileMode(settings: Settings, io: ActionIO, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const { reports, failure } = await syncRun(settings, io, env, { policy: 'reconcile' });
  if (settings.sync.driftIssue && !settings.sync.dryRun) {
    const token = settings.diff.githubToken;
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!token || !owner || !repo) {
      io.warning(`drift-issue: ${token ? 'GITHUB_REPOSITORY is not set' : 'no github-token'}, so no drift issue is kept`);
      return failure;
    }
    const runUrl = `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`;
    const issue = driftIssueMarkdown(reports, runUrl);
    try {
      const octokit = makeOctokit(token, { baseUrl: env.GITHUB_API_URL, onWarning: io.warning });
      // One issue per workflow: two scheduled workflows (e.g. per cluster) keep their own.
      const key = env.GITHUB_WORKFLOW ?? 'reconcile';
      const done = await upsertDriftIssue(octokit, { owner, repo, key, ...issue });
      io.info(`drift issue: ${done.action}${done.url ? ` (${done.url})` : ''}`);
      io.setOutput('drift-issue-url', done.url ?? '');
    } catch (err) {
      // The report stands without the issue: GitHub trouble is a warning, not a failed reconcile.
      io.warning(`drift issue: ${errorMessage(err)}`);
    }
  }
  return failure;
}
