// Pull request generator, fed by the pull request the action runs for (never a provider API call).
import { appendValues } from '../params.js';
import type { GenContext, Params, PullRequestFilter, PullRequestGenerator, PullRequestInfo } from '../types.js';
import { GoRegexp } from '../gotemplate/goregexp.js';
import { goTyped } from '../gotemplate/values.js';

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

const FILTER_FIELDS = [
  { field: 'branchMatch', name: 'BranchMatch', value: (pr: PullRequestInfo) => pr.branch },
  { field: 'targetBranchMatch', name: 'TargetBranchMatch', value: (pr: PullRequestInfo) => pr.targetBranch },
  { field: 'titleMatch', name: 'TitleMatch', value: (pr: PullRequestInfo) => pr.title ?? '' },
] as const;

type CompiledFilter = { re: GoRegexp; value: (pr: PullRequestInfo) => string }[];

/** Argo CD's compileFilters: every regex of every entry compiles, or the generator fails. */
export function compileFilters(filters: PullRequestFilter[]): CompiledFilter[] {
  return filters.map((f, i) =>
    FILTER_FIELDS.filter(({ field }) => typeof f?.[field] === 'string').map(({ field, name, value }) => {
      const pattern = f[field]!;
      try {
        return { re: new GoRegexp(pattern), value };
      } catch (e) {
        throw new Error(`error compiling ${name} regexp ${JSON.stringify(pattern)} (filters[${i}].${field}): ${(e as Error).message}`, { cause: e });
      }
    }),
  );
}

/** No filters pass everything; otherwise some entry must have all of its regexes match. */
export function passesFilters(filters: CompiledFilter[], pr: PullRequestInfo): boolean {
  return filters.length === 0 || filters.some((f) => f.every(({ re, value }) => re.matchString(value(pr))));
}

export function pullRequestParams(gen: PullRequestGenerator, ctx: GenContext): Params[] {
  // Compiled first, as Argo CD does before listing pull requests: a bad regex fails even without a pull request.
  const filters = compileFilters(gen.filters ?? []);
  const pr = ctx.pullRequest;
  if (!pr) {
    ctx.notes.push('pullRequest generator yields nothing: the action is not running for a pull request');
    return [];
  }
  const providers = Object.keys(gen).filter((k) => !['filters', 'values', 'template', 'requeueAfterSeconds', 'continueOnRepoNotFoundError'].includes(k));
  const provider = providers[0];
  const wanted: string[] = provider ? ((gen[provider] as { labels?: string[] } | undefined)?.labels ?? []) : [];
  if (!wanted.every((l) => (pr.labels ?? []).includes(l))) return [];
  if (!passesFilters(filters, pr)) return [];
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
  if (ctx.goTemplate) params.labels = goTyped('[]string', [...(pr.labels ?? [])]);
  appendValues(gen.values, params, ctx);
  return [params];
}
