// The CLI's sharded preview through the bundle: `diff --shard i/3 --preview-file` per shard, then
// `merge FILES...` prints the same markdown and exits like one unsharded `diff` of the same commits.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { makePrRepo, REPO_URL, type PrRepo } from '../pipeline/pr-repo.js';

const CLI = join(process.cwd(), 'dist', 'cli', 'index.js');
const timeless = (text: string) => text.replace(/gitops-sync · \d+\.\d s/g, 'gitops-sync · N s');

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env }, timeout: 180_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as NodeJS.ErrnoException & { code?: unknown }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('gitops-sync diff --shard / merge', () => {
  let repo: PrRepo;
  let out: string;
  beforeAll(() => {
    repo = makePrRepo();
    out = mkdtempSync(join(tmpdir(), 'cli-shards-'));
  });
  afterAll(() => {
    repo.cleanup();
    rmSync(out, { recursive: true, force: true });
  });
  const diffArgs = () => ['diff', '--repo', repo.dir, '--base', repo.baseSha, '--head', repo.headSha, '--repo-url', REPO_URL, '--cache-dir', join(out, 'cache')];

  it('merges the shards into the unsharded preview and exit code', async () => {
    const whole = await cli([...diffArgs(), '--out', join(out, 'whole.md')]);
    expect(whole.code).toBe(1);
    const files = [1, 2, 3].map((i) => join(out, `shard-${i}.json`));
    for (const [i, file] of files.entries()) {
      const shard = await cli([...diffArgs(), '--shard', `${i + 1}/3`, '--preview-file', file]);
      expect(shard).toMatchObject({ code: 0, stdout: '' });
      expect(shard.stderr).toContain(`shard ${i + 1}/3: preview file ${file}`);
    }
    const merged = await cli(['merge', '--out', join(out, 'merged.md'), ...files]);
    expect(merged.code).toBe(1);
    const wholeMd = readFileSync(join(out, 'whole.md'), 'utf8');
    expect(wholeMd).toContain('`shared-config (renamed from shared-config-v1)`');
    expect(timeless(readFileSync(join(out, 'merged.md'), 'utf8'))).toBe(timeless(wholeMd));
    const lastLine = (s: string) => s.trim().split('\n').pop();
    expect(lastLine(merged.stderr)).toBe(lastLine(whole.stderr));

    const missing = await cli(['merge', files[0], files[2]]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('gitops-sync: missing shard 2/3 (got 2 of 3 preview files): did every matrix job upload its preview-file?\n');
    const nofile = await cli(['merge', join(out, 'nope.json')]);
    expect(nofile.stderr).toContain(`gitops-sync: ${join(out, 'nope.json')}: cannot read the preview file (ENOENT)\n`);
    for (const r of [missing, nofile]) expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 300_000);
});
