// Helpers for e2e tests on the local control plane that the e2e global setup starts
// (scripts/controlplane/cluster.sh through global-setup.mjs): its kubeconfig, throw-away
// namespaces, extra clusters for multi-cluster tests and a kubeconfig with several contexts.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from '@jest/globals';
import * as k8s from '@kubernetes/client-node';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const clusterScript = join(repoRoot, 'scripts', 'controlplane', 'cluster.sh');

/** Path of the kubeconfig of this run's cluster. */
export function kubeconfigPath(): string {
  const path = process.env.GITOPS_SYNC_E2E_KUBECONFIG;
  if (!path) {
    throw new Error(
      'GITOPS_SYNC_E2E_KUBECONFIG is not set: run e2e tests through jest (its e2e global setup starts a cluster) ' +
        'or start one with scripts/controlplane/cluster.sh up NAME and export its kubeconfig path',
    );
  }
  return path;
}

/** A KubeConfig loaded from `path` (default: this run's cluster). */
export function kubeConfig(path: string = kubeconfigPath()): k8s.KubeConfig {
  const kc = new k8s.KubeConfig();
  kc.loadFromFile(path);
  return kc;
}

/** Runs cluster.sh and resolves with its stdout; rejects with its stderr. */
export function clusterSh(args: string[], timeoutMs = 300_000): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile('bash', [clusterScript, ...args], { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`cluster.sh ${args.join(' ')} failed: ${stderr || err.message}`));
      else resolvePromise(stdout);
    });
  });
}

const suffix = (): string => randomBytes(3).toString('hex');

/** A DNS-1123 label of at most `maxLength` characters: `prefix` (cut to fit) plus a random suffix. */
export function uniqueName(prefix: string, maxLength = 63): string {
  const base = prefix
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, maxLength - 7)
    .replace(/^-+|-+$/g, '');
  return `${base || 'e2e'}-${suffix()}`;
}

/** Polls `probe` until it returns a value other than undefined/false; throws after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  { timeoutMs = 60_000, intervalMs = 250 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? `: last error ${lastError.message}` : '';
      throw new Error(`timed out after ${timeoutMs}ms waiting for ${what}${detail}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** HTTP status of a client-node API error, if it is one. */
export function statusOf(err: unknown): number | undefined {
  return err instanceof k8s.ApiException ? err.code : undefined;
}

export interface IsolatedNamespace {
  name: string;
  /** Deletes the namespace (background propagation); a missing namespace is fine. */
  delete(): Promise<void>;
}

/**
 * Creates a uniquely named namespace and waits until its default ServiceAccount exists (pods
 * cannot be created before). Call `delete()` when done, or use `useIsolatedNamespace`.
 */
export async function isolatedNamespace(prefix: string, kc: k8s.KubeConfig = kubeConfig()): Promise<IsolatedNamespace> {
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const name = uniqueName(prefix);
  await core.createNamespace({
    body: { metadata: { name, labels: { 'gitops-sync.e2e/owner-pid': String(process.env.GITOPS_SYNC_E2E_OWNER_PID ?? process.pid) } } },
  });
  await waitFor(`the default ServiceAccount of namespace ${name}`, async () => {
    await core.readNamespacedServiceAccount({ name: 'default', namespace: name });
    return true;
  });
  return {
    name,
    async delete() {
      try {
        await core.deleteNamespace({ name, propagationPolicy: 'Background' });
      } catch (err) {
        if (statusOf(err) !== 404) throw err;
      }
    },
  };
}

/** Registers beforeAll/afterAll hooks for an isolated namespace; the returned function gives its name. */
export function useIsolatedNamespace(prefix: string): () => string {
  let ns: IsolatedNamespace | undefined;
  beforeAll(async () => {
    ns = await isolatedNamespace(prefix);
  }, 60_000);
  afterAll(async () => {
    await ns?.delete();
  }, 60_000);
  return () => {
    if (!ns) throw new Error('the isolated namespace is only available inside tests');
    return ns.name;
  };
}

export interface ExtraCluster {
  /** Cluster name for scripts/controlplane/cluster.sh (its context is `kwok-<name>`). */
  name: string;
  kubeconfigPath: string;
  kubeConfig(): k8s.KubeConfig;
  stop(): Promise<void>;
}

/**
 * Starts another cluster next to this run's (for multi-cluster tests). It is owned by the Jest
 * run, so the global teardown stops it if the test does not, and its watcher does if Jest dies.
 */
export async function startExtraCluster(prefix: string, { nodes = 1 }: { nodes?: number } = {}): Promise<ExtraCluster> {
  const name = uniqueName(prefix, 32); // cluster.sh allows 32 characters
  const owner = process.env.GITOPS_SYNC_E2E_OWNER_PID ?? String(process.pid);
  const path = (await clusterSh(['up', name, '--nodes', String(nodes), '--owner-pid', owner], 600_000)).trim();
  return {
    name,
    kubeconfigPath: path,
    kubeConfig: () => kubeConfig(path),
    stop: async () => {
      await clusterSh(['down', name], 120_000);
    },
  };
}

/**
 * One KubeConfig holding the current context of each given kubeconfig, renamed to the key
 * (cluster, user and context all get that name). The first key is the current context.
 */
export function mergeKubeConfigs(parts: Record<string, k8s.KubeConfig | string>): k8s.KubeConfig {
  const clusters: k8s.Cluster[] = [];
  const users: k8s.User[] = [];
  const contexts: k8s.Context[] = [];
  for (const [name, source] of Object.entries(parts)) {
    const kc = typeof source === 'string' ? kubeConfig(source) : source;
    const cluster = kc.getCurrentCluster();
    const user = kc.getCurrentUser();
    if (!cluster || !user) throw new Error(`kubeconfig for ${name} has no current cluster/user`);
    clusters.push({ ...cluster, name });
    users.push({ ...user, name });
    contexts.push({ name, cluster: name, user: name });
  }
  const merged = new k8s.KubeConfig();
  merged.loadFromOptions({ clusters, users, contexts, currentContext: contexts[0]?.name });
  return merged;
}

/** Writes a KubeConfig to `path` as YAML (mode 0600, it holds credentials). */
export async function writeKubeconfig(kc: k8s.KubeConfig, path: string): Promise<string> {
  await writeFile(path, kc.exportConfig(), { mode: 0o600 });
  return path;
}

/** The tail of the control-plane logs of cluster `name` (default: this run's cluster). */
export async function controlPlaneLogs(name = process.env.GITOPS_SYNC_E2E_CLUSTER ?? '', tail = 100): Promise<string> {
  if (!name) return 'no cluster name (GITOPS_SYNC_E2E_CLUSTER is not set)';
  return clusterSh(['logs', name, '--tail', String(tail)], 30_000);
}
