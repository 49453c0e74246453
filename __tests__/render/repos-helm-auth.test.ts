// Private chart repositories and OCI registries: the resolver logs in with the credential whose url is
// the longest prefix of the chart's repoURL, the servers demand HTTP basic auth, and the password goes
// to helm on stdin only (a wrapper named helm records every argv) and into no error.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { createRepoResolver, credentialFor, type HelmRepoCredential } from '../../src/render/repos/resolver.js';
import { startChartRepo, startOciRegistry, type LocalServer } from '../support/local-servers.js';

const CHART = fileURLToPath(new URL('../fixtures/repos/chart', import.meta.url));
const AUTH = { username: 'ci-reader', password: 's3cret-Pa55word' };

let root: string;
let argvLog: string;
let wrapper: string;
let chartRepo: LocalServer;
let tgzHost: LocalServer;
let splitRepo: LocalServer;
let registry: LocalServer;
let host: string;

const helm = (...args: string[]): string => execFileSync('helm', args, { encoding: 'utf8', env: process.env });

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'repos-helm-auth-'));
  for (const home of ['HELM_CACHE_HOME', 'HELM_CONFIG_HOME', 'HELM_DATA_HOME']) process.env[home] = join(root, home.toLowerCase());
  // The resolver's per-pull login directories go here, so the test can see they are removed.
  process.env.TMPDIR = join(root, 'tmp');
  mkdirSync(process.env.TMPDIR);
  const src = join(root, 'src', 'hello');
  cpSync(CHART, src, { recursive: true });
  const repoDir = join(root, 'chart-repo');
  helm('package', src, '-d', repoDir);
  const tgz = readFileSync(join(repoDir, 'hello-0.1.0.tgz'));
  chartRepo = await startChartRepo(repoDir, AUTH);
  helm('repo', 'index', repoDir, '--url', chartRepo.url);
  // An index on one host whose chart archive lives on another: only --pass-credentials sends the login there.
  const splitDir = join(root, 'split-repo');
  mkdirSync(splitDir);
  cpSync(join(repoDir, 'hello-0.1.0.tgz'), join(splitDir, 'hello-0.1.0.tgz'));
  tgzHost = await startChartRepo(splitDir, AUTH);
  helm('repo', 'index', splitDir, '--url', tgzHost.url);
  splitRepo = await startChartRepo(splitDir, AUTH);
  const config = Buffer.from(JSON.stringify(parse(readFileSync(join(src, 'Chart.yaml'), 'utf8'))));
  registry = await startOciRegistry({ 'private/hello:0.1.0': { tgz, config } }, AUTH);
  host = registry.url.replace('http://', '');

  argvLog = join(root, 'helm-argv.log');
  wrapper = join(root, 'bin', 'helm');
  mkdirSync(join(root, 'bin'));
  const real = (process.env.PATH ?? '').split(delimiter).map((d) => join(d, 'helm')).find((p) => existsSync(p));
  writeFileSync(wrapper, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${argvLog}'\nexec '${real}' "$@"\n`);
  chmodSync(wrapper, 0o755);
});

afterAll(async () => {
  await Promise.all([chartRepo, tgzHost, splitRepo, registry].map((s) => s?.close()));
  rmSync(root, { recursive: true, force: true });
});

const resolver = (helmCredentials: HelmRepoCredential[]) =>
  createRepoResolver({ checkoutDir: root, cacheDir: mkdtempSync(join(root, 'cache-')), timeoutMs: 60_000, ociPlainHttp: true, helm: wrapper, helmCredentials });
const cred = (url: string, password = AUTH.password): HelmRepoCredential => ({ url, username: AUTH.username, password });
const versionIn = (chartDir: string): string => (parse(readFileSync(join(chartDir, 'Chart.yaml'), 'utf8')) as { version: string }).version;
const loginDirsLeft = () => readdirSync(process.env.TMPDIR!).filter((d) => d.startsWith('gitops-sync-helm-'));

