// The workflow run's event as the preview modes read it: a fresh context and its pull request.
import { context } from '@actions/github';
import type { PullRequestInfo } from '../appset/types.js';

export type Context = typeof context;

export interface PullRequest {
  number: number;
  title?: string;
  user?: { login?: string };
  labels?: { name?: string }[];
  base?: { sha?: string; ref?: string; repo?: { full_name?: string } };
  head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
}

/** The event payload and variables as they are now, not when the module loaded. */
export function currentContext(): { ctx: Context; pr?: PullRequest } {
  const ctx = new (context.constructor as new () => Context)();
  return { ctx, pr: ctx.payload.pull_request as PullRequest | undefined };
}

/** The event's pull request as ApplicationSet pull-request generators see it. */
export function pullRequestInfo(pr: PullRequest): PullRequestInfo {
  return {
    number: pr.number,
    branch: pr.head?.ref ?? '',
    targetBranch: pr.base?.ref ?? '',
    headSha: pr.head?.sha ?? '',
    title: pr.title,
    author: pr.user?.login,
    labels: (pr.labels ?? []).flatMap((l) => (l.name ? [l.name] : [])),
  };
}
