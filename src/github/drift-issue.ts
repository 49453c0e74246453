// The sticky drift issue (issue 15): one GitHub issue per key, found again by a hidden marker in its
// body, opened on drift, updated in place, closed when every app is Synced and Healthy, reopened on
// the next drift.
import { secrets } from '../secrets/redact.js';
import type { GitHubClient } from './client.js';

export interface DriftIssueTarget {
  owner: string;
  repo: string;
  key: string;
  /** Anything OutOfSync or unhealthy. */
  drifted: boolean;
  title: string;
  /** Markdown without the marker. */
  body: string;
}

export type DriftIssueAction = 'opened' | 'updated' | 'reopened' | 'closed' | 'unchanged' | 'none';

export function driftMarker(key: string): string {
  return `<!-- gitops-sync:drift-issue:${key} -->`;
}

export async function upsertDriftIssue(octokit: GitHubClient, t: DriftIssueTarget): Promise<{ action: DriftIssueAction; url?: string }> {
  const repo = { owner: t.owner, repo: t.repo };
  const marker = driftMarker(t.key);
  const all = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, state: 'all', per_page: 100 });
  // An open one wins over closed ones; among equals the oldest, so two racing runs converge on one.
  const ours = all.filter((i) => !i.pull_request && (i.body ?? '').includes(marker)).sort((a, b) => (a.state === b.state ? a.number - b.number : a.state === 'open' ? -1 : 1));
  const existing = ours[0];
  const body = `${marker}\n${t.body}`;
  if (!t.drifted) {
    if (!existing || existing.state === 'closed') return { action: 'none', url: existing?.html_url };
    const { data } = await octokit.rest.issues.update({ ...repo, issue_number: existing.number, body, state: 'closed' });
    return { action: 'closed', url: data.html_url };
  }
  if (!existing) {
    const { data } = await octokit.rest.issues.create({ ...repo, title: t.title, body });
    return { action: 'opened', url: data.html_url };
  }
  const reopen = existing.state === 'closed';
  // GitHub holds the redacted body: compared with the raw one, a body with a secret would be rewritten every run.
  if (!reopen && existing.body === secrets.redact(body) && existing.title === t.title) return { action: 'unchanged', url: existing.html_url };
  const { data } = await octokit.rest.issues.update({ ...repo, issue_number: existing.number, title: t.title, body, ...(reopen ? { state: 'open' as const } : {}) });
  return { action: reopen ? 'reopened' : 'updated', url: data.html_url };
}
