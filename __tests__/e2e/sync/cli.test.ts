// The CLI's `sync` and `history` end to end, as a user runs them: the bundled CLI (built from src with
// the same ncc settings as dist/) in a child process against the real control plane and a git repo on
// disk. Exit codes and output; rollback-on-failure; SIGTERM in the middle of a sync.
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ClusterClient } from '../../../src/cluster/client.js';
import { lockName } from '../../../src/cluster/lease.js';
import { createNamespace, deleteNamespace, kubeconfigPath, newClient, suffix } from './env.js';
import { applicationYaml } from '../../support/specs.js';

let dir: string;
let cli: string;
let client: ClusterClient;
let ns: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sync-cli-'));
  cli = join(dir, 'cli', 'index.js');
  // Only the CLI bundle: the action's is not needed here and doubles the build time.
  await run(join('node_modules', '.bin', 'ncc'), ['build', 'src/cli.ts', '-o', join(dir, 'cli'), '-q', '--target', 'es2022', '--transpile-only']);
  client = await newClient();
  ns = await createNamespace(client, 'cli');
}, 300_000);

afterAll(async () => {
  if (ns) await deleteNamespace(client, ns);
  client?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], cwd?: string): Promise<Ran> {
  return new Promise((resolve, reject) => {
    // Jest's sandbox has its own process.env (the tools' PATH is set there), so it is passed on.
    execFile(cmd, args, { cwd, env: { ...process.env }, maxBuffer: 16 * 1024 * 1024, timeout: 240_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
      if (err && code === null) reject(new Error(`${cmd} ${args.join(' ')}: ${err.message}\n${stderr}`));
      else resolve({ code, stdout, stderr });
    });
  });
}

const gitsync = (args: string[]): Promise<Ran> => run(process.execPath, [cli, ...args]);

const appYaml = (name: string, namespace: string): string => applicationYaml(name, { repoURL: 'https://example.com/cli-e2e.git', path: 'manifests', namespace });

/** A git repo with one app; `commit` writes the manifests and returns the new HEAD. */
async function gitRepo(app: string): Promise<{ path: string; commit: (manifests: string) => Promise<string> }> {
  const path = join(dir, app);
  await mkdir(join(path, 'manifests'), { recursive: true });
  await writeFile(join(path, 'apps.yaml'), appYaml(app, ns));
  const git = (...args: string[]) => run('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.com', ...args], path);
  await git('init', '-q', '-b', 'main');
  return {
    path,
    commit: async (manifests) => {
      await writeFile(join(path, 'manifests', 'all.yaml'), manifests);
      await git('add', '-A');
      await git('commit', '-q', '-m', 'change');
      return (await git('rev-parse', 'HEAD')).stdout.trim();
    },
  };
}

const cmYaml = (name: string, value: string, namespace?: string): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ''}data:\n  v: "${value}"\n`;

const syncArgs = (repo: string, more: string[] = []): string[] => [
  'sync', '--repo', repo, '--repo-url', 'https://example.com/cli-e2e.git', '--kubeconfig', kubeconfigPath(), '--health-timeout', '20s', '--cache-dir', join(dir, 'cache'), ...more,
];

describe('gitops-sync sync', () => {
  it('deploys, prints the report and exits 0; a failed sync rolls back to the last good revision and exits 1', async () => {
    const app = `cli-${suffix()}`;
    const repo = await gitRepo(app);
    const good = await repo.commit(cmYaml('settings', 'a'));
    const ok = await gitsync(syncArgs(repo.path, ['--rollback-on-failure']));
    expect(ok.stderr).toContain(`${app}: Succeeded: successfully synced (all tasks run)`);
    expect(ok.stderr).not.toContain('error:');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('## gitops-sync: 1 of 1 app(s) synced');
    expect((await client.get({ group: '', kind: 'ConfigMap', namespace: ns, name: 'settings' }))?.data).toEqual({ v: 'a' });

    // Revision B cannot apply (its second object names a namespace that does not exist).
    const bad = await repo.commit(cmYaml('settings', 'b') + '---\n' + cmYaml('elsewhere', 'b', `absent-${suffix()}`));
    const failed = await gitsync(syncArgs(repo.path, ['--rollback-on-failure']));
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(`app ${app}: one or more objects failed to apply (dry run)`);
    expect(failed.stderr).toContain(`${app}: rolling back to ${good}`);
    expect(failed.stdout).toContain(`**Rollback to ${good.slice(0, 7)}**: Succeeded`);
    expect((await client.get({ group: '', kind: 'ConfigMap', namespace: ns, name: 'settings' }))?.data).toEqual({ v: 'a' });

    const history = await gitsync(['history', '--kubeconfig', kubeconfigPath(), '--app', app]);
    expect(history.code).toBe(0);
    const lines = history.stdout.trim().split('\n').map((l) => l.split('\t').slice(0, 2).join(' '));
    expect(lines).toEqual([`${good} Succeeded`, `${bad} Failed`, `${good} Succeeded`]);
  }, 120_000);

  it('says what is wrong with the command line (exit 2)', async () => {
    const r = await gitsync(['sync', '--repo', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('gitops-sync: sync needs --kubeconfig FILE');
  });

  it('SIGTERM terminates the operation: running hook deleted, lock released, exit 1', async () => {
    const app = `cli-term-${suffix()}`;
    const repo = await gitRepo(app);
    // A PreSync hook that can never be scheduled keeps the operation running.
    await repo.commit(`apiVersion: batch/v1
kind: Job
metadata:
  name: ${app}-hook
  annotations:
    argocd.argoproj.io/hook: PreSync
spec:
  backoffLimit: 0
  template:
    spec:
      restartPolicy: Never
      nodeSelector: {no-such-node: "true"}
      containers: [{name: main, image: registry.local/job:1}]
---
${cmYaml(`${app}-cm`, 'x')}`);
    const child = spawn(process.execPath, [cli, ...syncArgs(repo.path)], { env: { ...process.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const hookRef = { group: 'batch', kind: 'Job', namespace: ns, name: `${app}-hook` };
    const deadline = Date.now() + 60_000;
    while (!(await client.get(hookRef)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(await client.get(hookRef)).toBeDefined();
    child.kill('SIGTERM');
    const code = await exited;

    expect(code).toBe(1);
    expect(stderr).toContain(`app ${app}: Operation terminated`);
    expect(stdout).toContain('## gitops-sync: 0 of 1 app(s) synced');
    await client.waitGone(hookRef, { timeoutMs: 15_000 });
    expect(await client.get({ group: '', kind: 'ConfigMap', namespace: ns, name: `${app}-cm` })).toBeUndefined();
    const lease = await client.get({ group: 'coordination.k8s.io', kind: 'Lease', namespace: 'default', name: lockName(app) });
    expect((lease?.spec as { holderIdentity?: string | null } | undefined)?.holderIdentity ?? null).toBeNull();
  }, 120_000);
});
