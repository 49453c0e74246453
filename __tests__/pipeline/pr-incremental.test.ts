// The incremental PR preview (only apps whose inputs differ render, on either side; the render cache
// serves repeats) equals the full one (render-unchanged: true) on a generated repository, for PRs that
// change one app, a shared Kustomize base, a chart dependency, a Jsonnet library, argocd-cm, an
// ApplicationSet, a directory app's file, an app-of-apps child, and a file nobody reads.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkoutBase, type BaseCheckout } from '../../src/pipeline/base-checkout.js';
import { previewPullRequest, type PreviewResult } from '../../src/pipeline/pr-preview.js';
import { readSettings } from '../../src/settings.js';
import { GEN_REPO_URL, generateRepo, writeFiles } from './generated-repo.js';
import { git } from './pr-repo.js';

interface Scenario {
  name: string;
  files: Record<string, string>;
  /** Head roots rendered by the incremental preview (the app-of-apps root renders on the head whenever it is not skipped). */
  headRendered: number;
  changed: string[];
}

const SHAPE = { helm: 4, kustomize: 4, plain: 3, jsonnet: 2, appSet: 3 };
const TREE = generateRepo(SHAPE);
const ROOTS = SHAPE.helm + SHAPE.kustomize + SHAPE.plain + SHAPE.jsonnet + SHAPE.appSet + 1;
const kustomizeApps = Array.from({ length: SHAPE.kustomize }, (_, i) => `api-${i}`);
const helmApps = Array.from({ length: SHAPE.helm }, (_, i) => `web-${i}`);

const SCENARIOS: Scenario[] = [
  { name: 'a file nobody reads', files: { 'README.md': '# changed\n', 'plain/static-0/notes.txt': 'changed\n' }, headRendered: 1, changed: [] },
  { name: 'one Helm values file', files: { 'values/web-1.yaml': 'replicas: 7\n' }, headRendered: 2, changed: ['web-1'] },
  {
    name: 'the shared Kustomize base',
    files: { 'kustomize/base/service.yaml': TREE['kustomize/base/service.yaml'].replace('8080', '9090') },
    headRendered: 1 + SHAPE.kustomize,
    changed: kustomizeApps,
  },
  {
    name: 'the chart dependency',
    files: { 'charts/lib/templates/_labels.tpl': '{{- define "lib.labels" -}}\napp.kubernetes.io/part-of: platform-v2\n{{- end -}}\n' },
    headRendered: 1 + SHAPE.helm,
    changed: helmApps,
  },
  { name: 'the Jsonnet library', files: { 'jsonnet/lib/common.libsonnet': TREE['jsonnet/lib/common.libsonnet'].replace('data: data', 'data: data + { lib: "2" }') }, headRendered: 1 + SHAPE.jsonnet, changed: ['jsonnet-0', 'jsonnet-1'] },
  {
    name: 'argocd-cm',
    files: { 'argocd/argocd-cm.yaml': TREE['argocd/argocd-cm.yaml'].replace('annotation\n', 'annotation+label\n') },
    headRendered: ROOTS,
    changed: 'all',
  } as unknown as Scenario,
  {
    name: 'the ApplicationSet',
    files: { 'apps/appset.yaml': TREE['apps/appset.yaml'].replace("namespace: '{{name}}'", "namespace: 'team-{{name}}'"), 'sets/set-3/config.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: set-3\n' },
    headRendered: 1 + SHAPE.appSet,
    changed: ['set-0', 'set-1', 'set-2'],
  },
  { name: "a directory app's file", files: { 'plain/static-2/config.yaml': TREE['plain/static-2/config.yaml'].replace('v2', 'v2-changed') }, headRendered: 2, changed: ['static-2'] },
  { name: 'an app-of-apps child', files: { 'plain/child-0/config.yaml': TREE['plain/child-0/config.yaml'].replace('"c"', '"c2"') }, headRendered: 1, changed: ['child-0'] },
];

let repo: string;
let cacheDir: string;
let base: BaseCheckout;
let baseSha: string;

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'pr-incremental-'));
  cacheDir = mkdtempSync(join(tmpdir(), 'pr-incremental-cache-'));
  writeFiles(repo, TREE);
  git(repo, 'init', '--quiet', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '--quiet', '-m', 'base');
  baseSha = git(repo, 'rev-parse', 'HEAD');
  base = await checkoutBase(repo, baseSha, { timeoutMs: 30_000 });
}, 60_000);
afterAll(async () => {
  await base?.cleanup();
  rmSync(repo, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

function settings(inputs: Record<string, string> = {}) {
  const all: Record<string, string> = { repo, 'repo-url': GEN_REPO_URL, apps: 'apps/**\nargocd/**', 'cache-dir': cacheDir, ...inputs };
  return readSettings((name) => all[name] ?? '', { mode: 'diff', installMissingTools: false, cacheDir });
}

async function preview(inputs: Record<string, string> = {}): Promise<PreviewResult> {
  return previewPullRequest(settings(inputs), { headDir: repo, baseDir: base.dir }, { marker: 'wf/job', now: () => 0 });
}

function same(incremental: PreviewResult, full: PreviewResult): void {
  expect(incremental.full).toBe(full.full);
  expect(incremental.parts).toEqual(full.parts);
  expect(incremental.diffs).toEqual(full.diffs);
  expect(incremental.changedApps).toEqual(full.changedApps);
  expect(incremental.plans).toEqual(full.plans);
  expect(incremental.policy).toEqual(full.policy);
  expect(incremental.appSetDeletions).toEqual(full.appSetDeletions);
  expect(incremental.failedApps).toEqual([]);
}

describe('incremental PR preview on a generated repository', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('a PR changing %s: same preview as rendering everything', async (_name, s) => {
    git(repo, 'checkout', '--quiet', '-B', 'pr', baseSha);
    writeFiles(repo, s.files);
    git(repo, 'add', '-A');
    git(repo, 'commit', '--quiet', '-m', s.name);

    const full = await preview({ 'render-unchanged': 'true' });
    const incremental = await preview();
    same(incremental, full);
    const changed = full.changedApps.map((a) => a.name).sort();
    if ((s.changed as unknown) === 'all') expect(changed.length).toBe(ROOTS + 1);
    else expect(changed).toEqual([...s.changed].sort());
    expect(incremental.headRenders).toEqual({ rendered: s.headRendered, skipped: ROOTS - s.headRendered });
    // The base renders only what differs; everything else is skipped or reused from the head.
    expect(incremental.baseRenders.rendered).toBe(s.changed.length === 0 ? 0 : (s.changed as unknown) === 'all' ? ROOTS : s.headRendered - 1 + (s.name === 'an app-of-apps child' ? 1 : 0));

    // Again, now that the cache holds this PR's renders: still the same preview.
    same(await preview(), full);
  }, 600_000);
});
