// A sharded preview end to end inside the process, with the real tools: three `shard: i/3` jobs write
// preview files and post nothing; the merge job (mode merge) over the files posts the one comment and
// job summary, identical to an unsharded run of the same pull request on the GitHub API stand-in.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { runDiffMode } from '../../src/action/diff-mode.js';
import { runMergeMode } from '../../src/action/merge-mode.js';
import type { PreviewFile } from '../../src/pipeline/preview-file.js';
import { makePrRepo, PLANTED, prSettings, type PrRepo } from '../pipeline/pr-repo.js';
import { captureIO, type Captured } from '../support/capture-io.js';
import { FakeGitHub } from '../support/github-server.js';

const TOKEN = 'ghs_t0ken-under-test';
/** The footer's run time is the one thing two runs cannot share. */
const timeless = (text: string) => text.replace(/gitops-sync · \d+\.\d s/g, 'gitops-sync · N s');

describe('sharded preview: 3 shards + merge', () => {
  let repo: PrRepo;
  let gh: FakeGitHub;
  let runnerTemp: string;
  const saved = { ...process.env };
  const inputs = { 'github-token': TOKEN, 'comment-key': 'preview' };
  let unsharded: { comments: string[]; run: Captured; failure?: string };
  let shardFiles: string[];
  let downloads: string;

  function pullRequestEvent(number = 7): void {
    const file = join(runnerTemp, 'event.json');
    const gitops = { full_name: 'example/gitops' };
    writeFileSync(
      file,
      JSON.stringify({
        action: 'synchronize',
        number,
        pull_request: { number, title: 'Retire canary', base: { sha: repo.baseSha, ref: 'main', repo: gitops }, head: { sha: repo.headSha, ref: 'feature/Retire-Canary', repo: gitops } },
      }),
    );
    Object.assign(process.env, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: file,
      GITHUB_REPOSITORY: 'example/gitops',
      GITHUB_API_URL: gh.baseUrl,
      GITHUB_WORKFLOW: 'GitOps preview',
      GITHUB_JOB: 'diff',
      RUNNER_TEMP: runnerTemp,
    });
  }

  async function merge(globs: string, number = 7): Promise<{ run: Captured; failure?: string }> {
    pullRequestEvent(number);
    const run = captureIO();
    const failure = await runMergeMode(prSettings(repo.dir, { ...inputs, mode: 'merge', 'preview-files': globs }), run.io);
    return { run, failure };
  }

  beforeAll(async () => {
    repo = makePrRepo();
    gh = new FakeGitHub({ token: TOKEN, repo: 'example/gitops' });
    await gh.start();
    runnerTemp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    pullRequestEvent();
    const run = captureIO();
    const failure = await runDiffMode(prSettings(repo.dir, inputs), run.io);
    unsharded = { comments: gh.comments.map((c) => c.body), run, failure };

    // The matrix: each shard in its own runner, as download-artifact lays the artifacts out.
    gh.comments = [];
    gh.requests = [];
    downloads = mkdtempSync(join(tmpdir(), 'previews-'));
    shardFiles = [];
    for (const i of [1, 2, 3]) {
      runnerTemp = mkdtempSync(join(tmpdir(), `runner-temp-${i}-`));
      pullRequestEvent();
      const shard = captureIO();
      expect(await runDiffMode(prSettings(repo.dir, { ...inputs, shard: `${i}/3` }), shard.io)).toBeUndefined();
      expect(shard.summaries).toEqual([]);
      const file = shard.outputs['preview-file'];
      expect(file.startsWith(runnerTemp)).toBe(true);
      mkdirSync(join(downloads, `preview-${i}`));
      shardFiles.push(join(downloads, `preview-${i}`, basename(file)));
      cpSync(file, shardFiles[i - 1]);
    }
    expect(gh.requests).toEqual([]);
  }, 300_000);

  afterEach(() => {
    gh.comments = [];
  });
  afterAll(async () => {
    process.env = { ...saved };
    await gh.stop();
    repo.cleanup();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('splits the apps: every app in exactly one shard, each shard with changes of its own', () => {
    const files = shardFiles.map((f) => JSON.parse(readFileSync(f, 'utf8')) as PreviewFile);
    const names = files.map((f) => f.findings.diffs.map((d) => d.name));
    const all = JSON.parse(unsharded.run.outputs['changed-apps']) as { name: string }[];
    for (const n of names) expect(n.length).toBeGreaterThan(0);
    expect(new Set(names.flat()).size).toBe(names.flat().length);
    for (const a of all) expect(names.flat()).toContain(a.name);
    expect(files.map((f) => [f.format, f.version, f.shard, f.pullRequest])).toEqual(
      [1, 2, 3].map((index) => ['gitops-sync-preview', 1, { index, count: 3 }, { repository: 'example/gitops', number: 7 }]),
    );
    // Secrets are masked in the files as everywhere else.
    for (const f of shardFiles) for (const s of [...PLANTED, TOKEN]) expect(readFileSync(f, 'utf8')).not.toContain(s);
  });

  it('merges into the same comment, job summary, outputs and verdict as the unsharded run', async () => {
    const { run, failure } = await merge(`${downloads}/**/*.json`);
    expect(gh.comments.map((c) => timeless(c.body))).toEqual(unsharded.comments.map(timeless));
    expect(run.summaries.map(timeless)).toEqual(unsharded.run.summaries.map(timeless));
    expect(unsharded.comments[0]).toContain('`shared-config (renamed from shared-config-v1)`');
    for (const o of ['changed-apps', 'has-changes']) expect(run.outputs[o]).toBe(unsharded.run.outputs[o]);
    expect(run.outputs['comment-url']).toBe(gh.comments[0].html_url);
    expect(failure).toBe(unsharded.failure);
    expect(failure).toMatch(/^1 app failed to render \(broken\)/);
    const annotations = (c: Captured) => c.logs.filter((l) => /^(error|warning): /.test(l)).sort();
    expect(annotations(run)).toEqual(annotations(unsharded.run));
  }, 120_000);

  it('refuses a missing shard, naming it', async () => {
    await expect(merge(`${downloads}/preview-1/*.json\n${downloads}/preview-3/*.json`)).rejects.toThrow(
      'missing shard 2/3 (got 2 of 3 preview files): did every matrix job upload its preview-file?',
    );
    expect(gh.comments).toEqual([]);
  });

  it('refuses files of another commit, another pull request or another format version, naming the file', async () => {
    const other = mkdtempSync(join(tmpdir(), 'previews-other-'));
    const tamper = (name: string, change: (f: PreviewFile) => void): string => {
      const dir = join(other, name);
      mkdirSync(dir);
      for (const f of shardFiles) cpSync(f, join(dir, basename(f)));
      const target = join(dir, basename(shardFiles[1]));
      const file = JSON.parse(readFileSync(target, 'utf8')) as PreviewFile;
      change(file);
      writeFileSync(target, JSON.stringify(file));
      return target;
    };
    try {
      const commit = tamper('commit', (f) => (f.findings.headRevision = '0123abc'));
      await expect(merge(`${other}/commit/*.json`)).rejects.toThrow(`preview files of different runs: ${commit} has head revision 0123abc`);
      const pr = tamper('pr', (f) => (f.pullRequest = { repository: 'example/gitops', number: 8 }));
      await expect(merge(`${other}/pr/*.json`)).rejects.toThrow(`preview files of different runs: ${pr} has pull request example/gitops#8`);
      const version = tamper('version', (f) => (f.version = 2));
      await expect(merge(`${other}/version/*.json`)).rejects.toThrow(`${version}: preview file version 2, but this gitops-sync reads version 1`);
      // Files of the right run, but this run is for another pull request.
      await expect(merge(`${downloads}/**/*.json`, 9)).rejects.toThrow('the preview files are of pull request example/gitops#7, this run is for example/gitops#9');
      await expect(merge(`${other}/nothing-here/*.json`)).rejects.toThrow(`${other}/nothing-here/*.json: matches no file`);
      expect(gh.comments).toEqual([]);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
