// `gitops-sync health` through the committed bundle: built-in checks, `none` for kinds without one, and
// argocd-cm Lua checks with --argocd-cm.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

const CLI = join(process.cwd(), 'dist', 'cli', 'index.js');
const ARGOCD_CM = join(process.cwd(), '__tests__', 'fixtures', 'health', 'argocd-cm.yaml');

function health(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, 'health', ...args], (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: unknown }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

let dir: string;
let objects: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-health-'));
  objects = join(dir, 'objects.yaml');
  writeFileSync(
    objects,
    `apiVersion: apps/v1
kind: Deployment
metadata: {name: api, generation: 2}
spec: {replicas: 3}
status: {observedGeneration: 2, replicas: 3, updatedReplicas: 1, availableReplicas: 1}
---
apiVersion: example.com/v1
kind: Widget
metadata: {name: w1}
status: {ready: true, replicas: [a, b]}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: settings}
`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dist/cli/index.js health', () => {
  it('prints Argo CD statuses and messages, none for kinds without a check', async () => {
    const ran = await health([objects]);
    expect(ran.code).toBe(0);
    expect(ran.stdout.split('\n').slice(0, -1)).toEqual([
      'Deployment/api\tProgressing\tWaiting for rollout to finish: 1 out of 3 new replicas have been updated...',
      'Widget/w1\tnone\t',
      'ConfigMap/settings\tnone\t',
    ]);
  });

  it('runs the Lua health checks of an argocd-cm file', async () => {
    const ran = await health(['--argocd-cm', ARGOCD_CM, objects]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('Widget/w1\tHealthy\twidget w1 has 2 replicas\n');
  });

  it('is a usage error without files or with an argocd-cm file holding no ConfigMap', async () => {
    expect((await health([])).code).toBe(2);
    const ran = await health(['--argocd-cm', objects.replace('objects', 'missing'), objects]);
    expect(ran.code).not.toBe(0);
    writeFileSync(join(dir, 'empty.yaml'), 'kind: Secret\n');
    const bad = await health(['--argocd-cm', join(dir, 'empty.yaml'), objects]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no ConfigMap in the file');
  });
});
