// Sticky comments: one logical comment per PR and key, made of numbered parts found again by their
// hidden markers, updated in place; parts a previous run needed and this one does not are deleted.
// Someone may delete a part while a run works: a part gone before its update is created again.
import { markerPart } from '../report/markdown.js';
import { secrets } from '../secrets/redact.js';
import type { GitHubClient } from './client.js';
import { gitHubCall, GitHubCallError, type CallMeaning } from './errors.js';

const ON_PR: CallMeaning = { permission: 'pull-requests: write', notFoundIsPermission: true };
/** A 404 on one comment means it is gone, not that the token cannot see it. */
const ON_COMMENT: CallMeaning = { permission: 'pull-requests: write', notFoundIsPermission: false };

export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  key: string;
  /** Bodies from buildComment: parts[i] carries the marker for part i. */
  parts: string[];
}

export interface StickyResult {
  /** html_url of each part, in order. */
  urls: string[];
  created: number;
  updated: number;
  deleted: number;
}

export async function upsertStickyComments(octokit: GitHubClient, t: StickyTarget): Promise<StickyResult> {
  const repo = { owner: t.owner, repo: t.repo };
  const pr = `pull request #${t.issueNumber}`;
  const all = await gitHubCall(`list comments of ${pr}`, ON_PR, () =>
    octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: t.issueNumber, per_page: 100 }),
  );
  const create = async (i: number, body: string) => {
    const { data } = await gitHubCall(`create comment part ${i} on ${pr}`, ON_PR, () => octokit.rest.issues.createComment({ ...repo, issue_number: t.issueNumber, body }));
    return data.html_url;
  };
  // Oldest first: a part written twice (two runs racing) keeps its first comment, the rest go.
  const ours = new Map<number, { id: number; body: string; html_url: string }>();
  const duplicates: number[] = [];
  for (const c of all) {
    const part = markerPart(c.body ?? '', t.key);
    if (part === undefined) continue;
    if (ours.has(part)) duplicates.push(c.id);
    else ours.set(part, { id: c.id, body: c.body ?? '', html_url: c.html_url });
  }

  const result: StickyResult = { urls: [], created: 0, updated: 0, deleted: 0 };
  for (const [i, body] of t.parts.entries()) {
    const existing = ours.get(i);
    if (!existing) {
      result.urls.push(await create(i, body));
      result.created++;
    } else if (existing.body !== secrets.redact(body)) {
      // GitHub holds the redacted body: compared with the raw one, a part with a secret would be rewritten every run.
      const updated = await gitHubCall(`update comment ${existing.id} (part ${i}) on ${pr}`, ON_COMMENT, () =>
        octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body }).then((r) => r.data.html_url),
      ).catch((err: unknown) => {
        if (err instanceof GitHubCallError && err.status === 404) return undefined; // deleted since the listing
        throw err;
      });
      if (updated) {
        result.urls.push(updated);
        result.updated++;
      } else {
        result.urls.push(await create(i, body));
        result.created++;
      }
    } else result.urls.push(existing.html_url);
  }
  const surplus = [...[...ours.entries()].filter(([i]) => i >= t.parts.length).map(([, c]) => c.id), ...duplicates];
  for (const id of surplus) {
    const gone = await gitHubCall(`delete comment ${id} on ${pr}`, ON_COMMENT, () => octokit.rest.issues.deleteComment({ ...repo, comment_id: id })).then(
      () => true,
      (err: unknown) => {
        if (err instanceof GitHubCallError && err.status === 404) return false; // someone deleted it already
        throw err;
      },
    );
    if (gone) result.deleted++;
  }
  return result;
}
