// CLI and ApplicationSets: `--allow-project-params` (an ApplicationSet whose spec.project comes from its
// parameters is an error unless allowed, as with the action's input), and the per-ApplicationSet note of a
// pullRequest generator outside a pull request in render and plan.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

const CLI = join(process.cwd(), 'dist', 'cli', 'index.js');
const REPO_URL = 'https://github.com/example-org/gitops-repo.git';

function run(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 180_000 }, (err, _stdout, stderr) => {
      resolve({ code: err ? Number((err as NodeJS.ErrnoException & { code?: unknown }).code ?? 1) : 0, stderr });
    });
  });
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cli-project-params-'));
  cpSync(join('examples', 'gitops-repo'), join(work, 'repo'), { recursive: true });
  const appset = join(work, 'repo', 'argocd', 'appset.yaml');
  const text = readFileSync(appset, 'utf8')
    .replace('- env: staging', '- env: staging\n            project: platform')
    .replace('- env: production', '- env: production\n            project: platform')
    .replace('project: platform\n      source', "project: '{{ .project }}'\n      source");
  writeFileSync(appset, text);
  writeFileSync(
    join(work, 'repo', 'argocd', 'previews.yaml'),
    `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata:
  name: previews
spec:
  goTemplate: true
  generators:
    - pullRequest:
        github: {owner: example-org, repo: gitops-repo}
  template:
    metadata:
      name: 'preview-{{ .number }}'
    spec:
      project: platform
      source: {repoURL: ${REPO_URL}, path: apps/echo, targetRevision: '{{ .head_sha }}'}
      destination: {server: https://kubernetes.default.svc, namespace: 'preview-{{ .number }}'}
`,
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dist/cli/index.js render with a templated spec.project', () => {
  it('is an error naming the field without --allow-project-params', async () => {
    const out = join(work, 'out-denied');
    const ran = await run(['render', '--repo', join(work, 'repo'), '--repo-url', REPO_URL, '--apps', 'argocd/appset.yaml', '--out', out]);
    expect(ran.stderr).toMatch(/argocd\/appset\.yaml:20: app echo: field spec\.template\.spec\.project: spec\.project is chosen by generator parameters/);
    expect(ran.code).not.toBe(0);
  });

  it('renders the generated apps with --allow-project-params', async () => {
    const out = join(work, 'out-allowed');
    const ran = await run(['render', '--repo', join(work, 'repo'), '--repo-url', REPO_URL, '--apps', 'argocd/appset.yaml', '--allow-project-params', '--out', out]);
    expect(ran.stderr).not.toMatch(/project is chosen/);
    expect(ran.code).toBe(0);
    expect(existsSync(join(out, 'echo-staging.yaml'))).toBe(true);
    expect(existsSync(join(out, 'echo-production.yaml'))).toBe(true);
  });

  it.each(['render', 'plan'])('%s names the ApplicationSet whose pullRequest generator yields nothing', async (command) => {
    const args = [command, '--repo', join(work, 'repo'), '--repo-url', REPO_URL, '--apps', 'argocd/previews.yaml'];
    const ran = await run(command === 'render' ? [...args, '--out', join(work, 'out-previews')] : args);
    expect(ran.stderr).toContain(
      'note: ApplicationSet previews (argocd/previews.yaml:1): pullRequest generator yields nothing: the action is not running for a pull request',
    );
    expect(ran.code).toBe(0);
  });
});
