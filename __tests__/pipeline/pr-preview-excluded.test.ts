// argocd-cm resource.exclusions in the PR preview: Argo CD's controller neither compares nor syncs an
// excluded kind, so the preview diffs without it and says so (Argo CD's ExcludedResourceWarning); a
// PR that changes the filter compares every app again; an unreadable filter fails every app, as it
// fails every comparison in Argo CD, with the error at argocd-cm's file and line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkoutBase, type BaseCheckout } from '../../src/pipeline/base-checkout.js';
import { previewPullRequest, type PreviewResult } from '../../src/pipeline/pr-preview.js';
import { writeFiles } from './generated-repo.js';
import { applicationYaml } from '../support/specs.js';
import { commitBaseAndHead, prSettings, REPO_URL } from './pr-repo.js';

const app = (name: string) => applicationYaml(name, { repoURL: REPO_URL, path: name });

const argocdCm = (exclusions: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: argocd-cm
  namespace: argocd
data:
  resource.exclusions: |
${exclusions.replace(/^/gm, '    ')}
`;

const CILIUM = '- apiGroups: ["cilium.io"]\n  kinds: ["*"]\n';
const cm = (name: string, value: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  a: "${value}"\n`;
const policy = (value: string) => `apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata:\n  name: allow\nspec:\n  description: "${value}"\n`;

async function preview(base: Record<string, string>, head: Record<string, string>): Promise<PreviewResult> {
  const dir = mkdtempSync(join(tmpdir(), 'pr-excluded-'));
  let checkout: BaseCheckout | undefined;
  try {
    writeFiles(dir, base);
    const { baseSha } = commitBaseAndHead(dir, () => writeFiles(dir, head));
    checkout = await checkoutBase(dir, baseSha, { timeoutMs: 30_000 });
    return await previewPullRequest(prSettings(dir, { apps: 'argocd/**', 'cache-dir': join(dir, '.cache') }), { headDir: dir, baseDir: checkout.dir }, { marker: 'm', now: () => 0 });
  } finally {
    await checkout?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
}

const BASE = {
  'argocd/net.yaml': app('net'),
  'argocd/other.yaml': app('other'),
  'argocd/argocd-cm.yaml': argocdCm(CILIUM),
  'net/all.yaml': `${cm('settings', '1')}---\n${policy('v1')}`,
  'other/all.yaml': `${cm('other', '1')}---\n${policy('v1')}`,
};

describe('PR preview with argocd-cm resource.exclusions', () => {
  it('leaves excluded kinds out of the diff and warns about them', async () => {
    const r = await preview(BASE, { 'net/all.yaml': `${cm('settings', '2')}---\n${policy('v2')}` });
    const net = r.diffs.find((d) => d.name === 'net')!;
    expect(net.resources.map((x) => `${x.status} ${x.key.kind}/${x.key.name}`)).toEqual(['modified ConfigMap/settings']);
    // Named for the app the PR changes only, not for `other`, which has one too.
    expect(r.warnings.filter((w) => w.includes('excluded'))).toEqual(['net: Resource cilium.io/CiliumNetworkPolicy allow is excluded in the settings']);
    expect(r.full).toContain('Resource cilium.io/CiliumNetworkPolicy allow is excluded in the settings');
  });

  it('compares every app again when the PR changes the filter', async () => {
    const r = await preview(BASE, { 'argocd/argocd-cm.yaml': argocdCm('- apiGroups: ["other.io"]\n') });
    // Now the policies are compared (and would sync): every app shows its policy as added.
    expect(r.changedApps.map((a) => `${a.name}:${a.status}`)).toEqual(['net:changed', 'other:changed']);
    expect(r.diffs.find((d) => d.name === 'other')!.resources.map((x) => `${x.status} ${x.key.kind}/${x.key.name}`)).toEqual(['added CiliumNetworkPolicy/allow']);
  });

  it('fails every app on an unreadable filter, with the error at argocd-cm', async () => {
    const r = await preview(BASE, { 'argocd/argocd-cm.yaml': argocdCm('apiGroups: [cilium.io]') });
    expect(r.failedApps.sort()).toEqual(['net', 'other']);
    const message = 'must be a list of {apiGroups, kinds, clusters}';
    expect(r.problems).toContainEqual({ file: 'argocd/argocd-cm.yaml', line: 7, field: 'data.resource.exclusions', message: `ConfigMap "argocd-cm": ${message}` });
    expect(r.errorStatus.newErrors).toContainEqual(expect.objectContaining({ app: 'net', message: `argocd-cm resource.exclusions: ${message}` }));
  });
});
