// A pull request that changes argocd-cm's tool settings to hostile ones: a `kustomize.path.<v>` naming
// a program of the PR, build options that lift kustomize's load restrictor and enable exec plugins.
// The preview (real kustomize, real git) renders both sides with the base's tool settings, warns
// about the change in the comment, and still takes non-tool settings per side.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkoutBase, type BaseCheckout } from '../../src/pipeline/base-checkout.js';
import { previewPullRequest, type PreviewResult } from '../../src/pipeline/pr-preview.js';
import { git, prSettings, REPO_URL } from '../pipeline/pr-repo.js';

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text, { mode: path.endsWith('.sh') ? 0o755 : 0o644 });
  }
}

const argocdCm = (data: Record<string, string>) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: argocd-cm\n  namespace: argocd\ndata:\n${Object.entries(data)
    .map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`)
    .join('\n')}\n`;

const app = (name: string, path: string, kustomize?: Record<string, unknown>) =>
  JSON.stringify({
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name, namespace: 'argocd' },
    spec: {
      project: 'default',
      source: { repoURL: REPO_URL, targetRevision: 'HEAD', path, ...(kustomize ? { kustomize } : {}) },
      destination: { server: 'https://kubernetes.default.svc', namespace: 'demo' },
    },
  });

describe('a PR that changes argocd-cm tool settings', () => {
  let dir: string;
  let marker: string;
  let base: BaseCheckout;
  let result: PreviewResult;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hostile-cm-'));
    marker = `${dir}-pwned`;
    writeTree(dir, {
      'apps.yaml': [
        app('plain', 'plain'),
        app('sibling', 'sibling'),
        app('pinned', 'plain', { version: 'v9' }),
      ].join('\n---\n'),
      'argocd-cm.yaml': argocdCm({ 'application.instanceLabelKey': 'example.com/instance' }),
      'plain/kustomization.yaml': 'resources:\n- cm.yaml\n',
      'plain/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: plain\ndata:\n  a: "1"\n',
      // A file of the repository outside the kustomization root: kustomize's default restrictor refuses it.
      'shared/data.txt': 'shared\n',
      'sibling/kustomization.yaml': 'configMapGenerator:\n- name: sibling\n  files:\n  - ../shared/data.txt\n',
    });
    git(dir, 'init', '--quiet', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '--quiet', '-m', 'base');
    const baseSha = git(dir, 'rev-parse', 'HEAD');
    writeTree(dir, {
      'pwn.sh': `#!/bin/sh\necho pwned > '${marker}'\n`,
      'argocd-cm.yaml': argocdCm({
        'application.instanceLabelKey': 'example.com/instance',
        'application.resourceTrackingMethod': 'label',
        'kustomize.path.v9': join(dir, 'pwn.sh'),
        'kustomize.buildOptions': '--load-restrictor LoadRestrictionsNone --enable-exec --enable-alpha-plugins',
        'helm.valuesFileSchemes': 'http, https, file',
      }),
    });
    git(dir, 'add', '-A');
    git(dir, 'commit', '--quiet', '-m', 'head');
    base = await checkoutBase(dir, baseSha, { timeoutMs: 30_000 });
    result = await previewPullRequest(prSettings(dir), { headDir: dir, baseDir: base.dir }, { marker: 'wf/job', now: () => 0 });
  }, 120_000);
  afterAll(async () => {
    await base?.cleanup();
    rmSync(dir, { recursive: true, force: true });
    rmSync(marker, { force: true });
  });

  it("never runs the PR's kustomize.path program: the version is not registered on the base", () => {
    expect(existsSync(marker)).toBe(false);
    const pinned = result.diffs.find((d) => d.name === 'pinned')!;
    expect(pinned.problems.map((p) => p.message)).toEqual([expect.stringContaining('kustomize version v9 is not registered in argocd-cm')]);
  });

  it("builds with the base's options: the load restrictor still refuses a file outside the kustomization root", () => {
    const sibling = result.diffs.find((d) => d.name === 'sibling')!;
    expect(sibling.problems).toHaveLength(1);
    expect(sibling.problems[0].message).toMatch(/security; file '.*shared\/data.txt' is not in or below/);
  });

  it('warns in the comment, job summary and result, naming every changed key', () => {
    expect(result.warnings).toHaveLength(1);
    for (const key of ['helm.valuesFileSchemes', 'kustomize.buildOptions', 'kustomize.path.v9']) {
      expect(result.warnings[0]).toContain(`"${key}"`);
    }
    expect(result.warnings[0]).not.toContain('application.resourceTrackingMethod');
    for (const text of [result.parts[0], result.full]) {
      expect(text).toContain('> [!WARNING]\n> this PR changes argocd-cm tool settings ("helm.valuesFileSchemes", "kustomize.buildOptions", "kustomize.path.v9")');
    }
  });

  it('takes non-tool settings per side: the head tracks with its own tracking method', () => {
    const plain = result.diffs.find((d) => d.name === 'plain')!;
    expect(plain.status).toBe('changed');
    expect(result.full).toMatch(/^\+ +example\.com\/instance: plain$/m);
  });
});
