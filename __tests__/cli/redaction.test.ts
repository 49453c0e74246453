// The CLI (committed bundle dist/cli/index.js) redacts its secret inputs — the repo token and the Helm
// repository passwords from the environment — from stdout, stderr and the files it writes, even when
// the rendered manifests, a file name and an error message hold them.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

const CLI = join(process.cwd(), 'dist', 'cli', 'index.js');
const REPO_TOKEN = 'cli-planted-repo-t0ken-31f';
const HELM_PASSWORD = 'cli-Planted-Helm-Passw0rd';

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITOPS_SYNC_REPO_TOKEN: REPO_TOKEN,
    GITOPS_SYNC_HELM_REPO_CREDENTIALS: JSON.stringify([{ url: 'https://charts.example.com', username: 'ci', password: HELM_PASSWORD }]),
  };
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env, timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: unknown }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const app = (name: string, path: string) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
spec:
  project: default
  source: {repoURL: https://example.com/repo.git, path: ${path}}
  destination: {server: https://kubernetes.default.svc, namespace: demo}
`;

let work: string;
const repo = (side: string) => join(work, side);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cli-redaction-'));
  for (const side of ['base', 'head']) {
    mkdirSync(join(repo(side), 'manifests'), { recursive: true });
    mkdirSync(join(repo(side), 'broken'), { recursive: true });
    // An app named after the token: its output file would be too.
    writeFileSync(join(repo(side), 'apps.yaml'), `${app('leaky', 'manifests')}---\n${app(`named-${REPO_TOKEN}`, 'manifests')}---\n${app('broken', 'broken')}`);
    writeFileSync(join(repo(side), 'broken', `${HELM_PASSWORD}.yaml`), `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${REPO_TOKEN}\ndata: x\n`);
  }
  writeFileSync(join(repo('base'), 'manifests', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: leak\ndata:\n  token: none\n');
  writeFileSync(
    join(repo('head'), 'manifests', 'cm.yaml'),
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: leak\ndata:\n  token: ${REPO_TOKEN}\n  helm: ${Buffer.from(HELM_PASSWORD).toString('base64')}\n`,
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const leaks = (text: string) => [REPO_TOKEN, HELM_PASSWORD, Buffer.from(HELM_PASSWORD).toString('base64')].filter((s) => text.includes(s));

describe('CLI redaction', () => {
  it('render --out: manifests, file names, stderr', async () => {
    const out = join(work, 'rendered');
    const r = await run(['render', '--repo', repo('head'), '--repo-url', 'https://example.com/repo.git', '--out', out]);
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['leaky.yaml', 'named-***.yaml']);
    const files = readdirSync(out).map((f) => readFileSync(join(out, f), 'utf8'));
    expect(files[0]).toContain('token: ***');
    expect(r.stderr).toContain('failed to unmarshal "***.yaml"');
    expect(leaks([...files, r.stdout, r.stderr].join('\n'))).toEqual([]);
  });

  it('diff to stdout and to --out', async () => {
    const args = ['diff', '--base', repo('base'), '--head', repo('head'), '--repo', repo('head'), '--repo-url', 'https://example.com/repo.git'];
    const toStdout = await run(args);
    expect(toStdout.stdout).toMatch(/\+\s+token: \*\*\*/);
    const file = join(work, 'diff.md');
    const toFile = await run([...args, '--out', file]);
    const written = readFileSync(file, 'utf8');
    expect(written).toMatch(/\+\s+token: \*\*\*/);
    expect(leaks([toStdout.stdout, toStdout.stderr, toFile.stdout, toFile.stderr, written].join('\n'))).toEqual([]);
  });
});
