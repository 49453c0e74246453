// Tools are located when an app needs one, once per run: a repository of plain YAML previews fine on
// a runner without helm, kustomize or jsonnet; an app that needs a missing tool fails alone; and the
// two sides of a preview share one lookup (and one `helm version`).
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { previewPullRequest } from '../../src/pipeline/pr-preview.js';
import { findOnPath } from '../../src/render/tools/locate.js';
import { PINNED_VERSIONS } from '../../src/render/tools/versions.js';
import { readSettings } from '../../src/settings.js';
import { applicationYaml } from '../support/specs.js';

const REPO_URL = 'https://github.com/example/plain.git';
const SYSTEM_PATH = '/usr/bin:/bin';

const application = (name: string, path: string) => applicationYaml(name, { repoURL: REPO_URL, path });
const configMap = (greeting: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: web
data:
  greeting: ${greeting}
`;

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe('tools located lazily', () => {
  let work: string;
  const savedPath = process.env.PATH;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'lazy-tools-'));
  });
  afterEach(() => {
    process.env.PATH = savedPath;
    rmSync(work, { recursive: true, force: true });
  });

  /** Base and head checkouts: `web` (plain YAML) changes; with `chart`, a Helm app changes too. */
  function repo(chart: boolean): { baseDir: string; headDir: string } {
    const sides = { baseDir: join(work, 'base'), headDir: join(work, 'head') };
    for (const [dir, greeting] of [[sides.baseDir, 'hello'], [sides.headDir, 'bonjour']]) {
      write(dir, { 'apps/web.yaml': application('web', 'web'), 'web/cm.yaml': configMap(greeting) });
      if (chart) {
        write(dir, {
          'apps/chart.yaml': application('chart', 'chart'),
          'chart/Chart.yaml': 'apiVersion: v2\nname: chart\nversion: 0.1.0\n',
          'chart/templates/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: chart\ndata:\n  greeting: ${greeting}\n`,
        });
      }
    }
    return sides;
  }

  const settings = (inputs: Record<string, string> = {}) => {
    const all: Record<string, string> = { repo: join(work, 'head'), 'repo-url': REPO_URL, ...inputs };
    return readSettings((name) => all[name] ?? '', { mode: 'diff', installMissingTools: false, cacheDir: join(work, 'cache') });
  };

  it('previews a plain-YAML repository with no helm, kustomize or jsonnet on PATH', async () => {
    const dirs = repo(false);
    process.env.PATH = SYSTEM_PATH;
    const result = await previewPullRequest(settings(), dirs, { marker: 'k' });
    expect(result.problems).toEqual([]);
    expect(result.failedApps).toEqual([]);
    expect(result.changedApps).toEqual([expect.objectContaining({ name: 'web', status: 'changed', modified: 1 })]);
    expect(result.full).toContain('+  greeting: bonjour');
    expect(result.toolVersions).toEqual({});
    expect(result.full).not.toMatch(/not found|unavailable/);
  });

  it('previews it with helm-path, kustomize-path and jsonnet-path naming no binary', async () => {
    const dirs = repo(false);
    const missing = { 'helm-path': '/nonexistent/helm', 'kustomize-path': '/nonexistent/kustomize', 'jsonnet-path': '/nonexistent/jsonnet' };
    const result = await previewPullRequest(settings(missing), dirs, { marker: 'k' });
    expect(result.problems).toEqual([]);
    expect(result.failedApps).toEqual([]);
    expect(result.changedApps.map((a) => a.name)).toEqual(['web']);
  });

  it('fails only the app that needs the missing tool, saying which and how to get it', async () => {
    const dirs = repo(true);
    process.env.PATH = SYSTEM_PATH;
    const result = await previewPullRequest(settings(), dirs, { marker: 'k' });
    expect(result.problems).toEqual([]);
    expect(result.failedApps).toEqual(['chart']);
    const chart = result.diffs.find((d) => d.name === 'chart')!;
    expect(chart.problems.map((p) => p.message)).toEqual([expect.stringContaining(`helm not found on PATH; install helm ${PINNED_VERSIONS.helm}`)]);
    expect(result.changedApps.find((a) => a.name === 'web')).toMatchObject({ status: 'changed', modified: 1 });
  });

  it('needs no default kustomize for an app whose kustomize.version names an argocd-cm binary', async () => {
    const kustomize = findOnPath('kustomize')!;
    const dirs = repo(false);
    for (const [dir, greeting] of [[dirs.baseDir, 'hello'], [dirs.headDir, 'bonjour']]) {
      write(dir, {
        'argocd-cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: argocd-cm\n  namespace: argocd\ndata:\n  kustomize.path.v5: ${kustomize}\n`,
        'apps/kust.yaml': `${application('kust', 'kust')}    kustomize:\n      version: v5\n`,
        'kust/kustomization.yaml': 'resources: [cm.yaml]\n',
        'kust/cm.yaml': configMap(greeting),
      });
    }
    process.env.PATH = SYSTEM_PATH;
    const result = await previewPullRequest(settings(), dirs, { marker: 'k' });
    expect(result.problems).toEqual([]);
    expect(result.failedApps).toEqual([]);
    expect(result.changedApps.map((a) => a.name)).toEqual(['kust', 'web']);
  });

  it('looks a tool up once for both sides of the preview', async () => {
    const dirs = repo(true);
    // A helm that logs each command before running the real one.
    const realHelm = findOnPath('helm')!;
    const bin = join(work, 'bin');
    const log = join(work, 'helm.log');
    mkdirSync(bin);
    writeFileSync(join(bin, 'helm'), `#!/bin/sh\necho "$1" >> '${log}'\nexec '${realHelm}' "$@"\n`);
    chmodSync(join(bin, 'helm'), 0o755);
    process.env.PATH = `${bin}:${SYSTEM_PATH}`;
    const result = await previewPullRequest(settings(), dirs, { marker: 'k' });
    expect(result.failedApps).toEqual([]);
    expect(result.changedApps.map((a) => a.name)).toEqual(['chart', 'web']);
    expect(result.toolVersions).toEqual({ helm: PINNED_VERSIONS.helm });
    const commands = readFileSync(log, 'utf8').trim().split('\n');
    expect(commands.filter((c) => c === 'version')).toHaveLength(1);
    expect(commands.filter((c) => c === 'template')).toHaveLength(2);
  });
});
