// The render cache between workflow runs: restored before the preview (the newest entry of this
// repository's runs, by key prefix) and saved after it under a key of its own, since Actions cache
// entries are immutable. Where the Actions cache service is not available (a local run, GHES
// without it) the directory is used as it is. Failures only cost speed, so they are warnings.
import { randomBytes } from 'node:crypto';
import { renderCacheDir } from '../pipeline/render-repo.js';
import type { ActionIO } from './io.js';

const KEY_PREFIX = `gitops-sync-renders-v1-${process.platform}-`;

// @actions/cache (and the Azure storage client under it) loads only in runs that use it.
const actionsCacheModule = () => import('@actions/cache');

export async function restoreRenderCache(cacheDir: string, io: ActionIO): Promise<void> {
  const actionsCache = await actionsCacheModule();
  if (!actionsCache.isFeatureAvailable()) return;
  try {
    const hit = await actionsCache.restoreCache([renderCacheDir(cacheDir)], runKey(), [KEY_PREFIX]);
    io.info(hit ? `render cache restored (${hit})` : 'render cache: no earlier entry');
  } catch (err) {
    io.warning(`render cache not restored: ${(err as Error).message}`);
  }
}

export async function saveRenderCache(cacheDir: string, io: ActionIO): Promise<void> {
  const actionsCache = await actionsCacheModule();
  if (!actionsCache.isFeatureAvailable()) return;
  try {
    await actionsCache.saveCache([renderCacheDir(cacheDir)], runKey());
  } catch (err) {
    io.warning(`render cache not saved: ${(err as Error).message}`);
  }
}

let key: string | undefined;

/** One key per job instance: matrix jobs (shards) of one run must not race for the same key. */
function runKey(): string {
  key ??= `${KEY_PREFIX}${process.env.GITHUB_RUN_ID ?? 'local'}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}-${randomBytes(4).toString('hex')}`;
  return key;
}
