// Mode `merge`: the final job of a sharded preview. Reads every shard's preview file, merges them
// into the findings of one unsharded run, and publishes them exactly as mode diff does.
import { commentKey } from '../github/client.js';
import { MergeError, mergePreviews } from '../pipeline/merge-shards.js';
import { findPreviewFiles, readPreviewFile } from '../pipeline/preview-file.js';
import { presentPreview } from '../pipeline/preview-present.js';
import type { Settings } from '../settings.js';
import { currentContext } from './event.js';
import type { ActionIO } from './io.js';
import { publishPreview } from './publish-preview.js';

/** Returns the failure message for the step, or undefined; bad or incomplete files throw with the file named. */
export async function runMergeMode(settings: Settings, io: ActionIO): Promise<string | undefined> {
  if (settings.diff.previewFiles.length === 0) return 'mode merge needs the preview-files input: a glob of the shards\' preview files (downloaded with actions/download-artifact)';
  const { ctx, pr } = currentContext();
  const paths = await findPreviewFiles(settings.diff.previewFiles, process.cwd());
  const files = await Promise.all(paths.map(async (path) => ({ path, file: await readPreviewFile(path) })));
  const merged = mergePreviews(files);
  const here = `${ctx.repo.owner}/${ctx.repo.repo}`;
  const from = merged.pullRequest;
  if (pr && from && (from.number !== pr.number || from.repository !== here)) {
    throw new MergeError(`the preview files are of pull request ${from.repository}#${from.number}, this run is for ${here}#${pr.number}`);
  }
  io.info(`merged ${files.length} preview files: ${paths.join(', ')}`);
  const key = commentKey(ctx.workflow ?? '', ctx.job ?? '', settings.diff.commentKey);
  const shown = presentPreview(merged.findings, { marker: key, sync: merged.sync });
  return publishPreview(settings, io, { ctx, pr, key }, { ...merged.findings, ...shown });
}
