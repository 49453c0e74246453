// A sharded preview of a PR that breaks an ApplicationSet: its Applications, spread over the shards,
// are kept as on the base in each shard (kept-apps), so the merged comment equals the unsharded one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkoutBase, type BaseCheckout } from '../../src/pipeline/base-checkout.js';
import { mergePreviews } from '../../src/pipeline/merge-shards.js';
import { previewFile } from '../../src/pipeline/preview-file.js';
import { presentPreview } from '../../src/pipeline/preview-present.js';
import { previewPullRequest } from '../../src/pipeline/pr-preview.js';
import { applicationYaml } from '../support/specs.js';
import { writeFiles } from './generated-repo.js';
import { commitBaseAndHead, prSettings, REPO_URL } from './pr-repo.js';

const ENVS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

const appSet = (key: string) => `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata:
  name: envs
  namespace: argocd
spec:
  goTemplate: true
  goTemplateOptions: ["missingkey=error"]
  generators:
    - list:
        elements:
${ENVS.map((e) => `          - env: ${e}`).join('\n')}
  template:
    metadata:
      name: 'env-{{ .${key} }}'
    spec:
      project: default
      source:
        repoURL: ${REPO_URL}
        path: envs
      destination:
        server: https://kubernetes.default.svc
        namespace: 'env-{{ .${key} }}'
`;

const cm = (value: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: "${value}"\n`;

describe('sharded preview of a PR that breaks an ApplicationSet', () => {
  let dir: string;
  let base: BaseCheckout;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pr-shards-kept-'));
    writeFiles(dir, {
      'argocd/envs.yaml': appSet('env'),
      'argocd/plain.yaml': applicationYaml('plain', { repoURL: REPO_URL, path: 'plain' }),
      'envs/cm.yaml': cm('1'),
      'plain/cm.yaml': cm('1'),
    });
    const { baseSha } = commitBaseAndHead(dir, () => writeFiles(dir, { 'argocd/envs.yaml': appSet('region'), 'plain/cm.yaml': cm('2') }));
    base = await checkoutBase(dir, baseSha, { timeoutMs: 30_000 });
  }, 60_000);
  afterAll(async () => {
    await base?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the Applications in every shard and merges into the unsharded comment', async () => {
    const run = (shard?: { index: number; count: number }) => {
      const settings = { ...prSettings(dir, { apps: 'argocd/**', 'cache-dir': join(dir, '.cache') }), shard };
      return previewPullRequest(settings, { headDir: dir, baseDir: base.dir }, { marker: 'm', now: () => 0 });
    };
    const whole = await run();
    expect(whole.changedApps.map((a) => `${a.name}:${a.status}`)).toEqual(['plain:changed']);
    expect(whole.diffs.filter((d) => d.name.startsWith('env-')).map((d) => d.status)).toEqual(ENVS.map(() => 'unchanged'));
    expect(whole.full).toContain("ApplicationSet envs fails on the head: Argo CD's controller changes none of its Applications");
    const sync = prSettings(dir).sync;
    const files = [];
    for (const index of [1, 2, 3]) {
      const shard = { index, count: 3 };
      files.push({ path: `shard-${index}.json`, file: previewFile((await run(shard)).findings, sync, shard) });
    }
    // The generated apps really are spread: more than one shard keeps some.
    expect(files.filter((f) => f.file.findings.diffs.some((d) => d.name.startsWith('env-'))).length).toBeGreaterThan(1);
    const merged = mergePreviews(files);
    expect(presentPreview(merged.findings, { marker: 'm', sync }).full).toBe(whole.full);
  }, 180_000);
});
