// Everything a preview shows outside the process, for an unsharded run (mode diff) and for the merge
// of a sharded one (mode merge) alike: diff file, job summary, outputs, the sticky comment, the log
// lines, and the step's verdict.
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeOctokit } from '../github/client.js';
import { upsertStickyComments } from '../github/comments.js';
import { GitHubCallError } from '../github/errors.js';
import { formatProblem } from '../model/errors.js';
import { newErrorsOf } from '../pipeline/error-status.js';
import { previewFailures } from '../pipeline/pr-preview.js';
import type { ShownPreview } from '../pipeline/preview-present.js';
import { countsText } from '../report/counts.js';
import { plural } from '../report/markdown.js';
import { writeOutputFile } from '../secrets/channels.js';
import type { Settings } from '../settings.js';
import type { Context, PullRequest } from './event.js';
import type { ActionIO } from './io.js';

export interface PreviewTarget {
  ctx: Context;
  pr?: PullRequest;
  /** The sticky comment key. */
  key: string;
}

/** Returns the failure message for the step, or undefined. */
export async function publishPreview(settings: Settings, io: ActionIO, target: PreviewTarget, result: ShownPreview): Promise<string | undefined> {
  const tmpRoot = process.env.RUNNER_TEMP || tmpdir();
  await mkdir(tmpRoot, { recursive: true });
  const diffFile = await writeOutputFile(join(tmpRoot, `gitops-sync-diff-${target.key.replace(/[^A-Za-z0-9._-]+/g, '_')}.md`), result.full);
  await io.summary(result.full);
  io.setOutput('changed-apps', JSON.stringify(result.changedApps));
  io.setOutput('has-changes', String(result.hasChanges));
  io.setOutput('counts', JSON.stringify(result.counts));
  io.setOutput('diff-file', diffFile);
  const comment = target.pr ? await postComment(settings, io, target.ctx, target.pr, target.key, result.parts) : { url: '' };
  io.setOutput('comment-url', comment.url);
  if (!target.pr) io.info('not a pull request: no comment posted');

  const failOn = settings.diff.failOn;
  // What fail-on does not hold against the PR is a warning, so the annotations match the step's status.
  const counted = (fails: boolean) => (fails ? io.error : io.warning);
  for (const p of newErrorsOf(result)) counted(failOn !== 'never')(formatProblem(p));
  for (const p of result.errorStatus.stillFailing) counted(failOn === 'errors')(`still failing (also on the base): ${formatProblem(p)}`);
  for (const w of [...result.warnings, ...(result.live?.warnings ?? [])]) io.warning(w);
  for (const p of result.live?.problems ?? []) io.warning(`live diff: ${formatProblem(p)}`);
  for (const n of result.notes) io.info(`note: ${n}`);
  for (const d of result.appSetDeletions) {
    io.warning(`ApplicationSet ${d.appSet} would delete ${plural(d.removed.length, 'Application')} (${d.removed.join(', ')}); resources ${d.preserved ? 'preserved' : 'deleted too'}`);
  }
  const policyFails = settings.diff.failOnPolicy && failOn !== 'never';
  for (const v of result.errorStatus.newViolations) counted(policyFails)(formatProblem({ file: v.file, line: v.line, app: v.app, message: `policy: ${v.message}` }));
  for (const v of result.errorStatus.existingViolations) {
    counted(policyFails && failOn === 'errors')(formatProblem({ file: v.file, line: v.line, app: v.app, message: `policy (also on the base): ${v.message}` }));
  }
  io.info(`${countsText(result.counts)}; full diff in ${diffFile}`);
  const reasons = previewFailures(result, settings.diff);
  const failures = [...(reasons.length > 0 ? [`${reasons.join('; ')}: see the errors above and the PR comment`] : []), ...(comment.failure ? [comment.failure] : [])];
  return failures.length > 0 ? failures.join('; ') : undefined;
}

/**
 * The first part's URL ('' when the comment was skipped), and why the step must fail when the PR
 * was left without its preview. A token GitHub refuses only warns: forks and read-only tokens are
 * ordinary, and the job summary has everything.
 */
async function postComment(settings: Settings, io: ActionIO, ctx: Context, pr: PullRequest, key: string, parts: string[]): Promise<{ url: string; failure?: string }> {
  const token = settings.diff.githubToken;
  if (!token) {
    io.warning('no github-token: the PR comment is skipped; the job summary has the full preview');
    return { url: '' };
  }
  const fork = pr.head?.repo?.full_name !== undefined && pr.head.repo.full_name !== pr.base?.repo?.full_name;
  if (fork && ctx.eventName === 'pull_request') {
    // GitHub gives pull_request runs from forks a read-only token.
    io.warning('pull request from a fork: its token cannot comment, so the comment is skipped; the job summary has the full preview');
    return { url: '' };
  }
  const octokit = makeOctokit(token, { baseUrl: ctx.apiUrl, onWarning: io.warning });
  try {
    const { owner, repo } = ctx.repo;
    const res = await upsertStickyComments(octokit, { owner, repo, issueNumber: pr.number, key, parts });
    io.info(`PR comment: ${res.created} created, ${res.updated} updated, ${res.deleted} deleted`);
    return { url: res.urls[0] ?? '' };
  } catch (err) {
    if (!(err instanceof GitHubCallError)) throw err;
    if (err.permission) {
      io.warning(`cannot comment on the pull request: ${err.message}; the job summary has the full preview`);
      return { url: '' };
    }
    return { url: '', failure: `${err.message}; the pull request has no up-to-date preview comment (the job summary has the full preview)` };
  }
}
