// ACTIONS_STEP_DEBUG (the runner sets RUNNER_DEBUG=1): the bundled action adds `::debug::` lines at
// each stage; without it, none. Render mode needs no GitHub API or cluster.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

const ACTION = join(process.cwd(), 'dist', 'index.js');
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'step-debug-'));
  cpSync(join('examples', 'gitops-repo'), join(work, 'repo'), { recursive: true });
  writeFileSync(join(work, 'output'), '');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runRender(debug: boolean): Promise<string> {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...(process.env.GITOPS_SYNC_CACHE ? { GITOPS_SYNC_CACHE: process.env.GITOPS_SYNC_CACHE } : {}),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_OUTPUT: join(work, 'output'),
    RUNNER_TEMP: work,
    INPUT_MODE: 'render',
    INPUT_REPO: join(work, 'repo'),
    'INPUT_REPO-URL': 'https://github.com/example-org/gitops-repo.git',
    ...(debug ? { RUNNER_DEBUG: '1' } : {}),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.on('error', reject);
    child.on('close', () => resolve(stdout));
  });
}

describe('step debug', () => {
  it('adds ::debug:: lines for apps found, tool commands and timings only when the runner asks for them', async () => {
    const quiet = await runRender(false);
    expect(quiet).toContain('rendered 6 of 6 app(s)');
    expect(quiet).not.toContain('::debug::');
    const loud = await runRender(true);
    expect(loud).toMatch(/^::debug::found \d+ Application\(s\): .*guestbook.*$/m);
    expect(loud).toMatch(/^::debug::run \S*helm template .*$/m);
    expect(loud).toMatch(/^::debug::\S*helm template: exit 0 after \d+ ms$/m);
    expect(loud).toMatch(/^::debug::render 6 app\(s\): \d+ ms$/m);
  }, 120_000);
});
