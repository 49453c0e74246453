// SCM provider generator for GitHub, as Argo CD v3.6.1 (applicationset/generators/scm_provider.go,
// services/scm_provider/github.go and utils.go): an organisation's repositories through the GitHub API
// (the action's token and Octokit), `filters` applied in Argo CD's two passes (repository filters before
// branches are listed, branch filters after), `cloneProtocol`, `allBranches`, `excludeArchivedRepos`,
// topics as labels. Other providers are not supported.
import { mapLimited } from '../../async/map-limited.js';
import { makeOctokit, type GitHubClient } from '../../github/client.js';
import { GoRegexp } from '../gotemplate/goregexp.js';
import { sanitizeName } from '../gotemplate/sprig.js';
import { appendValues } from '../params.js';
import type { GenContext, Params, ScmProviderFilter, ScmProviderGenerator } from '../types.js';

interface Repository {
  organization: string;
  repository: string;
  url: string;
  branch: string;
  sha: string;
  labels: string[];
  repositoryId: number;
}

/** A compiled filter; its type is the last kind of field it sets, as Argo CD's compileFilters assigns it. */
interface Filter {
  type?: 'repo' | 'branch';
  repositoryMatch?: GoRegexp;
  labelMatch?: GoRegexp;
  branchMatch?: GoRegexp;
  pathsExist?: string[];
  pathsDoNotExist?: string[];
}

const PROVIDERS = ['github', 'gitlab', 'gitea', 'bitbucketServer', 'azureDevOps', 'bitbucket', 'awsCodeCommit'];

function compileFilters(filters: ScmProviderFilter[]): Filter[] {
  const regexp = (what: string, pattern: string): GoRegexp => {
    try {
      return new GoRegexp(pattern);
    } catch (e) {
      throw new Error(`error compiling ${what} regexp ${JSON.stringify(pattern)}: ${(e as Error).message}`, { cause: e });
    }
  };
  return filters.map((f) => {
    const out: Filter = {};
    if (typeof f.repositoryMatch === 'string') out.repositoryMatch = regexp('RepositoryMatch', f.repositoryMatch);
    if (typeof f.labelMatch === 'string') out.labelMatch = regexp('LabelMatch', f.labelMatch);
    if (out.repositoryMatch || out.labelMatch) out.type = 'repo';
    if (Array.isArray(f.pathsExist)) out.pathsExist = f.pathsExist;
    if (Array.isArray(f.pathsDoNotExist)) out.pathsDoNotExist = f.pathsDoNotExist;
    if (out.pathsExist || out.pathsDoNotExist) out.type = 'branch';
    if (typeof f.branchMatch === 'string') {
      out.branchMatch = regexp('BranchMatch', f.branchMatch);
      out.type = 'branch';
    }
    return out;
  });
}

/** go-github's WithEnterpriseURLs: an API root that is not api.* gets `/api/v3/`. */
export function enterpriseApiUrl(api: string): string {
  const u = new URL(api);
  if (!u.pathname.endsWith('/')) u.pathname += '/';
  if (!u.pathname.endsWith('/api/v3/') && !u.hostname.startsWith('api.') && !u.hostname.includes('.api.')) u.pathname += 'api/v3/';
  return u.toString().replace(/\/+$/, '');
}

const status = (e: unknown): number | undefined => (e as { status?: number }).status;

class GitHubProvider {
  constructor(
    private readonly octokit: GitHubClient,
    private readonly gen: NonNullable<ScmProviderGenerator['github']>,
  ) {}

  async listRepos(cloneProtocol: string): Promise<Repository[]> {
    if (!['', 'ssh', 'https'].includes(cloneProtocol)) throw new Error(`unknown clone protocol for GitHub ${cloneProtocol}`);
    const org = this.gen.organization;
    let repos;
    try {
      repos = await this.octokit.paginate('GET /orgs/{org}/repos', { org, per_page: 100 });
    } catch (e) {
      throw new Error(`error listing repositories for ${org}: ${(e as Error).message}`, { cause: e });
    }
    return repos
      .filter((r) => !(this.gen.excludeArchivedRepos && r.archived))
      .map((r) => ({
        organization: r.owner.login,
        repository: r.name,
        branch: r.default_branch ?? '',
        url: (cloneProtocol === 'https' ? r.clone_url : r.ssh_url) ?? '',
        labels: r.topics ?? [],
        repositoryId: r.id,
        sha: '',
      }));
  }

