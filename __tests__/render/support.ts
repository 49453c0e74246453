// Shared by the render tests: the fixture GitOps repos, a RepoResolver that maps their repo URLs to
// fixture directories (no network), and the raw tools run by hand for comparison.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { AppSpec, ApplicationSpec } from '../../src/model/argocd.js';
import type { K8sObject } from '../../src/model/k8s.js';
import { runTool } from '../../src/render/tools/exec.js';
import type { RenderContext, RepoResolver } from '../../src/render/types.js';
import { createToolLocator } from '../../src/render/tools/locator.js';

export const FIXTURES = resolve('__tests__/fixtures/render');
export const REPO = join(FIXTURES, 'repo');
export const VALUES_REPO = join(FIXTURES, 'values-repo');
export const REPO_URL = 'https://git.example.com/platform/gitops.git';
export const VALUES_URL = 'https://git.example.com/platform/values.git';
export const CHARTS_URL = 'https://charts.example.com';
export const SHA = '0123456789abcdef0123456789abcdef01234567';

export const resolver: RepoResolver = {
  async gitDir(repoURL) {
    if (repoURL === REPO_URL) return REPO;
    if (repoURL === VALUES_URL) return VALUES_REPO;
    throw new Error(`repository ${repoURL} is not reachable`);
  },
  async helmChart(repoURL, chart) {
    if (repoURL === CHARTS_URL && chart === 'subchart') return join(REPO, 'helm', 'subchart');
    throw new Error(`chart ${chart} not found in ${repoURL}`);
  },
};

export function context(overrides: Partial<RenderContext> = {}): RenderContext {
  return {
    repoRoot: REPO,
    revision: SHA,
    tools: createToolLocator({ download: false }),
    repos: resolver,
    timeoutMs: 60_000,
    ...overrides,
  };
}

export function app(name: string, spec: Partial<ApplicationSpec>): AppSpec {
  return {
    app: {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name, namespace: 'argocd' },
      spec: { project: 'default', destination: { server: 'https://kubernetes.default.svc', namespace: 'team-a' }, ...spec },
    },
    origin: { file: 'apps/' + name + '.yaml', line: 3 },
  };
}

/** Runs a tool exactly as given and parses its YAML output (test-side, independent of src/render/parse). */
export async function rawYaml(cmd: 'helm' | 'kustomize', args: string[], cwd: string): Promise<K8sObject[]> {
  const { stdout } = await runTool(cmd, args, { tool: cmd, cwd, timeoutMs: 60_000 });
  return parseAllDocuments(stdout)
    .map((d) => d.toJS() as K8sObject | null)
    .filter((o): o is K8sObject => o !== null);
}

/** A throwaway copy of a fixture tree, for raw tool runs that write (edits, dependency build). */
export async function copyOf(dir: string): Promise<{ path: string; done: () => Promise<void> }> {
  const tmp = await mkdtemp(join(tmpdir(), 'render-test-'));
  const path = join(tmp, 'copy');
  await cp(dir, path, { recursive: true, verbatimSymlinks: true });
  return { path, done: () => rm(tmp, { recursive: true, force: true }) };
}

export function names(objects: K8sObject[]): string[] {
  return objects.map((o) => `${o.kind}/${o.metadata?.name}`);
}
