// A content-addressed render cache: an app's input hash (see inputs/app-inputs.ts) → its final
// objects and warnings, one JSON file per hash under the cache directory. Entries never change, so
// concurrent runs can share the directory; a read refreshes the entry's time, and pruning removes the
// least recently used entries beyond the size bound. Failed renders are never stored.
import { mkdirSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { readTextIf } from '../../fs/local.js';
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
  // Names entries are written under first: the pid keeps concurrent runs apart.
  let written = 0;
  return {
    dir,
    async get(hash) {
      const path = pathOf(hash);
      // Entries are read and written with sync calls: a few kilobytes each, see fs/local.ts.
      const text = readTextIf(path);
      if (text === undefined) return undefined;
      try {
        const value = JSON.parse(text) as CachedRender;
        if (!Array.isArray(value.objects) || !Array.isArray(value.warnings)) return undefined;
        const now = new Date();
        try {
          utimesSync(path, now, now);
        } catch {
          // removed meanwhile by another run's pruning: the value stands
        }
        return value;
      } catch {
        return undefined; // a torn or foreign file: render instead
      }
    },
    async put(hash, render) {
      const path = pathOf(hash);
      // Written aside and renamed, so a reader never sees half an entry.
      const tmp = `${path}.${process.pid}-${written++}.tmp`;
      const text = JSON.stringify({ objects: render.objects, warnings: render.warnings, definedAt: render.definedAt });
      try {
        writeFileSync(tmp, text);
      } catch (err) {
        // The first entry in its subdirectory: make it (once, not before every write).
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        mkdirSync(join(dir, hash.slice(0, 2)), { recursive: true });
        writeFileSync(tmp, text);
      }
      renameSync(tmp, path);
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
