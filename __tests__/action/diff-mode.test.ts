// Mode diff end to end inside the process: event payload → base worktree → preview → sticky comment on
// a local GitHub API server through the real Octokit, job summary, diff file and outputs, all captured.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDiffMode } from '../../src/action/diff-mode.js';
import { appsText, countsText, type PreviewCounts } from '../../src/report/counts.js';
import { markerPart } from '../../src/report/markdown.js';
import { makePrRepo, PLANTED, prSettings, type PrRepo } from '../pipeline/pr-repo.js';
import { captureIO } from '../support/capture-io.js';
import { FakeGitHub } from '../support/github-server.js';

const TOKEN = 'ghs_t0ken-under-test';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
    expect(failure).toBe('1 app failed to render (broken); 1 new problem loading specs or tools; 1 new policy violation: see the errors above and the PR comment');

    expect(gh.comments).toHaveLength(1);
    const comment = gh.comments[0];
    expect(comment.issue).toBe(7);
    expect(markerPart(comment.body, 'GitOps-preview/diff')).toBe(0);
    expect(comment.body).toContain('`shared-config (renamed from shared-config-v1)`');
    expect(c.outputs['comment-url']).toBe(comment.html_url);

    expect(c.outputs['has-changes']).toBe('true');
    const changed = JSON.parse(c.outputs['changed-apps']) as { name: string; status: string }[];
    expect(changed.map((a) => `${a.name}:${a.status}`)).toEqual([
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
  }, 120_000);

  it('holds the PR to new errors only: one the base has too is still failing, a warning, unless fail-on is errors', async () => {
    // Head against itself with every app rendered: `broken` fails on both sides.
    pullRequestEvent({ base: { sha: repo.headSha, repo: { full_name: 'example/gitops' } } });
    const inputs = { 'github-token': TOKEN, 'render-unchanged': 'true' };
    const c = captureIO();
    expect(await runDiffMode(prSettings(repo.dir, inputs), c.io)).toBeUndefined();
    expect(JSON.parse(c.outputs['changed-apps'])).toEqual([]);
    expect(c.logs).toContainEqual(expect.stringMatching(/^warning: still failing \(also on the base\): apps\/broken\.yaml:13: app broken: .*values\.mustBeSet is required/));
    expect(c.logs).toContainEqual(expect.stringMatching(/^warning: still failing \(also on the base\): appsets\/tenants\.yaml:16: app tenants: /));
    expect(c.logs).toContainEqual(expect.stringMatching(/^warning: apps\/added\.yaml:\d+: app team-a-cache: policy \(also on the base\): /));
    expect(c.logs.filter((l) => l.startsWith('error:'))).toEqual([]);
    const body = gh.comments[0].body;
    expect(body).not.toContain(':x:');
    expect(body).toContain('<b>Still failing</b> (3)');
    expect(JSON.parse(c.outputs.counts)).toMatchObject({ errors: 0, stillFailing: 2, existingPolicyViolations: 1 });

    const strict = captureIO();
    expect(await runDiffMode(prSettings(repo.dir, { ...inputs, 'fail-on': 'errors' }), strict.io)).toBe(
      '1 app failed to render (broken); 1 problem loading specs or tools; 1 policy violation: see the errors above and the PR comment',
    );
    expect(strict.logs).toContainEqual(expect.stringMatching(/^error: still failing \(also on the base\): apps\/broken\.yaml:13/));
    expect(await runDiffMode(prSettings(repo.dir, { 'github-token': TOKEN, 'fail-on': 'never' }), captureIO().io)).toBeUndefined();
  }, 180_000);

  it('reports the same counts in the comment, the job summary, the log and the outputs', async () => {
    pullRequestEvent();
    const c = captureIO();
    await runDiffMode(prSettings(repo.dir, { 'github-token': TOKEN }), c.io);
    const counts = JSON.parse(c.outputs.counts) as PreviewCounts;
    const headline = (text: string) => text.split('\n').find((l) => l.startsWith('**') && l.includes(' changed, '))!;
    const facts = headline(gh.comments[0].body);
    expect(headline(c.summaries[0])).toBe(facts);
    // The comment's and the log's "apps changed" are one text; errored apps are in neither.
    expect(facts).toContain(`**${appsText(counts)}**`);
    expect(c.logs).toContainEqual(expect.stringMatching(new RegExp(`^info: ${escapeRegExp(countsText(counts))}; full diff in `)));
    expect(countsText(counts)).toContain(`${counts.errors} errors`);
    expect(facts).toContain(`:x: **${counts.errors} errors**`);
    expect(facts).toContain(`:no_entry: **${counts.policyViolations} policy violation**`);
    expect(JSON.parse(c.outputs['changed-apps'])).toHaveLength(counts.appsWithChanges);
    expect(counts.apps).toEqual({ changed: 6, added: 3, removed: 4, fixed: 3, unchanged: 1 });
    const errorLines = c.logs.filter((l) => l.startsWith('error:') && !l.includes(': policy: '));
    expect(errorLines).toHaveLength(counts.errors);
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
