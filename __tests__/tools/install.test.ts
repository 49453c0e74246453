// ensureTools: explicit settings, PATH, and the tool-cache download path against a local HTTP server
// serving real tar.gz release archives laid out like the official ones.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { ensureTools, ToolsUnavailableError } from '../../src/render/tools/install.js';
import { releaseAsset } from '../../src/render/tools/releases.js';
import { PINNED_VERSIONS, toolVersion, type ToolName } from '../../src/render/tools/versions.js';

const FAKE_VERSION: Record<ToolName, string> = { helm: 'v9.1.1', kustomize: 'v9.2.2', jsonnet: 'v9.3.3' };

let work: string;
let server: Server;
let baseUrl: string;
const archives = new Map<string, Buffer>(); // request path → archive bytes
const requests: string[] = [];
const savedEnv = { RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE, RUNNER_TEMP: process.env.RUNNER_TEMP };

function fakeTool(dir: string, name: string, version: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\necho "${name} ${version}"\n`);
  chmodSync(path, 0o755);
  return path;
}

/** A real .tar.gz holding a fake `tool` at the asset's binary path, registered under its URL path. */
async function publish(tool: ToolName): Promise<void> {
  const asset = releaseAsset(tool, PINNED_VERSIONS[tool], 'linux', 'x64', baseUrl);
  if (typeof asset === 'string') throw new Error(asset);
  const root = join(work, 'release', tool);
  const segments = asset.binaryPath.split('/');
  fakeTool(join(root, ...segments.slice(0, -1)), segments[segments.length - 1], FAKE_VERSION[tool]);
  writeFileSync(join(root, 'LICENSE'), 'fake\n');
  const archive = join(work, `${tool}.tar.gz`);
  execFileSync('tar', ['-czf', archive, '-C', root, '.']);
  archives.set(new URL(asset.url).pathname, readFileSync(archive));
}

const downloadOpts = () => ({
  download: true,
  searchPath: join(work, 'empty-path'),
  platform: 'linux' as const,
  arch: 'x64',
  releaseBaseUrls: { helm: baseUrl, kustomize: baseUrl, jsonnet: baseUrl },
});

beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), 'tools-install-'));
  mkdirSync(join(work, 'empty-path'));
  process.env.RUNNER_TOOL_CACHE = join(work, 'toolcache');
  process.env.RUNNER_TEMP = join(work, 'runner-temp');
  archives.clear();
  requests.length = 0;
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const body = archives.get(req.url ?? '');
    if (!body) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/releases`;
});

afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe('ensureTools downloading pinned releases', () => {
  it('downloads, extracts and caches each tool once, executable', async () => {
    for (const tool of ['helm', 'kustomize', 'jsonnet'] as const) await publish(tool);
    const notes: string[] = [];

    const paths = await ensureTools(['helm', 'kustomize', 'jsonnet'], { ...downloadOpts(), log: (m) => notes.push(m) });

    expect(requests.sort()).toEqual([...archives.keys()].sort());
    for (const tool of ['helm', 'kustomize', 'jsonnet'] as const) {
      const version = PINNED_VERSIONS[tool].replace(/^v/, '');
      expect(paths[tool]).toBe(join(work, 'toolcache', tool, version, 'x64', tool));
      expect(statSync(paths[tool]).mode & 0o111).not.toBe(0);
      expect(await toolVersion(tool, paths[tool])).toBe(FAKE_VERSION[tool]);
    }
    expect(notes).toHaveLength(3);
    expect(notes[0]).toContain(`downloading helm ${PINNED_VERSIONS.helm} from ${baseUrl}/helm-`);

    const again = await ensureTools(['helm', 'kustomize', 'jsonnet'], downloadOpts());
    expect(again).toEqual(paths);
    expect(requests).toHaveLength(3); // served from the tool cache, not downloaded again
  });

  it('requests the official asset layout', async () => {
    await publish('kustomize');
    await ensureTools(['kustomize'], downloadOpts());
    const v = PINNED_VERSIONS.kustomize;
    expect(requests).toEqual([`/releases/kustomize%2F${v}/kustomize_${v}_linux_amd64.tar.gz`]);
  });

  it('names the tool, the URL and how to get it when the download fails', async () => {
    const err: ToolsUnavailableError = await ensureTools(['helm'], downloadOpts()).catch((e) => e);
    expect(err).toBeInstanceOf(ToolsUnavailableError);
    expect(err.problems.map((p) => p.tool)).toEqual(['helm']);
    expect(err.message).toContain(`downloading helm ${PINNED_VERSIONS.helm} from ${baseUrl}/helm-${PINNED_VERSIONS.helm}-linux-amd64.tar.gz failed`);
    expect(err.message).toContain('https://helm.sh/docs/intro/install/');
    expect(err.message).toContain('helm-path input');
    expect(requests).toHaveLength(1);
  });

  it('says why when the runner tool cache is not configured', async () => {
    delete process.env.RUNNER_TOOL_CACHE;
    const err: ToolsUnavailableError = await ensureTools(['jsonnet'], downloadOpts()).catch((e) => e);
    expect(err.message).toMatch(/^jsonnet not found on PATH and cannot be downloaded \(RUNNER_TOOL_CACHE not set\); install jsonnet/);
    expect(requests).toHaveLength(0);
  });

  it('says so for a platform with no release archive', async () => {
    const err: ToolsUnavailableError = await ensureTools(['helm'], { ...downloadOpts(), platform: 'win32' }).catch((e) => e);
    expect(err.message).toContain('no helm release is downloaded for win32/x64');
    expect(requests).toHaveLength(0);
  });
});

