// The comment names destinations as a reviewer does: Argo CD's in-cluster URL as `in-cluster`, a server
// that a cluster Secret of the repository declares by that Secret's cluster name, any other server by its
// URL without the scheme, each followed by the namespace.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkoutBase, type BaseCheckout } from '../../src/pipeline/base-checkout.js';
import { previewPullRequest, type PreviewResult } from '../../src/pipeline/pr-preview.js';
import { writeFiles } from './generated-repo.js';
import { applicationYaml } from '../support/specs.js';
import { commitBaseAndHead, prSettings, REPO_URL } from './pr-repo.js';

const app = (name: string, server: string) => applicationYaml(name, { repoURL: REPO_URL, path: name, server, namespace: `${name}-ns` });

const clusterSecret = `apiVersion: v1
kind: Secret
metadata:
  name: cluster-prod-eu
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: cluster
stringData:
  name: prod-eu
  server: https://eu.k8s.example.com/
  config: '{}'
`;

const settings = (v: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  v: "${v}"\n`;

describe('previewPullRequest destinations in the comment', () => {
  let dir: string;
  let base: BaseCheckout;
  let result: PreviewResult;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pr-dest-'));
    const files = (v: string) => ({ 'local/cm.yaml': settings(v), 'eu/cm.yaml': settings(v), 'edge/cm.yaml': settings(v) });
    writeFiles(dir, {
      'apps/local.yaml': app('local', 'https://kubernetes.default.svc'),
      'apps/eu.yaml': app('eu', 'https://eu.k8s.example.com'),
      'apps/edge.yaml': app('edge', 'https://10.42.0.17:6443'),
      'clusters/prod-eu.yaml': clusterSecret,
      ...files('1'),
    });
    const { baseSha } = commitBaseAndHead(dir, () => writeFiles(dir, files('2')));
    base = await checkoutBase(dir, baseSha, { timeoutMs: 30_000 });
    result = await previewPullRequest(prSettings(dir), { headDir: dir, baseDir: base.dir }, { marker: 'k', now: () => 0 });
  }, 120_000);
  afterAll(async () => {
    await base?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows in-cluster, the cluster Secret name, or the bare server, then the namespace', () => {
    const body = result.parts[0];
    expect(result.changedApps.map((a) => a.name)).toEqual(['edge', 'eu', 'local']);
    expect(body).toMatch(/\| \[`local`\]\(#[^)]+\) \| `in-cluster\/local-ns` \| changed \|/);
    expect(body).toMatch(/\| \[`eu`\]\(#[^)]+\) \| `prod-eu\/eu-ns` \| changed \|/);
    expect(body).toMatch(/\| \[`edge`\]\(#[^)]+\) \| `10\.42\.0\.17:6443\/edge-ns` \| changed \|/);
    expect(body).toContain('<b>eu</b> — changed · +0 ~1 -0 · <code>prod-eu/eu-ns</code></summary>\n\nDefined in `apps/eu.yaml:1`');
    expect(body).not.toContain('https://');
  });
});
