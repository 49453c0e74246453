// Pull request generator, fed by the pull request the action runs for (never a provider API call).
import { appendValues } from '../params.js';
import type { GenContext, Params, PullRequestGenerator } from '../types.js';

/** gosimple/slug as Argo CD configures it: lowercase, `[^a-z0-9_-]` → `-`, at most 50 chars on a word boundary. */
export function branchSlug(branch: string): string {
  let s = branch
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  if (s.length > 50) {
    const cut = s.lastIndexOf('-', 50);
    s = cut > 0 ? s.slice(0, cut) : s.slice(0, 50);
  }
  return s;
}

export function pullRequestParams(gen: PullRequestGenerator, ctx: GenContext): Params[] {
  const pr = ctx.pullRequest;
  if (!pr) {
    ctx.notes.push('pullRequest generator yields nothing: the action is not running for a pull request');
    return [];
  }
  const providers = Object.keys(gen).filter((k) => !['filters', 'values', 'template', 'requeueAfterSeconds', 'continueOnRepoNotFoundError'].includes(k));
  const provider = providers[0];
  const wanted: string[] = provider ? ((gen[provider] as { labels?: string[] } | undefined)?.labels ?? []) : [];
  if (!wanted.every((l) => (pr.labels ?? []).includes(l))) return [];
  const filters = gen.filters ?? [];
  const passes = filters.length === 0 || filters.some((f) =>
    (!f.branchMatch || new RegExp(f.branchMatch).test(pr.branch)) && (!f.targetBranchMatch || new RegExp(f.targetBranchMatch).test(pr.targetBranch)),
  );
  if (!passes) return [];
  const params: Params = {
    number: String(pr.number),
    title: pr.title ?? '',
    branch: pr.branch,
    branch_slug: branchSlug(pr.branch),
    target_branch: pr.targetBranch,
    target_branch_slug: branchSlug(pr.targetBranch),
    head_sha: pr.headSha,
    head_short_sha: pr.headSha.slice(0, 8),
    head_short_sha_7: pr.headSha.slice(0, 7),
    author: pr.author ?? '',
  };
  if (ctx.goTemplate) params.labels = [...(pr.labels ?? [])];
  appendValues(gen.values, params, ctx);
  return [params];
}
