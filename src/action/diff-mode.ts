// Mode `diff` (pull_request): base checkout → preview → sticky comment, job summary, diff file, outputs.
// With `shard: i/n` the job previews its share of the apps and writes a preview file instead; the
// matrix's merge job (mode merge) posts the one comment.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKubeconfig } from '../cluster/kubeconfig.js';
import { commentKey } from '../github/client.js';
import { formatProblem } from '../model/errors.js';
import { checkoutBase } from '../pipeline/base-checkout.js';
import { previewPullRequest, type PreviewResult } from '../pipeline/pr-preview.js';
import { previewFile } from '../pipeline/preview-file.js';
import type { Shard } from '../pipeline/select-apps.js';
import { writeOutputJson } from '../secrets/channels.js';
import type { Settings } from '../settings.js';
import { currentContext, pullRequestInfo, type Context, type PullRequest } from './event.js';
import type { ActionIO } from './io.js';
import { publishPreview } from './publish-preview.js';
import { restoreRenderCache, saveRenderCache } from './render-cache.js';

/** Returns the failure message for the step, or undefined. */
export async function runDiffMode(settings: Settings, io: ActionIO): Promise<string | undefined> {
  const { ctx, pr } = currentContext();
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
  if (settings.shard) return writeShard(settings.shard, settings, io, ctx, pr, result);
  return publishPreview(settings, io, { ctx, pr, key }, result);
}

/**
 * A shard's ending: its preview file and the `preview-file` output, nothing posted. The merge job
 * reports the errors and fails the check, so a shard only lists them and succeeds (its artifact
 * upload must run).
 */
async function writeShard(shard: Shard, settings: Settings, io: ActionIO, ctx: Context, pr: PullRequest | undefined, result: PreviewResult): Promise<undefined> {
  const file = previewFile(result.findings, settings.sync, shard, pr ? { repository: `${ctx.repo.owner}/${ctx.repo.repo}`, number: pr.number } : undefined);
  const dir = process.env.RUNNER_TEMP || tmpdir();
  const path = await writeOutputJson(join(dir, `gitops-sync-preview-${shard.index}-of-${shard.count}.json`), file);
  io.setOutput('preview-file', path);
  const problems = [...result.problems, ...result.diffs.flatMap((d) => d.problems.map((p) => ({ ...p, app: p.app ?? d.name })))];
  for (const p of problems) io.info(`shard ${shard.index}/${shard.count}: ${formatProblem(p)}`);
  io.info(`shard ${shard.index}/${shard.count}: ${result.changedApps.length} changed of ${result.diffs.length} app(s); preview file ${path} (the merge job posts the comment)`);
  return undefined;
}
