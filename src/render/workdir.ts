// Temporary directories for renders that must write (kustomize edits, helm dependency build): a copy
// of a repo tree with symlinks kept as they are, so relative references like `../base` still work.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Runs `fn` with a fresh copy of `repoRoot` (without `.git`), removed afterwards. */
export async function withRepoCopy<T>(repoRoot: string, fn: (copyRoot: string) => Promise<T>): Promise<T> {
  return withTempDir(async (tmp) => {
    const copyRoot = join(tmp, 'repo');
    await cp(repoRoot, copyRoot, {
      recursive: true,
      verbatimSymlinks: true,
      filter: (src) => basename(src) !== '.git',
    });
    return fn(copyRoot);
  });
}

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'gitops-sync-render-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