afterEach(() => {
  // The password is never on a command line, and no login directory outlives its pull.
  if (existsSync(argvLog)) expect(readFileSync(argvLog, 'utf8')).not.toContain(AUTH.password);
  expect(loginDirsLeft()).toEqual([]);
});

describe('private Helm chart repositories', () => {
  it('pulls with the credential whose url is the longest prefix of the repoURL', async () => {
    const r = await resolver([cred('http://127.0.0.1', 'wrong'), cred(chartRepo.url), cred('http://other.example')]);
    expect(versionIn(await r.helmChart(chartRepo.url, 'hello', '0.1.0'))).toBe('0.1.0');
    expect(chartRepo.requests).toContain('GET /hello-0.1.0.tgz');
    expect(readFileSync(argvLog, 'utf8')).toMatch(/--password-stdin/);
  });

  it('fails per chart naming the repository, not the password, with a wrong or no credential', async () => {
    const wrong = (await resolver([cred(chartRepo.url, 'not-it')])).helmChart(chartRepo.url, 'hello', '0.1.0');
    await expect(wrong).rejects.toThrow(`cannot pull chart hello version 0.1.0 from ${chartRepo.url}`);
    await expect(wrong).rejects.toThrow(/401/);
    await expect(wrong.catch((e: Error) => e.message)).resolves.not.toContain('not-it');
    await expect((await resolver([])).helmChart(chartRepo.url, 'hello', '0.1.0')).rejects.toThrow(/401/);
  });

  it('sends the login to the archive host only with helm.passCredentials', async () => {
    await expect((await resolver([cred(splitRepo.url)])).helmChart(splitRepo.url, 'hello', '0.1.0')).rejects.toThrow(/401/);
    const dir = await (await resolver([cred(splitRepo.url)])).helmChart(splitRepo.url, 'hello', '0.1.0', { passCredentials: true });
    expect(versionIn(dir)).toBe('0.1.0');
    expect(tgzHost.requests).toContain('GET /hello-0.1.0.tgz');
  });
});

describe('private OCI registries', () => {
  it('logs in to a per-pull registry config (never the user helm config) for oci:// and scheme-less repoURLs', async () => {
    const r = await resolver([cred(`oci://${host}/private`)]);
    expect(versionIn(await r.helmChart(`oci://${host}/private`, 'hello', '0.1.0'))).toBe('0.1.0');
    expect(versionIn(await (await resolver([cred(`oci://${host}`)])).helmChart(`${host}/private/`, 'hello', '0.1.0'))).toBe('0.1.0');
    expect(readFileSync(argvLog, 'utf8')).toMatch(new RegExp(`registry login ${host} --username ${AUTH.username} --password-stdin`));
    expect(existsSync(join(process.env.HELM_CONFIG_HOME!, 'registry', 'config.json'))).toBe(false);
  });

  it('fails clearly without the right login', async () => {
    const wrong = (await resolver([cred(`oci://${host}`, 'nope')])).helmChart(`oci://${host}/private`, 'hello', '0.1.0');
    await expect(wrong).rejects.toThrow(`cannot pull chart hello version 0.1.0 from oci://${host}/private`);
    await expect((await resolver([])).helmChart(`oci://${host}/private`, 'hello', '0.1.0')).rejects.toThrow(/cannot pull chart hello/);
  });
});

describe('credentialFor', () => {
  it('picks the longest matching prefix, case-insensitively, with oci:// optional on either side', () => {
    const creds = [cred('https://charts.example.com'), cred('https://charts.example.com/team-a'), cred('oci://registry.example.com/org')];
    expect(credentialFor('https://charts.example.com/team-a/stable', creds)?.url).toBe('https://charts.example.com/team-a');
    expect(credentialFor('HTTPS://Charts.example.com/other', creds)?.url).toBe('https://charts.example.com');
    expect(credentialFor('registry.example.com/org/charts', creds)?.url).toBe('oci://registry.example.com/org');
    expect(credentialFor('https://elsewhere.example.com', creds)).toBeUndefined();
  });
});
