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
    await expect(upsertStickyComments(octokit, { owner: 'o', repo: 'r', issueNumber: 7, key: 'k', parts: ['x'] })).rejects.toMatchObject({ status: 401 });
    expect(gh.requests).toHaveLength(1);
  });
});

describe('commentKey', () => {
  it('derives the key from workflow and job unless given, keeping marker-safe characters', () => {
    expect(commentKey('Deploy preview', 'diff')).toBe('Deploy-preview/diff');
    expect(commentKey('wf', 'job', ' staging ')).toBe('staging');
    expect(commentKey('wf', 'job', 'a-->b')).toBe('a-b');
  });
});
