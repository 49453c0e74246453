// Mode `diff` (pull_request): base checkout → preview → sticky comment, job summary, diff file, outputs.
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { context } from '@actions/github';
import type { PullRequestInfo } from '../appset/types.js';
import { loadKubeconfig } from '../cluster/kubeconfig.js';
import { commentKey, makeOctokit } from '../github/client.js';
import { upsertStickyComments } from '../github/comments.js';
import { formatProblem } from '../model/errors.js';
import { checkoutBase } from '../pipeline/base-checkout.js';
import { previewFailures, previewPullRequest, type PreviewResult } from '../pipeline/pr-preview.js';
import { plural } from '../report/markdown.js';
import { writeOutputFile } from '../secrets/channels.js';
import type { Settings } from '../settings.js';
import type { ActionIO } from './io.js';
import { restoreRenderCache, saveRenderCache } from './render-cache.js';

type Context = typeof context;

interface PullRequest {
  number: number;
  title?: string;
  user?: { login?: string };
  labels?: { name?: string }[];
  base?: { sha?: string; ref?: string; repo?: { full_name?: string } };
  head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
}

/** Returns the failure message for the step, or undefined. */
export async function runDiffMode(settings: Settings, io: ActionIO): Promise<string | undefined> {
  // A fresh context: the event payload and variables as they are now, not when the module loaded.
  const ctx = new (context.constructor as new () => Context)();
  const pr = ctx.payload.pull_request as PullRequest | undefined;
  const baseRef = settings.diff.baseRef ?? pr?.base?.sha;
  if (!baseRef) return 'no base revision: run on a pull_request event or set the base-ref input';
  const kubeconfig = settings.sync.kubeconfig ? await loadKubeconfig(settings.sync.kubeconfig) : undefined;

  const key = commentKey(ctx.workflow ?? '', ctx.job ?? '', settings.diff.commentKey);
  const tmpRoot = process.env.RUNNER_TEMP || tmpdir();
  io.info(`checking out base revision ${baseRef}`);
  const base = await checkoutBase(settings.repoRoot, baseRef, { timeoutMs: settings.toolTimeoutMs, tmpRoot });
  let result: PreviewResult;
  const cached = !settings.diff.renderUnchanged; // render-unchanged renders everything, uncached
  if (cached) await restoreRenderCache(settings.cacheDir, io);
  try {
    result = await previewPullRequest(
      settings,
      { headDir: settings.repoRoot, baseDir: base.dir },
      { marker: key, log: io.info, kubeconfig, pullRequest: pr ? pullRequestInfo(pr) : undefined },
    );
  } finally {
    await base.cleanup();
  }
  if (cached) await saveRenderCache(settings.cacheDir, io);

  await mkdir(tmpRoot, { recursive: true });
  const diffFile = await writeOutputFile(join(tmpRoot, `gitops-sync-diff-${key.replace(/[^A-Za-z0-9._-]+/g, '_')}.md`), result.full);
  await io.summary(result.full);
  io.setOutput('changed-apps', JSON.stringify(result.changedApps));
  io.setOutput('has-changes', String(result.hasChanges));
  io.setOutput('diff-file', diffFile);
  io.setOutput('comment-url', pr ? await postComment(settings, io, ctx, pr, key, result.parts) : '');
  if (!pr) io.info('not a pull request: no comment posted');

  for (const p of result.problems) io.error(formatProblem(p));
  for (const d of result.diffs) for (const p of d.problems) io.error(formatProblem({ ...p, app: p.app ?? d.name }));
  for (const w of [...result.warnings, ...(result.live?.warnings ?? [])]) io.warning(w);
  for (const p of result.live?.problems ?? []) io.warning(`live diff: ${formatProblem(p)}`);
  for (const n of result.notes) io.info(`note: ${n}`);
  for (const d of result.appSetDeletions) {
    io.warning(`ApplicationSet ${d.appSet} would delete ${plural(d.removed.length, 'Application')} (${d.removed.join(', ')}); resources ${d.preserved ? 'preserved' : 'deleted too'}`);
  }
  for (const v of result.policy) io.error(formatProblem({ file: v.file, line: v.line, app: v.app, message: `policy: ${v.message}` }));
  io.info(`${plural(result.changedApps.length, 'app')} changed; full diff in ${diffFile}`);
  const reasons = previewFailures(result, settings.diff.failOnPolicy);
  return reasons.length > 0 ? `${reasons.join('; ')}: see the errors above and the PR comment` : undefined;
}

/** The event's pull request as ApplicationSet pull-request generators see it. */
function pullRequestInfo(pr: PullRequest): PullRequestInfo {
  return {
    number: pr.number,
    branch: pr.head?.ref ?? '',
    targetBranch: pr.base?.ref ?? '',
    headSha: pr.head?.sha ?? '',
    title: pr.title,
    author: pr.user?.login,
    labels: (pr.labels ?? []).flatMap((l) => (l.name ? [l.name] : [])),
  };
}

/** The first part's URL, or '' when the comment was skipped. */
async function postComment(settings: Settings, io: ActionIO, ctx: Context, pr: PullRequest, key: string, parts: string[]): Promise<string> {
  const token = settings.diff.githubToken;
  if (!token) {
    io.warning('no github-token: the PR comment is skipped; the job summary has the full preview');
    return '';
  }
  const fork = pr.head?.repo?.full_name !== undefined && pr.head.repo.full_name !== pr.base?.repo?.full_name;
  if (fork && ctx.eventName === 'pull_request') {
    // GitHub gives pull_request runs from forks a read-only token.
    io.warning('pull request from a fork: its token cannot comment, so the comment is skipped; the job summary has the full preview');
    return '';
  }
  const octokit = makeOctokit(token, { baseUrl: ctx.apiUrl, onWarning: io.warning });
  try {
    const { owner, repo } = ctx.repo;
    const res = await upsertStickyComments(octokit, { owner, repo, issueNumber: pr.number, key, parts });
    io.info(`PR comment: ${res.created} created, ${res.updated} updated, ${res.deleted} deleted`);
    return res.urls[0] ?? '';
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (status === 403 || status === 404) {
      io.warning(`cannot comment on the pull request (HTTP ${status}: the token lacks pull-requests: write?); the job summary has the full preview`);
      return '';
    }
    throw err;
  }
}
