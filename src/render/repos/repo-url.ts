// Repository URL identity: which spellings of a git URL name the same repository.
//
// Argo CD's util/git NormalizeGitURL lowercases, turns `git@host:path` into `host/path`, drops `.git`
// and keeps the scheme, so upstream `https://h/o/r` and `git@h:o/r` are different repos. We need a
// looser identity (an Application may name this repository by its https or its ssh URL, and both must
// render from the checkout), so the canonical form here is `host[:port]/path` with scheme, user,
// default port, `.git` and trailing `/` removed.

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//;
// scp-like syntax: [user@]host:path, where path does not start with `//` (that would be a scheme).
const SCP_LIKE = /^(?:[^@/]+@)?([^/:]+):(?!\/\/)(.+)$/;
const DEFAULT_PORTS: Readonly<Record<string, string>> = { 'ssh:': '22', 'https:': '443', 'http:': '80', 'git:': '9418' };

/** Canonical `host[:port]/path` (lowercase) for comparing repository URLs; unparsable input comes back trimmed and lowercased. */
export function normalizeRepoURL(url: string): string {
  const s = url.trim().toLowerCase();
  if (!s) return '';
  if (!SCHEME.test(s)) {
    const scp = SCP_LIKE.exec(s);
    return scp ? stripSuffixes(`${scp[1]}/${scp[2].replace(/^\/+/, '')}`) : stripSuffixes(s);
  }
  let parsed: URL;
  try {
    parsed = new URL(s);
  } catch {
    return stripSuffixes(s);
  }
  if (parsed.protocol === 'file:') return stripSuffixes(s);
  const port = parsed.port && parsed.port !== DEFAULT_PORTS[parsed.protocol] ? `:${parsed.port}` : '';
  const path = parsed.pathname.replace(/^\/+/, '');
  return stripSuffixes(`${parsed.hostname}${port}/${path}`);
}

/** True when both URLs are non-empty and name the same repository. */
export function isSameRepo(a: string, b: string): boolean {
  const na = normalizeRepoURL(a);
  return na !== '' && na === normalizeRepoURL(b);
}

/** Host (with a non-default port) of a repository URL, or '' when it has none. */
export function repoHost(url: string): string {
  const n = normalizeRepoURL(url);
  const slash = n.indexOf('/');
  return slash > 0 ? n.slice(0, slash) : '';
}

function stripSuffixes(s: string): string {
  return s.replace(/\/+$/, '').replace(/\.git$/, '').replace(/\/+$/, '');
}
