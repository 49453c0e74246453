// Argo CD's git.NormalizeGitURL, applied to both sides before sourceRepos globs are matched, so
// `git@host:org/repo.git`, `ssh://git@host/org/repo` and upper-case spellings compare equal.

const SSH_URL = /^(ssh:\/\/)?([^/:]*?)@[^@]+$/;

export function normalizeGitURL(repo: string): string {
  let url = repo.trim().toLowerCase();
  if (SSH_URL.test(url) && !url.startsWith('ssh://')) {
    // scp-like `git@host:path`: the first colon becomes a slash so the host does not read as host:port.
    url = `ssh://${url.replace(':', '/')}`;
  }
  if (url.endsWith('.git')) url = url.slice(0, -'.git'.length);
  // Go's url.Parse rejects a malformed percent escape; upstream then normalizes to the empty string.
  if (/%(?![0-9a-f]{2})/.test(url)) return '';
  return url.startsWith('ssh://') ? url.slice('ssh://'.length) : url;
}