  async getBranches(repo: Repository): Promise<Repository[]> {
    const { organization: owner, repository: name } = repo;
    let branches: { name: string; commit: { sha: string } }[];
    try {
      if (this.gen.allBranches) branches = await this.octokit.paginate('GET /repos/{owner}/{repo}/branches', { owner, repo: name, per_page: 100 });
      else {
        try {
          branches = [(await this.octokit.request('GET /repos/{owner}/{repo}/branches/{branch}', { owner, repo: name, branch: repo.branch })).data];
        } catch (e) {
          // A repository without its default branch (an empty one) has no branches to offer.
          if (status(e) !== 404) throw e;
          branches = [];
        }
      }
    } catch (e) {
      throw new Error(`error listing branches for ${owner}/${name}: ${(e as Error).message}`, { cause: e });
    }
    return branches.map((b) => ({ ...repo, branch: b.name, sha: b.commit.sha }));
  }

  async hasPath(repo: Repository, path: string): Promise<boolean> {
    try {
      await this.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner: repo.organization, repo: repo.repository, path, ref: repo.branch });
      return true;
    } catch (e) {
      if (status(e) === 404) return false;
      throw e;
    }
  }
}

/** Argo CD's matchFilter: every criterion the filter sets must hold. */
async function matches(provider: GitHubProvider, repo: Repository, f: Filter): Promise<boolean> {
  if (f.repositoryMatch && !f.repositoryMatch.matchString(repo.repository)) return false;
  if (f.branchMatch && !f.branchMatch.matchString(repo.branch)) return false;
  if (f.labelMatch && !repo.labels.some((l) => f.labelMatch!.matchString(l))) return false;
  for (const p of f.pathsExist ?? []) if (!(await provider.hasPath(repo, p.replace(/\/+$/, '')))) return false;
  for (const p of f.pathsDoNotExist ?? []) if (await provider.hasPath(repo, p.replace(/\/+$/, ''))) return false;
  return true;
}

/** Requests in flight per generator: Argo CD asks one at a time; order is kept either way. */
const CONCURRENCY = 8;

/** Repositories some filter of `type` lets through (all when there is no such filter). */
async function applyFilters(provider: GitHubProvider, repos: Repository[], filters: Filter[], type: Filter['type']): Promise<Repository[]> {
  const applicable = filters.filter((f) => f.type === type);
  if (applicable.length === 0) return repos;
  const keep = await mapLimited(repos, CONCURRENCY, async (repo) => {
    for (const f of applicable) if (await matches(provider, repo, f)) return true;
    return false;
  });
  return repos.filter((_, i) => keep[i]);
}

async function listRepos(provider: GitHubProvider, gen: ScmProviderGenerator): Promise<Repository[]> {
  const filters = compileFilters(gen.filters ?? []);
  const repos = await applyFilters(provider, await provider.listRepos(gen.cloneProtocol ?? ''), filters, 'repo');
  const withBranches = (await mapLimited(repos, CONCURRENCY, (repo) => provider.getBranches(repo))).flat();
  return applyFilters(provider, withBranches, filters, 'branch');
}

export async function scmProviderParams(gen: ScmProviderGenerator, ctx: GenContext): Promise<Params[]> {
  const provider = PROVIDERS.find((p) => gen[p] !== undefined && gen[p] !== null);
  if (!provider) throw new Error('no SCM provider implementation configured');
  if (provider !== 'github') throw new Error(`the scmProvider generator supports only github in gitops-sync, not ${provider}`);
  const github = gen.github!;
  if (typeof github.organization !== 'string' || github.organization === '') throw new Error('scmProvider.github.organization is required');
  if (github.appSecretName) throw new Error('scmProvider.github.appSecretName (GitHub App credentials) is not supported by gitops-sync; it uses the action\'s token');
  // Argo CD falls back to $GITHUB_TOKEN when no tokenRef is given; a tokenRef names a Secret in the cluster, so here the action's token stands in.
  const token = ctx.githubToken || process.env.GITHUB_TOKEN;
  if (!token) throw new Error('the scmProvider generator needs a GitHub token: set the github-token input (CLI: GITHUB_TOKEN)');
  const baseUrl = github.api ? enterpriseApiUrl(github.api) : (ctx.githubApiUrl ?? 'https://api.github.com');
  const octokit = makeOctokit(token, { baseUrl });
  let repos: Repository[];
  try {
    repos = await listRepos(new GitHubProvider(octokit, github), gen);
  } catch (e) {
    throw new Error(`error listing repos: ${(e as Error).message}`, { cause: e });
  }
  return repos.map((repo) => {
    const params: Params = {
      organization: repo.organization,
      repository: repo.repository,
      repository_id: repo.repositoryId,
      url: repo.url,
      branch: repo.branch,
      sha: repo.sha,
      short_sha: repo.sha.slice(0, 8),
      short_sha_7: repo.sha.slice(0, 7),
      labels: repo.labels.join(','),
      branchNormalized: sanitizeName(repo.branch),
    };
    appendValues(gen.values, params, ctx);
    return params;
  });
}
