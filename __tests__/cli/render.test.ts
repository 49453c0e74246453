// The CLI contract other tools rely on, through the committed bundle dist/cli/index.js under Node 20
// and Node 24: one <app>.yaml per rendered app, exit 0/1/2, each failure on stderr with file, app, field.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseAllDocuments } from 'yaml';
import { nodeBinaries } from '../support/node-binaries.js';

const CLI = join(process.cwd(), 'dist', 'cli', 'index.js');
const REPO_URL = 'https://github.com/example-org/gitops-repo.git';

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function run(node: string, args: string[]): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(node, [CLI, ...args], { env: { ...process.env }, timeout: 180_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as NodeJS.ErrnoException & { code?: unknown }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cli-render-'));
  cpSync(join('examples', 'gitops-repo'), join(work, 'repo'), { recursive: true });
  cpSync(join('examples', 'gitops-repo'), join(work, 'broken'), { recursive: true });
  // One app whose chart does not exist, one spec with both server and name: the others still render.
  writeFileSync(
    join(work, 'broken', 'argocd', 'broken.yaml'),
    `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: missing-chart
spec:
  project: platform
  source:
    repoURL: ${REPO_URL}
    path: charts/does-not-exist
    helm:
      releaseName: x
  destination:
    server: https://kubernetes.default.svc
    namespace: example-x
---
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: two-destinations
spec:
  project: platform
  source:
    repoURL: ${REPO_URL}
    path: apps/echo
  destination:
    server: https://kubernetes.default.svc
    name: in-cluster
    namespace: example-y
`,
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(nodeBinaries())('dist/cli/index.js render under %s', (_label, node) => {
  it('writes one sorted multi-document YAML per app, generated apps included, and exits 0', async () => {
    const out = join(work, `out-${_label.replace(/\W/g, '')}`);
    const ran = await run(node, ['render', '--repo', join(work, 'repo'), '--repo-url', REPO_URL, '--out', out]);
    expect(ran.stderr).not.toMatch(/error:/);
    expect(ran.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      ['cache.yaml', 'echo-production.yaml', 'echo-staging.yaml', 'guestbook.yaml', 'podinfo.yaml', 'status-page.yaml'],
    );
    const objects = parseAllDocuments(readFileSync(join(out, 'podinfo.yaml'), 'utf8')).map((d) => d.toJS());
    expect(objects.map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`)).toEqual([
      'Service/example-podinfo/prod-podinfo',
      'Deployment/example-podinfo/prod-podinfo',
    ]);
    // Kustomize overlay (namePrefix, replicas, labels) plus the app's kustomize.images, and tracking.
    const deploy = objects[1];
    expect(deploy.spec.replicas).toBe(3);
    expect(deploy.spec.template.spec.containers[0].image).toBe('ghcr.io/stefanprodan/podinfo:6.7.1');
    expect(deploy.metadata.annotations['argocd.argoproj.io/tracking-id']).toBe('podinfo:apps/Deployment:example-podinfo/prod-podinfo');
  });

  it('exits 1 when an app fails, still writes the others, and names file, app and field', async () => {
    const out = join(work, `broken-out-${_label.replace(/\W/g, '')}`);
    const ran = await run(node, ['render', '--repo', join(work, 'broken'), '--repo-url', REPO_URL, '--out', out]);
    expect(ran.code).toBe(1);
    expect(readdirSync(out)).toHaveLength(6);
    expect(ran.stderr).toMatch(/argocd\/broken\.yaml:\d+: app missing-chart: field spec\.source\.path: /);
    expect(ran.stderr).toMatch(/argocd\/broken\.yaml:\d+: app two-destinations: field spec\.destination(\.name|\.server)?: /);
    expect(ran.stderr).not.toMatch(/\n\s+at .*\.js:\d+/); // no stack trace
  });

  it('prints debug lines only with --debug: apps found, helm/kustomize commands with exit and time, stage timings', async () => {
    const out = join(work, `debug-out-${_label.replace(/\W/g, '')}`);
    const quiet = await run(node, ['render', '--repo', join(work, 'repo'), '--repo-url', REPO_URL, '--out', out]);
    expect(quiet.stderr).not.toContain('debug:');
    const ran = await run(node, ['render', '--repo', join(work, 'repo'), '--repo-url', REPO_URL, '--out', out, '--debug']);
    expect(ran.code).toBe(0);
    expect(ran.stderr).toMatch(/^debug: found \d+ Application\(s\): .*guestbook.*; \d+ ApplicationSet\(s\); 0 problem\(s\)$/m);
    expect(ran.stderr).toMatch(/^debug: run \S*kustomize build .*$/m);
    expect(ran.stderr).toMatch(/^debug: \S*kustomize build: exit 0 after \d+ ms$/m);
    expect(ran.stderr).toMatch(/^debug: run \S*helm template .*$/m);
    expect(ran.stderr).toMatch(/^debug: render 6 app\(s\): \d+ ms$/m);
    expect(ran.stderr).toMatch(/^debug: podinfo: 2 object\(s\), 0 problem\(s\)$/m);
  });

  it('exits 1 naming an --apps glob that matches no file, and 2 for one outside the repository', async () => {
    const out = join(work, `typo-out-${_label.replace(/\W/g, '')}`);
    const typo = await run(node, ['render', '--repo', join(work, 'repo'), '--repo-url', REPO_URL, '--out', out, '--apps', 'argocd/**', '--apps', 'argcd/**', '--apps', '!nowhere/**']);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('apps: "argcd/**" matches no YAML or JSON file in ');
    expect(typo.stderr).not.toContain('nowhere');
    expect(typo.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
    const outside = await run(node, ['render', '--repo', join(work, 'repo'), '--repo-url', REPO_URL, '--out', out, '--apps', '../broken/**']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('input apps: "../broken/**" is outside the repository');
  });

  it('exits 2 with usage on a usage error', async () => {
    const ran = await run(node, ['render', '--repo', join(work, 'repo')]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('render needs --out DIR');
    expect(ran.stderr).toContain('usage: gitops-sync');
    expect((await run(node, ['frobnicate'])).code).toBe(2);
  });
});
