// Writable working copies for renders that must write (kustomize edits, helm dependency build). Only
// the directory that is written to is copied, next to the original, so relative references like
// `../base` resolve exactly as from the original and the cost follows the app, not the repository.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Prefix of the sibling copies this module creates inside a checkout while a render runs; directory
 * walks (directory sources, input hashing) skip entries named so, as they are not the user's files.
 */
export const WORK_COPY_PREFIX = '.gitops-sync-render-';

export function isWorkCopy(name: string): boolean {
  return name.startsWith(WORK_COPY_PREFIX);
}

/**
 * Runs `fn` with a fresh copy of `dir` (a directory inside `repoRoot`) placed beside it, removed
 * afterwards. Each call gets its own copy, so apps sharing a directory can render at once. When `dir`
 * is the repository root, or its parent cannot be written to, the whole tree is copied to a temporary
 * directory instead (same relative layout, so the result is the same).
 */
export async function withDirCopy<T>(repoRoot: string, dir: string, fn: (copyDir: string) => Promise<T>): Promise<T> {
  const root = resolve(repoRoot);
  const target = resolve(dir);
  if (target === root) return withRepoCopy(root, fn);
  // An app directory is a few small files: sync calls (see fs/local.ts).
  let copyDir: string;
  try {
    copyDir = mkdtempSync(join(dirname(target), WORK_COPY_PREFIX));
  } catch (err) {
    if (!isNotWritable(err)) throw err;
    return withRepoCopy(root, (copyRoot) => fn(join(copyRoot, target.slice(root.length + 1))));
  }
  try {
    cpSync(target, copyDir, { recursive: true, verbatimSymlinks: true, filter: (src) => !isWorkCopy(basename(src)) });
    return await fn(copyDir);
  } finally {
    rmSync(copyDir, { recursive: true, force: true });
  }
}

/** Runs `fn` with a fresh copy of `repoRoot` (without `.git`), removed afterwards. */
async function withRepoCopy<T>(repoRoot: string, fn: (copyRoot: string) => Promise<T>): Promise<T> {
  return withTempDir(async (tmp) => fn(await copyRepoTree(repoRoot, join(tmp, 'repo'))));
}

/** Copies the repository's tree to `copyRoot` (a path that does not exist yet), without `.git` and work copies. */
export async function copyRepoTree(repoRoot: string, copyRoot: string): Promise<string> {
  await cp(repoRoot, copyRoot, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (src) => basename(src) !== '.git' && !isWorkCopy(basename(src)),
  });
  return copyRoot;
}

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'gitops-sync-render-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function isNotWritable(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EROFS' || code === 'EPERM';
}
