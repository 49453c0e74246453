// Mode diff end to end inside the process: event payload → base worktree → preview → sticky comment on
// a local GitHub API server through the real Octokit, job summary, diff file and outputs, all captured.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDiffMode } from '../../src/action/diff-mode.js';
import { markerPart } from '../../src/report/markdown.js';
import { makePrRepo, PLANTED, prSettings, type PrRepo } from '../pipeline/pr-repo.js';
import { captureIO } from '../support/capture-io.js';
import { FakeGitHub } from '../support/github-server.js';

const TOKEN = 'ghs_t0ken-under-test';

describe('runDiffMode', () => {
  let repo: PrRepo;
  let gh: FakeGitHub;
  let runnerTemp: string;
  const saved = { ...process.env };

  function pullRequestEvent(pr: Record<string, unknown> = {}): void {
    const file = join(runnerTemp, 'event.json');
    writeFileSync(
      file,
      JSON.stringify({
        action: 'synchronize',
        number: 7,
        pull_request: {
          number: 7,
          title: 'Retire canary',
          user: { login: 'octocat' },
          labels: [{ name: 'preview' }],
          base: { sha: repo.baseSha, ref: 'main', repo: { full_name: 'example/gitops' } },
          head: { sha: repo.headSha, ref: 'feature/Retire-Canary', repo: { full_name: 'example/gitops' } },
          ...pr,
        },
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

  beforeAll(async () => {
    repo = makePrRepo();
    gh = new FakeGitHub({ token: TOKEN, repo: 'example/gitops' });
    await gh.start();
  });
  beforeEach(() => {
    runnerTemp = mkdtempSync(join(tmpdir(), 'runner-temp-'));
    gh.comments = [];
    gh.requests = [];
    gh.failures = [];
    gh.beforeServe = undefined;
  });
  afterEach(() => {
    process.env = { ...saved };
    rmSync(runnerTemp, { recursive: true, force: true });
  });
  afterAll(async () => {
    await gh.stop();
    repo.cleanup();
  });

  it('posts the sticky comment, writes summary, diff file and outputs, and fails on the render error', async () => {
    pullRequestEvent();
    const c = captureIO();
    const failure = await runDiffMode(prSettings(repo.dir, { 'github-token': TOKEN }), c.io);
    expect(failure).toBe('1 app failed to render (broken); 1 problem loading specs or tools; 1 policy violation: see the errors above and the PR comment');

    expect(gh.comments).toHaveLength(1);
    const comment = gh.comments[0];
    expect(comment.issue).toBe(7);
    expect(markerPart(comment.body, 'GitOps-preview/diff')).toBe(0);
    expect(comment.body).toContain('`shared-config (renamed from shared-config-v1)`');
    expect(c.outputs['comment-url']).toBe(comment.html_url);

    expect(c.outputs['has-changes']).toBe('true');
    const changed = JSON.parse(c.outputs['changed-apps']) as { name: string; status: string }[];
    expect(changed.map((a) => `${a.name}:${a.status}`)).toEqual([
      'broken:errored',
      'echo-canary:removed',
      'echo-production:changed',
      'echo-staging:changed',
      'fixed:added',
      'guestbook:changed',
      'legacy:removed',
      'mended:changed',
      'pinned-a:changed',
      'pinned-b:removed',
      'podinfo:changed',
      'preview-7:added',
      'retired-eu:removed',
      'shared-config:changed',
      'team-a-cache:added',
      'tenant-team-a:added',
      'zone-eu:added',
    ]);
    // The event's pull request feeds the pull-request generator: branch slug, number, owner shown.
    expect(changed.find((a) => a.name === 'preview-7')).toMatchObject({ appSet: 'previews', destination: 'https://kubernetes.default.svc/preview-feature-retire-canary' });
    expect(comment.body).toContain('| `preview-7` ← appset `previews` |');
    expect(comment.body).not.toContain('pullRequest generator yields nothing');
    expect(c.logs).toContain('warning: ApplicationSet echo would delete 1 Application (echo-canary); resources deleted too');
    expect(c.logs).toContain('warning: ApplicationSet retired would delete 1 Application (retired-eu); resources preserved');
    expect(c.logs).toContain(
      'info: note: ApplicationSet pinned no longer generates pinned-b, but its applicationsSync policy create-update does not delete Applications',
    );
    expect(c.outputs['diff-file'].startsWith(runnerTemp)).toBe(true);
    const diffFile = readFileSync(c.outputs['diff-file'], 'utf8');
    expect(c.summaries).toEqual([diffFile]);
    expect(diffFile).toContain('@@ apps/Deployment podinfo/podinfo @@');
    expect(c.logs).toContainEqual(expect.stringMatching(/^error: apps\/broken\.yaml:13: app broken: .*values\.mustBeSet is required/));

    // The base worktree is gone again.
    expect(readFileSync(join(repo.dir, '.git', 'HEAD'), 'utf8')).toContain('refs/heads/main');
    expect(() => readFileSync(join(repo.dir, '.git', 'worktrees'))).toThrow();

    const everything = [...gh.comments.map((x) => x.body), ...c.summaries, diffFile, ...Object.values(c.outputs), ...c.logs];
    const forms = PLANTED.flatMap((s) => [s, Buffer.from(s).toString('base64')]);
    for (const text of everything) {
      for (const f of forms) expect(text).not.toContain(f);
      expect(text).not.toContain(TOKEN);
    }
  }, 120_000);

  it('updates the same comment on the next run instead of adding one', async () => {
    pullRequestEvent();
    await runDiffMode(prSettings(repo.dir, { 'github-token': TOKEN }), captureIO().io);
    const first = gh.comments.map((x) => x.id);
    gh.comments[0].body = `${gh.comments[0].body}\nedited by hand`;
    await runDiffMode(prSettings(repo.dir, { 'github-token': TOKEN }), captureIO().io);
    expect(gh.comments.map((x) => x.id)).toEqual(first);
    expect(gh.comments[0].body).not.toContain('edited by hand');
    expect(gh.requests.filter((r) => r.startsWith('PATCH'))).toHaveLength(1);
  }, 120_000);

  it('skips the comment with a warning without a token, or for a fork, and still writes the summary', async () => {
    pullRequestEvent();
    const noToken = captureIO();
    await runDiffMode(prSettings(repo.dir), noToken.io);
    expect(noToken.logs).toContain('warning: no github-token: the PR comment is skipped; the job summary has the full preview');
    expect(noToken.outputs['comment-url']).toBe('');
    expect(noToken.summaries[0]).toContain('### gitops-sync preview');

    pullRequestEvent({ head: { sha: repo.headSha, repo: { full_name: 'someone/gitops' } } });
    const fork = captureIO();
    await runDiffMode(prSettings(repo.dir, { 'github-token': TOKEN }), fork.io);
    expect(fork.logs).toContainEqual(expect.stringContaining('warning: pull request from a fork'));
    expect(gh.requests).toEqual([]);
  }, 120_000);

  it('uses the base-ref input over the event and a comment-key input over workflow/job', async () => {
    pullRequestEvent({ base: { sha: 'not-a-revision', repo: { full_name: 'example/gitops' } } });
    const c = captureIO();
    await runDiffMode(prSettings(repo.dir, { 'github-token': TOKEN, 'base-ref': repo.headSha, 'comment-key': 'staging' }), c.io);
    // Head against itself: no app's inputs differ, so nothing renders and nothing changed; the app
    // that cannot render is reported only when every app renders (render-unchanged).
    expect(JSON.parse(c.outputs['changed-apps'])).toEqual([]);
    expect(c.logs).toContainEqual(expect.stringMatching(/base: rendered 0 of \d+ apps/));
    expect(markerPart(gh.comments[0].body, 'staging')).toBe(0);
    const full = captureIO();
    await runDiffMode(prSettings(repo.dir, { 'github-token': TOKEN, 'base-ref': repo.headSha, 'comment-key': 'staging', 'render-unchanged': 'true' }), full.io);
    expect(JSON.parse(full.outputs['changed-apps'])).toEqual([expect.objectContaining({ name: 'broken', status: 'errored' })]);
  }, 120_000);

  it('fails the step naming the GitHub call and cause when the comment cannot be posted; a refused token only warns', async () => {
    pullRequestEvent();
    // Head against itself: nothing renders (the head's spec and policy errors stay the same).
    const inputs = { 'github-token': TOKEN, 'base-ref': repo.headSha };
    const limited = { status: 403, message: 'API rate limit exceeded for installation ID 42.', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '0' } };
    const c = captureIO();
    const ok = await runDiffMode(prSettings(repo.dir, inputs), captureIO().io);
    expect(ok).toMatch(/^1 problem loading specs or tools; 1 policy violation/);
    gh.failures = [limited, limited, limited];
    expect(await runDiffMode(prSettings(repo.dir, inputs), c.io)).toBe(
      `${ok}; ` +
        "GitHub list comments of pull request #7 failed: HTTP 403 (API rate limit exceeded for installation ID 42.): the token's API rate limit is used up, still after 2 retries; " +
        'the pull request has no up-to-date preview comment (the job summary has the full preview)',
    );
    expect(c.logs.filter((l) => l.includes('rate limit on GET')).map((l) => l.replace(/.*; /, ''))).toEqual(['retry 1 of 2 in 0 s', 'retry 2 of 2 in 0 s']);
    expect(c.summaries).toHaveLength(1);

    gh.failures = [{ status: 403, message: 'Resource not accessible by integration' }];
    const refused = captureIO();
    expect(await runDiffMode(prSettings(repo.dir, inputs), refused.io)).toBe(ok);
    expect(refused.logs).toContain(
      'warning: cannot comment on the pull request: GitHub list comments of pull request #7 failed: HTTP 403 (Resource not accessible by integration): does the token have pull-requests: write?; the job summary has the full preview',
    );
    expect(refused.outputs['comment-url']).toBe('');
  }, 120_000);

  it('creates the comment again when a user deleted it between the listing and the update', async () => {
    pullRequestEvent();
    await runDiffMode(prSettings(repo.dir, { 'github-token': TOKEN }), captureIO().io);
    gh.comments[0].body += '\nedited, so the next run updates it';
    gh.beforeServe = (r) => {
      if (r.startsWith('PATCH')) gh.comments = [];
    };
    const c = captureIO();
    await runDiffMode(prSettings(repo.dir, { 'github-token': TOKEN }), c.io);
    gh.beforeServe = undefined;
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0].body).toContain('### gitops-sync preview');
    expect(c.outputs['comment-url']).toBe(gh.comments[0].html_url);
    expect(c.logs).toContain('info: PR comment: 1 created, 0 updated, 0 deleted');
  }, 120_000);

  it('stops before commenting on an apps glob that matches nothing in the head', async () => {
    pullRequestEvent();
    const c = captureIO();
    await expect(runDiffMode(prSettings(repo.dir, { 'github-token': TOKEN, apps: 'apps/**\nappz/**' }), c.io)).rejects.toThrow(
      `apps: "appz/**" matches no YAML or JSON file in ${repo.dir}`,
    );
    expect(gh.comments).toEqual([]);
  }, 120_000);

  it('fails clearly without a pull request or base-ref', async () => {
    process.env.GITHUB_EVENT_PATH = join(runnerTemp, 'push.json');
    writeFileSync(process.env.GITHUB_EVENT_PATH, JSON.stringify({ ref: 'refs/heads/main' }));
    const failure = await runDiffMode(prSettings(repo.dir), captureIO().io);
    expect(failure).toBe('no base revision: run on a pull_request event or set the base-ref input');
  });
});
