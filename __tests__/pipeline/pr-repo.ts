// A real git repository with two commits: the base tree of __tests__/fixtures/pr/base, then the head
// overlay of fixtures/pr/head (files replaced or added, paths in head/REMOVE deleted).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSettings, type Settings } from '../../src/settings.js';

export const PR_FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pr');
/** The repoURL the fixture apps use; the preview is told it names this repository (no origin remote). */
export const REPO_URL = 'https://github.com/example/gitops.git';
/** Secret values planted in the fixture trees (guestbook/config.yaml). */
export const PLANTED = ['pl4nted-base-s3cret', 'pl4nted-head-s3cret'];

export interface PrRepo {
  dir: string;
  baseSha: string;
  headSha: string;
  cleanup(): void;
}

// Fixed identity and dates, so the commits (and anything derived from their SHAs) are the same every run.
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
};

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/**
 * Makes `dir` (its files are the base) a repository with two commits: the base, then what `toHead`
 * changes in the tree (writes and deletions, all committed).
 */
export function commitBaseAndHead(dir: string, toHead: () => void): { baseSha: string; headSha: string } {
  git(dir, 'init', '--quiet', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  toHead();
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', 'head');
  return { baseSha, headSha: git(dir, 'rev-parse', 'HEAD') };
}

export function makePrRepo(): PrRepo {
  const dir = mkdtempSync(join(tmpdir(), 'pr-repo-'));
  cpSync(join(PR_FIXTURES, 'base'), dir, { recursive: true });
  const head = join(PR_FIXTURES, 'head');
  const { baseSha, headSha } = commitBaseAndHead(dir, () => {
    const removes = readFileSync(join(head, 'REMOVE'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    for (const path of removes) rmSync(join(dir, path));
    cpSync(head, dir, { recursive: true, filter: (src) => src !== join(head, 'REMOVE') });
  });
  return { dir, baseSha, headSha, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Settings as the action would read them for the fixture repo, plus `inputs` by input name. */
export function prSettings(repoRoot: string, inputs: Record<string, string> = {}): Settings {
  const all: Record<string, string> = { repo: repoRoot, 'repo-url': REPO_URL, 'context-lines': '2', ...inputs };
  return readSettings((name) => all[name] ?? '', { mode: 'diff', installMissingTools: false, cacheDir: join(repoRoot, '.cache') });
}
