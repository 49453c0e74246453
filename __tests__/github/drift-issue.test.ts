// The sticky drift issue through the real Octokit against the local GitHub API stand-in: found again
// by its marker among many issues (pagination), left alone when nothing changed, another key's issue
// never touched.
import { makeOctokit } from '../../src/github/client.js';
import { driftMarker, upsertDriftIssue } from '../../src/github/drift-issue.js';
import { FakeGitHub } from '../support/github-server.js';

describe('upsertDriftIssue', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = new FakeGitHub();
    await gh.start();
  });
  afterEach(() => gh.stop());

  const target = (drifted: boolean, body: string, key = 'reconcile') => ({ owner: 'o', repo: 'r', key, drifted, title: drifted ? 'drift' : 'calm', body });

  it('opens once, finds its issue on a later page, does not rewrite an unchanged body, leaves other keys alone', async () => {
    const octokit = makeOctokit('test-token', { baseUrl: gh.baseUrl, retryAfterBaseValue: 1 });
    expect(await upsertDriftIssue(octokit, target(false, 'all good'))).toEqual({ action: 'none' });
    expect(gh.issues).toHaveLength(0);

    expect((await upsertDriftIssue(octokit, target(true, 'app a drifted'))).action).toBe('opened');
    const other = await upsertDriftIssue(octokit, target(true, 'other workflow', 'per-cluster'));
    expect(other.action).toBe('opened');
    // Newer unrelated issues push ours to the second page of the listing.
    for (let i = 0; i < 120; i++) gh.issues.push({ number: 1000 + i, title: `bug ${i}`, body: `text ${i}`, state: 'open', labels: [], html_url: '' });

    gh.requests = [];
    expect((await upsertDriftIssue(octokit, target(true, 'app a drifted'))).action).toBe('unchanged');
    expect(gh.requests.filter((r) => !r.startsWith('GET'))).toEqual([]);
    expect((await upsertDriftIssue(octokit, target(true, 'app b drifted'))).action).toBe('updated');
    expect((await upsertDriftIssue(octokit, target(false, 'all good'))).action).toBe('closed');
    expect((await upsertDriftIssue(octokit, target(true, 'app c drifted'))).action).toBe('reopened');

    const ours = gh.issues.filter((i) => i.body.includes(driftMarker('reconcile')));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({ state: 'open', title: 'drift' });
    expect(ours[0].body).toContain('app c drifted');
    expect(gh.issues.find((i) => i.body.includes(driftMarker('per-cluster')))).toMatchObject({ state: 'open', body: expect.stringContaining('other workflow') });
  });
});
