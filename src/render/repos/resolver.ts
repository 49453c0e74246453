// Where a source's files come from. This repository renders from the local checkout; other git repos
// are shallow-cloned into a cache; charts from Helm repositories and OCI registries are pulled with
// helm into a cache. Each (url, revision) is fetched once per run even when many apps ask at once.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { RepoResolver } from '../types.js';
import { runTool } from '../tools/exec.js';
import { isConstraint, maxVersion } from './git-tags.js';
import { isSameRepo, normalizeRepoURL, repoHost } from './repo-url.js';
import { errorMessage } from '../../model/errors.js';

export interface RepoResolverOptions {
  /** The checkout under test; apps naming this repository render from here. */
  checkoutDir: string;
  /** Root of the fetch cache: `<cacheDir>/git/...` and `<cacheDir>/helm/...`. */
  cacheDir: string;
  /** This repository's URL when known (action input); the checkout's `origin` remote is added to it. */
  repoUrl?: string;
  /** More URLs that name this repository (input `repo-url-aliases`). */
  aliases?: readonly string[];
  /** Token for private git repositories over HTTP(S), sent only to `tokenHost`. */
  token?: string;
  /** Host (`host[:port]`) that receives the token; default the host of this repository's URL. */
  tokenHost?: string;
  /** Per git/helm call. */
  timeoutMs: number;
  /** helm's path, or how to locate it when the first chart is pulled; default helm on PATH. */
  helm?: string | (() => Promise<string>);
  git?: string;
  /** Pull `oci://` charts over plain HTTP (a loopback registry in tests). */
  ociPlainHttp?: boolean;
  /** Chart repository / OCI registry logins (input `helm-repo-credentials`). */
  helmCredentials?: readonly HelmRepoCredential[];
}

/** Like an Argo CD repo-creds template: applies to every chart repoURL that `url` is a prefix of. */
export interface HelmRepoCredential {
  url: string;
  username: string;
  password: string;
}

export interface HelmPullOptions {
  /** The app's `helm.passCredentials`: send the credentials to every host (helm `--pass-credentials`). */
  passCredentials?: boolean;
}

export interface CachingRepoResolver extends RepoResolver {
  /** True when `repoURL` names the repository of the local checkout. */
  isLocal(repoURL: string): boolean;
}

const COMMIT_SHA = /^[0-9a-f]{40}$/i;
// An exact chart version (not a constraint like `1.2.*` or `>=1`) can be reused from the cache across runs.
const EXACT_SEMVER = /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

export function isCommitSHA(revision: string | undefined): boolean {
  return COMMIT_SHA.test(revision ?? '');
}

/**
 * A resolver for one run. The local checkout IS the revision under test, so for this repository the
 * app's targetRevision is ignored (a PR renders its head, the base job renders the base).
 */
export async function createRepoResolver(opts: RepoResolverOptions): Promise<CachingRepoResolver> {
  const git = opts.git ?? 'git';
  const origin = await runTool(git, ['remote', 'get-url', 'origin'], { tool: 'git', cwd: opts.checkoutDir, timeoutMs: opts.timeoutMs })
    .then((r) => r.stdout.trim())
    .catch(() => ''); // a checkout without an origin remote is fine: repoUrl and aliases still apply
  const localUrls = [opts.repoUrl ?? '', origin, ...(opts.aliases ?? [])].filter((u) => normalizeRepoURL(u) !== '');
  const tokenHost = opts.tokenHost ?? repoHost(opts.repoUrl || origin);
  const inflight = new Map<string, Promise<string>>();
  const once = (key: string, fetch: () => Promise<string>): Promise<string> => {
    let p = inflight.get(key);
    if (!p) {
      p = fetch();
      inflight.set(key, p);
    }
    return p;
  };
  const isLocal = (repoURL: string): boolean => localUrls.some((u) => isSameRepo(u, repoURL));

  return {
    isLocal,
    gitDir(repoURL, revision, tagPrefix = '') {
      if (isLocal(repoURL)) return Promise.resolve(opts.checkoutDir);
      const rev = revision?.trim() || 'HEAD';
      return once(`git\n${normalizeRepoURL(repoURL)}\n${rev}\n${tagPrefix}`, async () => {
        try {
          const at = await tagFor(repoURL, rev, tagPrefix, { ...opts, git, tokenHost });
          // Revisions that resolve to one tag share its clone.
          return await once(`clone\n${normalizeRepoURL(repoURL)}\n${at}`, () => cloneRepo(repoURL, at, { ...opts, git, tokenHost }));
        } catch (err) {
          throw new Error(`cannot fetch ${repoURL} at revision ${rev}${tagPrefix ? ` (tagPrefix ${tagPrefix})` : ''}: ${errorMessage(err)}`, { cause: err });
        }
      });
    },
    helmChart(repoURL, chart, version, pull = {}) {
      const v = version?.trim() ?? '';
      return once(`helm\n${normalizeRepoURL(repoURL)}\n${chart}\n${v}`, () =>
        pullChart(repoURL, chart, v, pull, opts).catch((err: unknown) => {
          throw new Error(`cannot pull chart ${chart}${v ? ` version ${v}` : ''} from ${repoURL}: ${errorMessage(err)}`);
        }),
      );
    },
  };
}

