// Objects named only by generateName (hooks, mostly) get an identity within their app: the first
// `Job/<generateName>*`, the next `Job/<generateName>*#2`, in render order. Adding or removing a
// second one must show in the preview, in the diff, the plan lines and the comment.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkoutBase, type BaseCheckout } from '../../src/pipeline/base-checkout.js';
import { previewPullRequest, type PreviewResult } from '../../src/pipeline/pr-preview.js';
import { writeFiles } from './generated-repo.js';
import { applicationYaml } from '../support/specs.js';
import { commitBaseAndHead, prSettings, REPO_URL } from './pr-repo.js';

const app = (name: string) => applicationYaml(name, { repoURL: REPO_URL, path: name });

function hooks(count: number): string {
  const job = (image: string) => `apiVersion: batch/v1
kind: Job
metadata:
  generateName: maint-page-up-
  annotations:
    argocd.argoproj.io/hook: PreSync
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: up
          image: ${image}
`;
  const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: "1"\n';
  return [cm, ...Array.from({ length: count }, (_, i) => job(`busybox:1.${i}`))].join('---\n');
}

describe('previewPullRequest with generateName hooks', () => {
  let dir: string;
  let base: BaseCheckout;
  let result: PreviewResult;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pr-gen-name-'));
    // `grows` gains a second hook, `shrinks` loses its second one.
    writeFiles(dir, { 'apps/grows.yaml': app('grows'), 'apps/shrinks.yaml': app('shrinks'), 'grows/all.yaml': hooks(1), 'shrinks/all.yaml': hooks(2) });
    const { baseSha } = commitBaseAndHead(dir, () => writeFiles(dir, { 'grows/all.yaml': hooks(2), 'shrinks/all.yaml': hooks(1) }));
    base = await checkoutBase(dir, baseSha, { timeoutMs: 30_000 });
    result = await previewPullRequest(prSettings(dir), { headDir: dir, baseDir: base.dir }, { marker: 'wf/job', now: () => 0 });
  }, 120_000);
  afterAll(async () => {
    await base?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  const resources = (name: string) =>
    result.diffs.find((d) => d.name === name)?.resources.map((r) => `${r.status} ${r.key.kind}/${r.key.namespace}/${r.key.name}`);

  it('sees a second generateName hook added or removed', () => {
    expect(result.changedApps.map((a) => a.name)).toEqual(['grows', 'shrinks']);
    expect(resources('grows')).toEqual(['added Job/grows/maint-page-up-*#2']);
    expect(resources('shrinks')).toEqual(['removed Job/shrinks/maint-page-up-*#2']);
  });

  it('names each hook by its identity in the plan lines and the comment', () => {
    const plan = result.full.split('\n').filter((l) => l.startsWith('- [PreSync'));
    expect(plan).toEqual([
      '- [PreSync wave 0] hook batch/Job grows/maint-page-up-* (PreSync hook)',
      '- [PreSync wave 0] hook batch/Job grows/maint-page-up-*#2 (PreSync hook)',
      '- [PreSync wave 0] hook batch/Job shrinks/maint-page-up-* (PreSync hook)',
    ]);
    expect(result.full).toMatch(/\| \[`grows`\]\(#[^)]+\) \| `in-cluster\/grows` \| changed \| \+1&nbsp;~0&nbsp;-0&nbsp;:stethoscope:&nbsp;:hourglass: \|/);
    expect(result.full).toContain(':hourglass: Changes sync waves or hooks: `Job/maint-page-up-*#2`');
    expect(result.full).toContain('@@ batch/Job shrinks/maint-page-up-*#2 @@\n@@ -1,15 +0,0 @@');
    expect(result.full).not.toMatch(/Job\/(\s|<|\||$)/m);
  });
});
