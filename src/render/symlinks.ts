// Argo CD's out-of-bounds symlink check (util/app/path CheckOutOfBoundsSymlinks, called by the repo
// server for every git checkout, referenced repo and pulled chart before anything renders): a symlink
// anywhere in the tree that is absolute, or whose target climbs above the root at any step, refuses
// the whole tree, since helm (.Files.Get), kustomize and jsonnet would all follow it.
// Stricter than upstream on purpose: a link whose real target (through other links) is outside the
// root is refused too, as upstream's lexical walk lets `d/up -> ..` plus `x -> d/up/../secret` pass.
import type { Dirent } from 'node:fs';
import { readdirSync, readlinkSync } from 'node:fs';
import { realpath, realpathIf } from '../fs/local.js';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { byteOrder } from './source-type.js';

export type TreeKind = 'repository' | 'chart';

/** The first out-of-bounds symlink under `root` (relative path, walk order), or undefined. */
export async function findOutOfBoundsSymlink(root: string, skipPaths: readonly string[] = []): Promise<string | undefined> {
  const base = resolve(root);
  const realBase = realpath(base);
  const skip = new Set(skipPaths.map((p) => join(base, p)));
  // Sync: a whole checkout's listings, see fs/local.ts.
  const walk = (dir: string): string | undefined => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined; // vanished meanwhile, as upstream
      throw new Error(`failed to walk for symlinks in ${base}: ${(err as Error).message}`, { cause: err });
    }
    for (const entry of entries.sort((a, b) => byteOrder(a.name, b.name))) {
      const path = join(dir, entry.name);
      if (skip.has(path)) continue;
      if (entry.isSymbolicLink()) {
        if (outOfBounds(path, base, realBase)) return relative(base, path);
      } else if (entry.isDirectory()) {
        const found = walk(path);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  return walk(base);
}

function outOfBounds(link: string, base: string, realBase: string): boolean {
  const target = readlinkSync(link);
  if (isAbsolute(target)) return true;
  let current = dirname(link);
  for (const part of target.split(sep)) {
    current = join(current, part);
    if (escapes(relative(base, current))) return true;
  }
  const real = realpathIf(link); // dangling links pass, as upstream
  return real !== undefined && escapes(relative(realBase, real));
}

function escapes(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

const checked = new WeakMap<object, Map<string, Promise<string | undefined>>>();

/**
 * Throws Argo CD's message when `root` holds an out-of-bounds symlink. Each root is walked once per
 * `run` (any object that lives for one render run, e.g. its RenderContext), however many apps use it.
 */
export async function assertNoOutOfBoundsSymlinks(root: string, kind: TreeKind, run: object): Promise<void> {
  let roots = checked.get(run);
  if (!roots) checked.set(run, (roots = new Map()));
  let found = roots.get(root);
  if (!found) {
    // A git tree's own .git (hooks, objects) is no source file; upstream skips it the same way.
    found = findOutOfBoundsSymlink(root, kind === 'repository' ? ['.git'] : []);
    roots.set(root, found);
  }
  const file = await found;
  if (file !== undefined) throw new Error(`${kind} contains out-of-bounds symlinks. file: ${file}`);
}
