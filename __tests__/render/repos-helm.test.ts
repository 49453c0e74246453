// The resolver pulling charts with the real helm from a chart repository (index.yaml + .tgz) and a
// minimal OCI registry, both on loopback.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { createRepoResolver } from '../../src/render/repos/resolver.js';
import { startChartRepo, startOciRegistry, type LocalServer } from '../support/local-servers.js';

const CHART = fileURLToPath(new URL('../fixtures/repos/chart', import.meta.url));

let root: string;
let chartRepo: LocalServer;
let registry: LocalServer;
const packaged: Record<string, Buffer> = {};

const helm = (...args: string[]): string => execFileSync('helm', args, { encoding: 'utf8', env: process.env });

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'repos-helm-'));
  for (const home of ['HELM_CACHE_HOME', 'HELM_CONFIG_HOME', 'HELM_DATA_HOME']) process.env[home] = join(root, home.toLowerCase());
  const repoDir = join(root, 'chart-repo');
  for (const version of ['0.1.0', '0.2.0']) {
    const src = join(root, `src-${version}`, 'hello');
    cpSync(CHART, src, { recursive: true });
    writeFileSync(join(src, 'Chart.yaml'), readFileSync(join(src, 'Chart.yaml'), 'utf8').replace('version: 0.1.0', `version: ${version}`));
    helm('package', src, '-d', repoDir);
    packaged[version] = readFileSync(join(repoDir, `hello-${version}.tgz`));
  }
  chartRepo = await startChartRepo(repoDir);
  helm('repo', 'index', repoDir, '--url', chartRepo.url);
  const config = (version: string) => Buffer.from(JSON.stringify(parse(readFileSync(join(root, `src-${version}`, 'hello', 'Chart.yaml'), 'utf8'))));
  registry = await startOciRegistry({
    'charts/hello:0.1.0': { tgz: packaged['0.1.0'], config: config('0.1.0') },
    'charts/hello:0.2.0': { tgz: packaged['0.2.0'], config: config('0.2.0') },
  });
});

afterAll(async () => {
  await chartRepo?.close();
  await registry?.close();
  rmSync(root, { recursive: true, force: true });
});

const resolver = (cacheDir = mkdtempSync(join(root, 'cache-'))) =>
  createRepoResolver({ checkoutDir: root, cacheDir, timeoutMs: 60_000, ociPlainHttp: true });

const versionIn = (chartDir: string): string => (parse(readFileSync(join(chartDir, 'Chart.yaml'), 'utf8')) as { version: string }).version;
const downloads = (s: LocalServer, file: string) => s.requests.filter((r) => r === `GET /${file}`).length;

describe('Helm chart repositories', () => {
  it('pulls the requested version, the newest without one, and resolves a constraint', async () => {
    const r = await resolver();
    const dir = await r.helmChart(chartRepo.url, 'hello', '0.1.0');
    expect(versionIn(dir)).toBe('0.1.0');
    expect(readFileSync(join(dir, 'templates', 'configmap.yaml'), 'utf8')).toContain('{{ .Release.Name }}-hello');
    expect(versionIn(await r.helmChart(chartRepo.url, 'hello', undefined))).toBe('0.2.0');
    expect(versionIn(await r.helmChart(`${chartRepo.url}/`, 'hello', '>=0.1.0 <0.2.0'))).toBe('0.1.0');
  });

  it('downloads a chart version once for concurrent requests and reuses an exact version across runs', async () => {
    const cacheDir = mkdtempSync(join(root, 'shared-'));
    const before = downloads(chartRepo, 'hello-0.2.0.tgz');
    const r = await resolver(cacheDir);
    const dirs = await Promise.all([1, 2, 3].map(() => r.helmChart(chartRepo.url, 'hello', '0.2.0')));
    expect(new Set(dirs).size).toBe(1);
    expect(downloads(chartRepo, 'hello-0.2.0.tgz') - before).toBe(1);
    const requests = chartRepo.requests.length;
    expect(await (await resolver(cacheDir)).helmChart(chartRepo.url, 'hello', '0.2.0')).toBe(dirs[0]);
    expect(chartRepo.requests.length).toBe(requests);
  });

  it('names chart, version and repository when the version does not exist', async () => {
    await expect((await resolver()).helmChart(chartRepo.url, 'hello', '9.9.9')).rejects.toThrow(`cannot pull chart hello version 9.9.9 from ${chartRepo.url}`);
  });
});

describe('OCI registries', () => {
  it('pulls oci:// charts by version, and treats a scheme-less repoURL as OCI', async () => {
    const r = await resolver();
    const host = registry.url.replace('http://', '');
    expect(versionIn(await r.helmChart(`oci://${host}/charts`, 'hello', '0.1.0'))).toBe('0.1.0');
    expect(versionIn(await r.helmChart(`${host}/charts`, 'hello', '0.2.0'))).toBe('0.2.0');
    expect(registry.requests.some((q) => q.startsWith('GET /v2/charts/hello/manifests/'))).toBe(true);
  });

  it('fails clearly for a chart the registry does not have', async () => {
    const host = registry.url.replace('http://', '');
    await expect((await resolver()).helmChart(`oci://${host}/charts`, 'missing', '1.0.0')).rejects.toThrow(/cannot pull chart missing version 1.0.0 from oci:/);
  });
});
