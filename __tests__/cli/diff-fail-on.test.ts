// `gitops-sync diff --fail-on` through the bundle: the exit code follows the same rule as the action's
// step. The PR fixture's head against itself with every app rendered: `broken` fails on both sides, so
// it is still failing, not new.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { makePrRepo, REPO_URL, type PrRepo } from '../pipeline/pr-repo.js';

const CLI = join(process.cwd(), 'dist', 'cli', 'index.js');

function diff(repo: PrRepo, ...extra: string[]): Promise<{ code: number; stderr: string }> {
  const args = [CLI, 'diff', '--repo', repo.dir, '--base', repo.headSha, '--head', repo.headSha, '--repo-url', REPO_URL, '--render-unchanged', '--out', join(repo.dir, '.out.md'), ...extra];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { env: { ...process.env, GITOPS_SYNC_CACHE: join(repo.dir, '.cache') }, timeout: 180_000 }, (err, _stdout, stderr) => {
      resolve({ code: err ? Number((err as NodeJS.ErrnoException & { code?: unknown }).code ?? 1) : 0, stderr });
    });
  });
}

describe('gitops-sync diff --fail-on', () => {
  let repo: PrRepo;
  beforeAll(() => {
    repo = makePrRepo();
  });
  afterAll(() => repo?.cleanup());

  it('exits 0 on errors the base has too, 1 with --fail-on errors, and names them as still failing', async () => {
    const lenient = await diff(repo);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toMatch(/^still failing \(also on the base\): apps\/broken\.yaml:13: app broken: /m);
    expect(lenient.stderr).not.toMatch(/^error: /m);
    // The counts line: nothing changed, nothing new, three things still failing.
    expect(lenient.stderr).toContain('0 apps changed, 0 added, 0 removed · resources +0 ~0 -0 · 3 still failing (also on the base)\n');

    const strict = await diff(repo, '--fail-on', 'errors');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('; fails: 1 app failed to render (broken); 1 problem loading specs or tools; 1 policy violation\n');
  }, 360_000);

  it('refuses an unknown --fail-on value as a usage error', async () => {
    const bad = await diff(repo, '--fail-on', 'sometimes');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('fail-on: expected new-errors, errors or never, got "sometimes"');
  }, 60_000);
});
