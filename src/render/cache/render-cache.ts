// A content-addressed render cache: an app's input hash (see inputs/app-inputs.ts) → its final
// objects and warnings, one JSON file per hash under the cache directory. Entries never change, so
// concurrent runs can share the directory; a read refreshes the entry's time, and pruning removes the
// least recently used entries beyond the size bound. Failed renders are never stored.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { K8sObject } from '../../model/k8s.js';
import type { ObjectOrigin } from '../object-origin.js';

export interface CachedRender {
  objects: K8sObject[];
  warnings: string[];
  /** See RenderedApp.definedAt. */
  definedAt?: Record<string, ObjectOrigin>;
}

export interface RenderCache {
  readonly dir: string;
  get(hash: string): Promise<CachedRender | undefined>;
  put(hash: string, render: CachedRender): Promise<void>;
  /** Removes least recently used entries until the cache holds at most its size bound. */
  prune(): Promise<void>;
}

export const DEFAULT_RENDER_CACHE_BYTES = 256 * 1024 * 1024;
const HASH = /^[0-9a-f]{64}$/;

export function openRenderCache(dir: string, maxBytes = DEFAULT_RENDER_CACHE_BYTES): RenderCache {
  const pathOf = (hash: string) => {
    if (!HASH.test(hash)) throw new Error(`not a render hash: ${hash}`);
    return join(dir, hash.slice(0, 2), `${hash}.json`);
  };
  return {
    dir,
    async get(hash) {
      const path = pathOf(hash);
      const text = await readFile(path, 'utf8').catch(() => undefined);
      if (text === undefined) return undefined;
      try {
        const value = JSON.parse(text) as CachedRender;
        if (!Array.isArray(value.objects) || !Array.isArray(value.warnings)) return undefined;
        const now = new Date();
        await utimes(path, now, now).catch(() => undefined);
        return value;
      } catch {
        return undefined; // a torn or foreign file: render instead
      }
    },
    async put(hash, render) {
      const path = pathOf(hash);
      await mkdir(join(dir, hash.slice(0, 2)), { recursive: true });
      // Written aside and renamed, so a reader never sees half an entry.
      const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(tmp, JSON.stringify({ objects: render.objects, warnings: render.warnings, definedAt: render.definedAt }));
      await rename(tmp, path);
    },
    async prune() {
      const entries: { path: string; size: number; used: number }[] = [];
      for (const sub of await readdir(dir).catch(() => [] as string[])) {
        for (const name of await readdir(join(dir, sub)).catch(() => [] as string[])) {
          const path = join(dir, sub, name);
          const info = await stat(path).catch(() => undefined);
          if (info?.isFile()) entries.push({ path, size: info.size, used: info.mtimeMs });
        }
      }
      let total = entries.reduce((n, e) => n + e.size, 0);
      for (const e of entries.sort((a, b) => a.used - b.used)) {
        if (total <= maxBytes) break;
        await rm(e.path, { force: true });
        total -= e.size;
      }
    },
  };
}

/**
 * The cache for runs that must not trust it (a sync renders every app itself) but can still fill it,
 * so that previews against that revision start warm.
 */
export function writeOnly(cache: RenderCache): RenderCache {
  return { ...cache, get: () => Promise.resolve(undefined) };
}