describe('ensureTools lookup', () => {
  it('prefers a tool on PATH over downloading', async () => {
    await publish('helm');
    const helm = fakeTool(join(work, 'bin'), 'helm', 'v1.0.0');
    const paths = await ensureTools(['helm'], { ...downloadOpts(), searchPath: `${join(work, 'empty-path')}:${join(work, 'bin')}` });
    expect(paths).toEqual({ helm });
    expect(requests).toHaveLength(0);
  });

  it('skips a non-executable file on PATH', async () => {
    const dir = join(work, 'bin');
    fakeTool(dir, 'kustomize', 'v1.0.0');
    chmodSync(join(dir, 'kustomize'), 0o644);
    const err: ToolsUnavailableError = await ensureTools(['kustomize'], { searchPath: dir, download: false }).catch((e) => e);
    expect(err.message).toContain('kustomize not found on PATH');
  });

  it('uses an explicit path as given, relative to cwd, or a bare name on PATH', async () => {
    const helm = fakeTool(join(work, 'custom'), 'helm3', 'v3.0.0');
    const onPath = fakeTool(join(work, 'bin'), 'helm', 'v1.0.0');
    const base = { searchPath: join(work, 'bin'), download: false, cwd: work };
    expect(await ensureTools(['helm'], { ...base, paths: { helm } })).toEqual({ helm });
    expect(await ensureTools(['helm'], { ...base, paths: { helm: 'custom/helm3' } })).toEqual({ helm });
    expect(await ensureTools(['helm'], { ...base, paths: { helm: 'helm' } })).toEqual({ helm: onPath });
  });

  it('rejects an explicit path that is not an executable, without falling back to PATH', async () => {
    fakeTool(join(work, 'bin'), 'helm', 'v1.0.0');
    const missing = join(work, 'nope', 'helm');
    const err: ToolsUnavailableError = await ensureTools(['helm'], {
      searchPath: join(work, 'bin'),
      paths: { helm: missing },
    }).catch((e) => e);
    expect(err.message).toBe(`helm-path ${missing}: not an executable file`);
  });

  it('without downloads, names every missing tool and how to get it, and keeps the ones found', async () => {
    const jsonnet = fakeTool(join(work, 'bin'), 'jsonnet', 'v0.1.0');
    const err: ToolsUnavailableError = await ensureTools(['helm', 'jsonnet', 'kustomize'], {
      searchPath: join(work, 'bin'),
      download: false,
    }).catch((e) => e);
    expect(err).toBeInstanceOf(ToolsUnavailableError);
    expect(err.found).toEqual({ jsonnet });
    expect(err.problems).toEqual([
      {
        tool: 'helm',
        message: `helm not found on PATH; install helm ${PINNED_VERSIONS.helm} (https://helm.sh/docs/intro/install/) or set the helm-path input`,
      },
      {
        tool: 'kustomize',
        message: `kustomize not found on PATH; install kustomize ${PINNED_VERSIONS.kustomize} (https://kubectl.docs.kubernetes.io/installation/kustomize/) or set the kustomize-path input`,
      },
    ]);
    expect(err.message.split('\n')).toHaveLength(2);
  });
});
