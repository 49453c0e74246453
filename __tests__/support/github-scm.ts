// GitHub's repository-listing endpoints as the scmProvider generator meets them: an organisation's
// repositories and a repository's branches (both with Link pagination), one branch, and contents (404
// when a path is absent at a ref). Served by FakeGitHub, also under GitHub Enterprise's `/api/v3`.

export interface ScmRepo {
  name: string;
  id: number;
  defaultBranch: string;
  topics?: string[];
  archived?: boolean;
  /** Branch name → head commit SHA. */
  branches: Record<string, string>;
  /** Branch name → paths (files and folders) present at its head. */
  paths?: Record<string, string[]>;
}

type Send = (status: number, body?: unknown, headers?: Record<string, string>) => void;

function page<T>(items: T[], url: URL, base: string, send: Send): void {
  const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
  const n = Number(url.searchParams.get('page') ?? 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (p: number) => `<${base}${url.pathname}?per_page=${perPage}&page=${p}>`;
  send(200, items.slice((n - 1) * perPage, n * perPage), n < last ? { link: `${link(n + 1)}; rel="next", ${link(last)}; rel="last"` } : {});
}

/** Serves the request when it is one of these endpoints; false otherwise. */
export function serveScm(orgs: Map<string, ScmRepo[]>, method: string, url: URL, base: string, send: Send): boolean {
  if (method !== 'GET') return false;
  const path = decodeURIComponent(url.pathname.replace(/^\/api\/v3/, ''));
  const org = /^\/orgs\/([^/]+)\/repos$/.exec(path);
  if (org) {
    const repos = orgs.get(org[1]);
    if (!repos) send(404, { message: 'Not Found' });
    else {
      const json = repos.map((r) => ({
        id: r.id,
        name: r.name,
        full_name: `${org[1]}/${r.name}`,
        owner: { login: org[1] },
        default_branch: r.defaultBranch,
        topics: r.topics ?? [],
        archived: r.archived ?? false,
        clone_url: `https://github.example/${org[1]}/${r.name}.git`,
        ssh_url: `git@github.example:${org[1]}/${r.name}.git`,
      }));
      page(json, url, base, send);
    }
    return true;
  }
  const m = /^\/repos\/([^/]+)\/([^/]+)\/(branches|contents)(?:\/(.+))?$/.exec(path);
  if (!m) return false;
  const repo = orgs.get(m[1])?.find((r) => r.name === m[2]);
  if (!repo) {
    send(404, { message: 'Not Found' });
    return true;
  }
  const branch = (name: string) => ({ name, commit: { sha: repo.branches[name] } });
  if (m[3] === 'branches' && !m[4]) page(Object.keys(repo.branches).map(branch), url, base, send);
  else if (m[3] === 'branches') {
    if (repo.branches[m[4]] === undefined) send(404, { message: 'Branch not found' });
    else send(200, branch(m[4]));
  } else {
    const ref = url.searchParams.get('ref') ?? repo.defaultBranch;
    if ((repo.paths?.[ref] ?? []).includes(m[4] ?? '')) send(200, { type: 'file', path: m[4] });
    else send(404, { message: 'Not Found' });
  }
  return true;
}
