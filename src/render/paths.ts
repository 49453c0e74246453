// Path rules of Argo CD's repo server: an app path must be a directory inside its repo
// (util/app/path), and value files / jsonnet libs must resolve inside the repo root (util/io/path).
import { readlinkSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { lstatIf, realpath, realpathIf, statIf } from '../fs/local.js';

/** The app directory for `path` inside `root`; an Error naming the problem otherwise. */
export async function appPath(root: string, path: string | undefined): Promise<string> {
  const p = path ?? '';
  if (isAbsolute(p)) throw new Error(`${p}: app path is absolute`);
  const dir = join(root, p);
  if (dir !== root && !dir.startsWith(root.endsWith(sep) ? root : root + sep)) {
    throw new Error(`${p}: app path outside root`);
  }
  const info = statIf(dir);
  if (!info) throw new Error(`${p}: app path does not exist`);
  if (!info.isDirectory()) throw new Error(`${p}: app path is not a directory`);
  return dir;
}

/**
 * Resolves `file` relative to `baseDir` (or to `repoRoot` when absolute), follows a symlink at the
 * final path, and rejects results outside `repoRoot` (and the root itself unless `allowRoot`).
 * Beyond upstream, an existing file's real path (through symlinked directories too) must also be
 * inside the root's real path.
 */
export async function resolveInRepo(baseDir: string, repoRoot: string, file: string, allowRoot = false): Promise<string> {
  const root = resolve(repoRoot);
  let path = isAbsolute(file) ? join(root, file) : join(resolve(baseDir), file);
  path = resolve(followSymlinks(path, 10));
  const outside = () => new Error(`file '${file}' resolved to outside repository root`);
  if (path === root) {
    if (!allowRoot) throw new Error(`file '${file}' resolved to the repository root, which is not allowed`);
  } else if (!isInside(path, root)) {
    throw outside();
  }
  if (realPathOutside(path, root)) throw outside();
  return path;
}

/** True when `target` exists and its real path (all symlinks followed) is outside `root`'s. */
export function realPathOutside(target: string, root: string): boolean {
  const real = realpathIf(target);
  return real !== undefined && !isInside(real, realpath(root));
}

/** True when `path` is `root` or below it (both absolute and normalized). */
export function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

function followSymlinks(path: string, depth: number): string {
  const info = lstatIf(path);
  if (!info?.isSymbolicLink()) return path;
  if (depth === 0) throw new Error('maximum symlink nesting level reached');
  const target = readlinkSync(path);
  return followSymlinks(isAbsolute(target) ? target : join(dirname(path), target), depth - 1);
}

export async function exists(path: string): Promise<boolean> {
  return statIf(path) !== undefined;
}
