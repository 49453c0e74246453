// Where git generators read from: the checkout of the repo under test (or a clone a resolver gives),
// listed the way Argo CD's repo server lists it.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runTool } from '../../render/tools/exec.js';
import type { GenContext, GitGenerator } from '../types.js';

export interface GitCheckout {
  dir: string;
  commitSHA: string;
}

export async function gitCheckout(gen: GitGenerator, ctx: GenContext): Promise<GitCheckout> {
  if (!gen.repoURL) throw new Error('git generator needs repoURL');
  const dir = ctx.gitDir ? await ctx.gitDir(gen.repoURL, gen.revision ?? 'HEAD') : ctx.repoRoot;
  let commitSHA = '';
  try {
    commitSHA = (await runTool('git', ['rev-parse', 'HEAD'], { tool: 'git', cwd: dir, timeoutMs: 10000 })).stdout.trim();
  } catch {
    // Not a git checkout (e.g. a plain directory): the commitSHA parameter stays empty.
  }
  return { dir, commitSHA };
}

/** Every directory below root (relative, `/`-separated), skipping hidden ones and symlinks. */
export async function listDirectories(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string) => {
    const entries = await readdir(join(root, rel), { withFileTypes: true });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!e.isDirectory() || e.name.startsWith('.')) continue;
      const p = rel ? `${rel}/${e.name}` : e.name;
      out.push(p);
      await walk(p);
    }
  };
  await walk('');
  return out;
}

/** Every file below root (relative), skipping `.git`. */
export async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string) => {
    const entries = await readdir(join(root, rel), { withFileTypes: true });
    for (const e of entries) {
      if (e.name === '.git') continue;
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  await walk('');
  return out.sort();
}
