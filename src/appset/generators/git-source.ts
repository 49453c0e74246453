// Where git generators read from: the checkout of the repo under test (or a clone a resolver gives),
// listed the way Argo CD's repo server lists it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GenContext, GitGenerator } from '../types.js';

/** The directory a git generator reads. No commit parameter is added: no released Argo CD has one. */
export async function gitCheckout(gen: GitGenerator, ctx: GenContext): Promise<string> {
  if (!gen.repoURL) throw new Error('git generator needs repoURL');
  return ctx.gitDir ? await ctx.gitDir(gen.repoURL, gen.revision ?? 'HEAD') : ctx.repoRoot;
}

/** Every directory below root (relative, `/`-separated), skipping hidden ones and symlinks. Sync: see fs/local.ts. */
export async function listDirectories(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = (rel: string) => {
    const entries = readdirSync(join(root, rel), { withFileTypes: true });
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!e.isDirectory() || e.name.startsWith('.')) continue;
      const p = rel ? `${rel}/${e.name}` : e.name;
      out.push(p);
      walk(p);
    }
  };
  walk('');
  return out;
}

/** Every file below root (relative), skipping `.git`. */
export async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = (rel: string) => {
    const entries = readdirSync(join(root, rel), { withFileTypes: true });
    for (const e of entries) {
      if (e.name === '.git') continue;
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  walk('');
  return out.sort();
}