/**
 * The tag a semver revision resolves to among the remote's tags, as Argo CD's lsRemote does; any other
 * revision as it stands (with a tagPrefix that it does not satisfy, Argo CD goes on with it too).
 */
async function tagFor(url: string, rev: string, tagPrefix: string, o: RepoResolverOptions & { git: string; tokenHost: string }): Promise<string> {
  if (isCommitSHA(rev)) return rev;
  if (!isConstraint(rev)) {
    // No tag list needed: an exact version names its (prefixed) tag, anything else stands as it is.
    const exact = maxVersion(rev, [], tagPrefix);
    return 'tag' in exact ? exact.tag : rev;
  }
  const env = gitEnv(o.token && repoHost(url) === o.tokenHost ? o.token : undefined);
  const listed = await runTool(o.git, ['ls-remote', '--tags', '--refs', url], { tool: 'git', env, timeoutMs: o.timeoutMs });
  const tags = listed.stdout.split('\n').flatMap((line) => /^[0-9a-f]+\trefs\/tags\/(.+)$/.exec(line)?.[1] ?? []);
  const resolved = maxVersion(rev, tags, tagPrefix);
  if ('tag' in resolved) return resolved.tag;
  throw new Error(resolved.error);
}

async function cloneRepo(
  url: string,
  rev: string,
  o: RepoResolverOptions & { git: string; tokenHost: string },
): Promise<string> {
  const dir = join(o.cacheDir, 'git', shortHash(normalizeRepoURL(url)), dirName(rev));
  // A commit never changes, so a finished clone of one is reused across runs; branches and tags are fetched anew.
  if (isCommitSHA(rev) && existsSync(join(dir, '.git'))) return dir;
  const env = gitEnv(o.token && repoHost(url) === o.tokenHost ? o.token : undefined);
  const run = (args: string[], cwd?: string) => runTool(o.git, args, { tool: 'git', cwd, env, timeoutMs: o.timeoutMs });
  const full = async (tmp: string) => {
    await rm(tmp, { recursive: true, force: true });
    await run(['clone', '--no-checkout', '--quiet', url, tmp]);
    await run(['checkout', '--quiet', '--detach', rev], tmp);
  };
  await intoCache(dir, async (tmp) => {
    if (rev === 'HEAD') {
      await run(['clone', '--depth', '1', '--quiet', url, tmp]);
    } else if (isCommitSHA(rev)) {
      // Fetching one commit by id needs server support (GitHub has it); otherwise fall back to a full clone.
      try {
        await run(['init', '--quiet', tmp]);
        await run(['fetch', '--depth', '1', '--quiet', url, rev], tmp);
        await run(['checkout', '--quiet', '--detach', 'FETCH_HEAD'], tmp);
      } catch {
        await full(tmp);
      }
    } else {
      // A branch or tag clones shallowly; anything else git can resolve (a short SHA) needs the history.
      try {
        await run(['clone', '--depth', '1', '--quiet', '--branch', rev, url, tmp]);
      } catch {
        await full(tmp);
      }
    }
  });
  return dir;
}

