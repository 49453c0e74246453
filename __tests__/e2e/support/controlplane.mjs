// Shared by the e2e global setup, teardown and log reporter (plain ESM, loaded by Jest without a
// transform): where the control-plane scripts and their state live, and how to call them.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const clusterScript = join(repoRoot, 'scripts', 'controlplane', 'cluster.sh');
export const buildScript = join(repoRoot, 'scripts', 'controlplane', 'build.sh');

/** Root of the clusters' state (kwok workdirs, kubeconfigs, logs); the same default as cluster.sh. */
export function stateRoot() {
  return process.env.GITOPS_SYNC_CONTROLPLANE_STATE || join(process.env.TMPDIR || tmpdir(), 'gitops-sync-controlplane');
}

/**
 * Runs a script with bash and resolves with its stdout; stderr is passed through to ours (or
 * collected into the error when `quiet`). Rejects with the exit code and the script's stderr.
 */
export function run(script, args, { timeoutMs = 600_000, quiet = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = execFile('bash', [script, ...args], { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, env: process.env }, (err, stdout, stderr) => {
      if (err) {
        const e = new Error(`${script} ${args.join(' ')} failed (${err.code ?? err.signal}):\n${stderr}`);
        reject(e);
        return;
      }
      resolvePromise(stdout);
    });
    if (!quiet) child.stderr?.on('data', (d) => process.stderr.write(d));
  });
}

/** Names of the clusters under the state root that were started with --owner-pid `pid` and are not stopped. */
export function clustersOwnedBy(pid) {
  const root = stateRoot();
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .filter((name) => {
      const dir = join(root, name);
      if (existsSync(join(dir, 'stopped'))) return false;
      try {
        return readFileSync(join(dir, 'owner.pid'), 'utf8').trim() === String(pid);
      } catch {
        return false;
      }
    });
}
