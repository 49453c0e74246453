// The real Octokit (with retry and throttling plugins) against a local server that speaks GitHub's
// issue-comment endpoints: list with Link pagination, create, update, delete.
import { commentKey, makeOctokit } from '../../src/github/client.js';
import { upsertStickyComments } from '../../src/github/comments.js';
import { partMarker } from '../../src/report/markdown.js';
import { FakeGitHub } from '../support/github-server.js';

const body = (key: string, part: number, text: string) => `${partMarker(key, part)}\n\n${text}`;

describe('upsertStickyComments', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = new FakeGitHub();
    await gh.start();
    // Enough unrelated comments that ours sit on the second page.
    for (let i = 0; i < 120; i++) gh.seed(7, `someone else's comment ${i}`);
    gh.seed(7, body('other/job', 0, 'another instance of the action'));
  });
  afterEach(() => gh.stop());

  it('creates three parts, then updates part 0 in place and deletes the two surplus parts', async () => {
    const octokit = makeOctokit('test-token', { baseUrl: gh.baseUrl, retryAfterBaseValue: 1 });
    const key = 'deploy/preview';
    const first = await upsertStickyComments(octokit, { owner: 'o', repo: 'r', issueNumber: 7, key, parts: [0, 1, 2].map((i) => body(key, i, `run 1 part ${i}`)) });
    expect(first).toMatchObject({ created: 3, updated: 0, deleted: 0 });
    expect(first.urls).toHaveLength(3);
    const part0Id = gh.comments.find((c) => c.body.includes('run 1 part 0'))!.id;
    // Listing walked both pages via the Link header.
    expect(gh.requests.filter((r) => r.startsWith('GET')).map((r) => r.replace(/.*\?/, ''))).toEqual(['per_page=100', 'per_page=100&page=2']);

    gh.requests = [];
    const second = await upsertStickyComments(octokit, { owner: 'o', repo: 'r', issueNumber: 7, key, parts: [body(key, 0, 'run 2 only part')] });
    expect(second).toMatchObject({ created: 0, updated: 1, deleted: 2 });
    const ours = gh.comments.filter((c) => c.body.includes(`gitops-sync:${key}:`));
    expect(ours).toEqual([expect.objectContaining({ id: part0Id, body: body(key, 0, 'run 2 only part') })]);
    expect(second.urls).toEqual([ours[0].html_url]);
    // Other comments, including another key's sticky comment, are untouched.
    expect(gh.comments).toHaveLength(122);
    expect(gh.requests.filter((r) => r.startsWith('PATCH'))).toEqual([`PATCH /repos/o/r/issues/comments/${part0Id}`]);
    expect(gh.requests.filter((r) => r.startsWith('DELETE'))).toHaveLength(2);

    const third = await upsertStickyComments(octokit, { owner: 'o', repo: 'r', issueNumber: 7, key, parts: [body(key, 0, 'run 2 only part')] });
    expect(third).toMatchObject({ created: 0, updated: 0, deleted: 0 });
  });

  it('retries a 500 through the retry plugin', async () => {
    const octokit = makeOctokit('test-token', { baseUrl: gh.baseUrl, retryAfterBaseValue: 1 });
    gh.failures = [500];
    const out = await upsertStickyComments(octokit, { owner: 'o', repo: 'r', issueNumber: 7, key: 'k', parts: [body('k', 0, 'hello')] });
    expect(out.created).toBe(1);
    expect(gh.requests.filter((r) => r.startsWith('GET')).length).toBeGreaterThanOrEqual(2);
    expect(gh.comments.filter((c) => c.body.includes('hello'))).toHaveLength(1);
  });

  it('does not retry a 401 (bad credentials) and surfaces the error', async () => {
    const octokit = makeOctokit('wrong-token', { baseUrl: gh.baseUrl, retryAfterBaseValue: 1 });
    await expect(upsertStickyComments(octokit, { owner: 'o', repo: 'r', issueNumber: 7, key: 'k', parts: ['x'] })).rejects.toMatchObject({
      status: 401,
      permission: false,
      message: 'GitHub list comments of pull request #7 failed: HTTP 401 (Bad credentials): the token is invalid or expired',
    });
    expect(gh.requests).toHaveLength(1);
  });

  it('creates a part again when someone deleted it between the listing and its update', async () => {
    const octokit = makeOctokit('test-token', { baseUrl: gh.baseUrl, retryAfterBaseValue: 1 });
    const key = 'deploy/preview';
    await upsertStickyComments(octokit, { owner: 'o', repo: 'r', issueNumber: 7, key, parts: [body(key, 0, 'run 1'), body(key, 1, 'run 1 part 1')] });
    gh.requests = [];
    // The user deletes both parts right after the run listed them: one is updated, the other one is surplus.
    gh.beforeServe = (r) => {
      if (r.startsWith('PATCH')) gh.comments = gh.comments.filter((c) => !c.body.includes(`gitops-sync:${key}:`));
    };
    const out = await upsertStickyComments(octokit, { owner: 'o', repo: 'r', issueNumber: 7, key, parts: [body(key, 0, 'run 2')] });
    expect(out).toMatchObject({ created: 1, updated: 0, deleted: 0 });
    const ours = gh.comments.filter((c) => c.body.includes(`gitops-sync:${key}:`));
    expect(ours).toEqual([expect.objectContaining({ body: body(key, 0, 'run 2') })]);
    expect(out.urls).toEqual([ours[0].html_url]);
    expect(gh.requests.map((r) => r.replace(/\?.*/, '').replace(/\d+$/, 'ID'))).toEqual([
      'GET /repos/o/r/issues/7/comments',
      'GET /repos/o/r/issues/7/comments',
      'PATCH /repos/o/r/issues/comments/ID',
      'POST /repos/o/r/issues/7/comments',
      'DELETE /repos/o/r/issues/comments/ID',
    ]);
  });

  const rateLimited = { status: 403, message: 'API rate limit exceeded for installation ID 42.', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '0' } };

  it('says a rate limit that never lifts is a rate limit, and announces only the retries it makes', async () => {
    const warnings: string[] = [];
    const octokit = makeOctokit('test-token', { baseUrl: gh.baseUrl, retryAfterBaseValue: 1, rateLimitRetries: 2, onWarning: (m) => warnings.push(m) });
    gh.failures = Array.from({ length: 10 }, () => rateLimited);
    const err = await upsertStickyComments(octokit, { owner: 'o', repo: 'r', issueNumber: 7, key: 'k', parts: ['x'] }).catch((e: unknown) => e);
    expect(err).toMatchObject({
      status: 403,
      permission: false,
      message: 'GitHub list comments of pull request #7 failed: HTTP 403 (API rate limit exceeded for installation ID 42.): the token\'s API rate limit is used up, still after 2 retries',
    });
    expect((err as Error).message).not.toContain('pull-requests: write');
    // Each announced retry was made: three requests, two warnings.
    expect(gh.requests).toHaveLength(3);
    expect(warnings.map((w) => w.replace(/ in \d+ s$/, ''))).toEqual([1, 2].map((n) => `GitHub primary rate limit on GET ${gh.baseUrl}/repos/o/r/issues/7/comments?per_page=100; retry ${n} of 2`));
  });

  it('names the call and the cause of a server error that outlasts the retries', async () => {
    const octokit = makeOctokit('test-token', { baseUrl: gh.baseUrl, retryAfterBaseValue: 1 });
    gh.failures = Array.from({ length: 10 }, () => ({ status: 502, message: 'Server Error' }));
    await expect(upsertStickyComments(octokit, { owner: 'o', repo: 'r', issueNumber: 7, key: 'k', parts: ['x'] })).rejects.toMatchObject({
      status: 502,
      permission: false,
      message: 'GitHub list comments of pull request #7 failed: HTTP 502 (Server Error): a GitHub server error, still after 3 retries',
    });
    expect(gh.requests).toHaveLength(4);
  });

  it('suggests the permission only when GitHub refuses the token', async () => {
    const octokit = makeOctokit('test-token', { baseUrl: gh.baseUrl, retryAfterBaseValue: 1 });
    gh.failures = [{ status: 403, message: 'Resource not accessible by integration' }];
    await expect(upsertStickyComments(octokit, { owner: 'o', repo: 'r', issueNumber: 7, key: 'k', parts: ['x'] })).rejects.toMatchObject({
      permission: true,
      message: 'GitHub list comments of pull request #7 failed: HTTP 403 (Resource not accessible by integration): does the token have pull-requests: write?',
    });
    // The listing works, the creation meets a locked conversation: not a permission.
    gh.failures = [];
    gh.beforeServe = (r) => {
      if (r.startsWith('POST')) gh.failures.push({ status: 403, message: 'Unable to create comment because issue is locked.' });
    };
    await expect(upsertStickyComments(octokit, { owner: 'o', repo: 'r', issueNumber: 7, key: 'k', parts: ['x'] })).rejects.toMatchObject({
      permission: false,
      message: 'GitHub create comment part 0 on pull request #7 failed: HTTP 403 (Unable to create comment because issue is locked.): the conversation is locked',
    });
  });
});

describe('commentKey', () => {
  it('derives the key from workflow and job unless given, keeping marker-safe characters', () => {
    expect(commentKey('Deploy preview', 'diff')).toBe('Deploy-preview/diff');
    expect(commentKey('wf', 'job', ' staging ')).toBe('staging');
    expect(commentKey('wf', 'job', 'a-->b')).toBe('a-b');
  });
});