async function pullChart(url: string, chart: string, version: string, pull: HelmPullOptions, o: RepoResolverOptions): Promise<string> {
  // Argo CD treats a Helm repoURL without an http(s) scheme as an OCI registry.
  const oci = !/^https?:\/\//i.test(url);
  const dir = join(o.cacheDir, 'helm', shortHash(`${normalizeRepoURL(url)}\n${chart}`), dirName(version || 'latest'));
  if (EXACT_SEMVER.test(version) && existsSync(dir)) return chartDirIn(dir);
  const helmPath = typeof o.helm === 'function' ? await o.helm() : (o.helm ?? 'helm');
  const helm = (args: string[], input?: string) => runTool(helmPath, args, { tool: 'helm', timeoutMs: o.timeoutMs, input });
  const cred = credentialFor(url, o.helmCredentials ?? []);
  const plain = oci && o.ociPlainHttp ? ['--plain-http'] : [];
  await intoCache(dir, async (tmp) => {
    await mkdir(tmp, { recursive: true });
    const pullArgs = (ref: string) => ['pull', ref, '--untar', '--untardir', tmp, ...(version ? ['--version', version] : []), ...plain];
    if (!cred) {
      await helm(oci ? pullArgs(ociRef(url, chart)) : [...pullArgs(chart), '--repo', url]);
      return;
    }
    // The login lives in a private directory of this pull, never in the user's helm config, and the
    // password reaches helm only on stdin, so it is in no argv (visible to `ps`) and no file left behind.
    const login = await mkdtemp(join(tmpdir(), 'gitops-sync-helm-'));
    try {
      if (oci) {
        const registryConfig = ['--registry-config', join(login, 'registry.json')];
        await helm(['registry', 'login', ociHost(url), '--username', cred.username, '--password-stdin', ...registryConfig, ...plain], cred.password);
        await helm([...pullArgs(ociRef(url, chart)), ...registryConfig]);
      } else {
        const repoConfig = ['--repository-config', join(login, 'repositories.yaml'), '--repository-cache', join(login, 'cache')];
        const pass = pull.passCredentials ? ['--pass-credentials'] : [];
        await helm(['repo', 'add', 'chart-repo', url, '--username', cred.username, '--password-stdin', ...pass, ...repoConfig], cred.password);
        await helm([...pullArgs(`chart-repo/${chart}`), ...repoConfig]);
      }
    } finally {
      await rm(login, { recursive: true, force: true });
    }
  });
  return chartDirIn(dir);
}

/** The credential whose url is the longest prefix of the chart's repoURL (`oci://` optional on either side). */
export function credentialFor(repoURL: string, creds: readonly HelmRepoCredential[]): HelmRepoCredential | undefined {
  const key = (u: string) => u.trim().replace(/^oci:\/\//i, '').toLowerCase();
  const target = key(repoURL);
  let best: HelmRepoCredential | undefined;
  for (const c of creds) if (target.startsWith(key(c.url)) && (!best || key(c.url).length > key(best.url).length)) best = c;
  return best;
}

function ociRef(url: string, chart: string): string {
  return `oci://${url.replace(/^oci:\/\//i, '').replace(/\/+$/, '')}/${chart}`;
}

function ociHost(url: string): string {
  return url.replace(/^oci:\/\//i, '').split('/')[0];
}

/** Builds into a private temporary directory, then moves it into place, so a half-made entry is never seen. */
async function intoCache(dir: string, build: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = `${dir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  await mkdir(dirname(dir), { recursive: true });
  try {
    await build(tmp);
    await rm(dir, { recursive: true, force: true });
    await rename(tmp, dir);
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
}

/** `helm pull --untar` makes one directory named after the chart. */
async function chartDirIn(dir: string): Promise<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory());
  if (entries.length !== 1) throw new Error(`expected one chart directory in ${dir}, found ${entries.length}`);
  return join(dir, entries[0].name);
}

/** Never prompts, and carries the token as an HTTP header through git's env config, never in a URL or argv. */
function gitEnv(token: string | undefined): Record<string, string> {
  const env: Record<string, string> = { GIT_TERMINAL_PROMPT: '0' };
  if (token) {
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    Object.assign(env, {
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'http.extraHeader',
      GIT_CONFIG_VALUE_0: `Authorization: Basic ${basic}`,
    });
  }
  return env;
}

function dirName(rev: string): string {
  const safe = rev.replace(/[^A-Za-z0-9._-]/g, '_');
  return safe === rev ? rev : `${safe}-${shortHash(rev).slice(0, 8)}`;
}

function shortHash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}
