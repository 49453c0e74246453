import { isSameRepo, normalizeRepoURL, repoHost } from '../../src/render/repos/repo-url.js';

describe('normalizeRepoURL', () => {
  it.each([
    ['https://github.com/Org/Repo.git', 'github.com/org/repo'],
    ['https://github.com/org/repo/', 'github.com/org/repo'],
    ['HTTPS://GitHub.com/org/repo', 'github.com/org/repo'],
    ['git@github.com:org/repo.git', 'github.com/org/repo'],
    ['ssh://git@github.com/org/repo', 'github.com/org/repo'],
    ['ssh://git@github.com:22/org/repo.git', 'github.com/org/repo'],
    ['https://user:pw@github.com:443/org/repo', 'github.com/org/repo'],
    ['http://127.0.0.1:8080/org/repo.git', '127.0.0.1:8080/org/repo'],
    ['  https://gitlab.example.com/group/sub/repo.git  ', 'gitlab.example.com/group/sub/repo'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeRepoURL(input)).toBe(expected);
  });

  it('returns an empty string for empty input', () => {
    expect(normalizeRepoURL('   ')).toBe('');
  });
});

describe('isSameRepo', () => {
  it('matches https, ssh, .git and case variants of one repository', () => {
    const forms = ['https://github.com/org/repo', 'git@github.com:Org/repo.git', 'ssh://git@github.com/org/repo.git', 'https://github.com/org/repo/'];
    for (const a of forms) for (const b of forms) expect(isSameRepo(a, b)).toBe(true);
  });

  it('tells different repositories, hosts and ports apart', () => {
    expect(isSameRepo('https://github.com/org/repo', 'https://github.com/org/repo2')).toBe(false);
    expect(isSameRepo('https://github.com/org/repo', 'https://gitlab.com/org/repo')).toBe(false);
    expect(isSameRepo('http://127.0.0.1:8080/r', 'http://127.0.0.1:8081/r')).toBe(false);
    expect(isSameRepo('', '')).toBe(false);
  });

  it('reads the host of a repository URL', () => {
    expect(repoHost('git@github.com:org/repo')).toBe('github.com');
    expect(repoHost('http://127.0.0.1:9000/x')).toBe('127.0.0.1:9000');
  });
});
