// Sticky comments: one logical comment per PR and key, made of numbered parts found again by their
// hidden markers, updated in place; parts a previous run needed and this one does not are deleted.
import { markerPart } from '../report/markdown.js';
import { secrets } from '../secrets/redact.js';
import type { GitHubClient } from './client.js';

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
  const all = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: t.issueNumber, per_page: 100 });
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
      const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: t.issueNumber, body });
      result.urls.push(data.html_url);
      result.created++;
    } else if (existing.body !== secrets.redact(body)) {
      // GitHub holds the redacted body: compared with the raw one, a part with a secret would be rewritten every run.
      const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
      result.urls.push(data.html_url);
      result.updated++;
    } else result.urls.push(existing.html_url);
  }
  const surplus = [...[...ours.entries()].filter(([i]) => i >= t.parts.length).map(([, c]) => c.id), ...duplicates];
  for (const id of surplus) {
    await octokit.rest.issues.deleteComment({ ...repo, comment_id: id });
    result.deleted++;
  }
  return result;
}
