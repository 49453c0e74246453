// The bundled action (dist/index.js) run as GitHub runs it: a pull_request event payload, inputs as
// INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing at a local
// server speaking GitHub's issue-comment API. Build the bundle first: node scripts/bundle.mjs dist.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markerPart } from '../../src/report/markdown.js';
import { makePrRepo, PLANTED, REPO_URL, type PrRepo } from '../pipeline/pr-repo.js';
import { FakeGitHub } from '../support/github-server.js';
import { nodeBinaries } from '../support/node-binaries.js';
import { runActionOnPullRequest } from '../support/run-action.js';

const TOKEN = 'ghs_e2e-t0ken-value';

describe.each(nodeBinaries())('dist/index.js on a pull_request event under %s', (_label, node) => {
  let repo: PrRepo;
  let gh: FakeGitHub;
  let runnerTemp: string;

  beforeAll(async () => {
    repo = makePrRepo();
    gh = new FakeGitHub({ token: TOKEN, repo: 'example/gitops' });
    await gh.start();
    runnerTemp = mkdtempSync(join(tmpdir(), 'runner-'));
  });
  afterAll(async () => {
    await gh.stop();
    repo.cleanup();
    rmSync(runnerTemp, { recursive: true, force: true });
  });

  it('posts the preview comment, writes the summary and outputs, and fails the step on the broken app, the flagged ApplicationSet and policy', async () => {
    const run = await runActionOnPullRequest({
      node,
      runnerTemp,
      apiUrl: gh.baseUrl,
      repository: 'example/gitops',
      pr: { number: 12, baseSha: repo.baseSha, headSha: repo.headSha, headRef: 'retire-canary' },
      inputs: { 'github-token': TOKEN, repo: repo.dir, 'repo-url': REPO_URL, 'context-lines': '2' },
    });

    expect(run.stdout).toContain('::error::1 app failed to render (broken); 1 new problem loading specs or tools; 1 new policy violation: see the errors above and the PR comment');
    expect(run.code).toBe(1);

    expect(gh.comments).toHaveLength(1);
    const body = gh.comments[0].body;
    expect(gh.comments[0].issue).toBe(12);
    expect(markerPart(body, 'preview/diff')).toBe(0);
    expect(body).toContain(
      '**6 apps changed, 3 added, 4 removed, 3 fixed** · resources **+7 ~5 -12** · :no_entry: **1 policy violation** · :x: **2 errors** · :warning: **ApplicationSets delete 2 apps**',
    );
    expect(body).toContain('- :warning: ApplicationSet `echo` would delete 1 Application: `echo-canary` — its resources are deleted too (no preserveResourcesOnDeletion)');
    expect(body).toContain('| `preview-12` ← appset `previews` | `https://kubernetes.default.svc/preview-retire-canary` | added |');
    expect(body).toContain('| `fixed` | `https://kubernetes.default.svc/fixed` | fixed (failed to render on base) |');
    expect(body).toContain('- [PreSync wave 0] hook batch/Job guestbook/guestbook-migrate (PreSync hook)');
    expect(body).toContain('`shared-config (renamed from shared-config-v1)`');

    const { outputs, summary } = run;
    expect(outputs['comment-url']).toBe(gh.comments[0].html_url);
    expect(outputs['has-changes']).toBe('true');
    // `broken` fails to render: an error, not a change.
    expect(JSON.parse(outputs['changed-apps']).map((a: { name: string }) => a.name)).toEqual([
      'echo-canary',
      'echo-production',
      'echo-staging',
      'fixed',
      'guestbook',
      'legacy',
      'mended',
      'pinned-a',
      'pinned-b',
      'podinfo',
      'preview-12',
      'retired-eu',
      'shared-config',
      'team-a-cache',
      'tenant-team-a',
      'zone-eu',
    ]);
    expect(JSON.parse(outputs.counts)).toMatchObject({ apps: { changed: 6, added: 3, removed: 4, fixed: 3 }, appsWithChanges: 16, errors: 2, policyViolations: 1 });
    expect(run.stdout).toContain('6 apps changed, 3 added, 4 removed, 3 fixed · resources +7 ~5 -12 · 1 policy violation · 2 errors; full diff in ');
    const diffFile = readFileSync(outputs['diff-file'], 'utf8');
    expect(summary).toContain(diffFile);
    expect(diffFile).toContain('@@ apps/Deployment podinfo/podinfo @@');

    // The token shows only in the runner's masking command; Secret values nowhere at all.
    expect(run.stdout.split('\n').filter((l) => l.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`]);
    const forms = PLANTED.flatMap((s) => [s, Buffer.from(s).toString('base64')]);
    for (const text of [body, summary, diffFile, JSON.stringify(outputs), run.stdout, run.stderr]) {
      for (const f of forms) expect(text).not.toContain(f);
    }
  }, 180_000);
});
