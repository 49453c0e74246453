// The sync stage's fixtures: a private control plane (scripts/controlplane/cluster.sh, as the e2e
// setup starts it), and per run a repo of plain-YAML apps for gitops-sync and the same manifests as
// directories for kubectl, each app in a namespace of its own.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ROOT } from './build.mjs';
import { REPO_URL, git } from './generate.mjs';
import { syncObjects } from './objects.mjs';

const CLUSTER_SH = join(ROOT, 'scripts', 'controlplane', 'cluster.sh');

export function startCluster(name) {
  const kubeconfig = execFileSync('bash', [CLUSTER_SH, 'up', name, '--owner-pid', String(process.pid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop();
  const kubectl = join(execFileSync('bash', ['-c', `source "${join(ROOT, 'scripts/controlplane/versions.sh')}"; echo "$CONTROLPLANE_BIN"`], { encoding: 'utf8' }).trim(), 'kubectl');
  const k = (...args) => execFileSync(kubectl, ['--kubeconfig', kubeconfig, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim();
  const createNamespaces = (names) =>
    execFileSync(kubectl, ['--kubeconfig', kubeconfig, 'create', '-f', '-'], { input: names.map((n) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${n}\n`).join('---\n'), stdio: ['pipe', 'ignore', 'inherit'] });
  return { name, kubeconfig, kubectl, k, createNamespaces, context: k('config', 'current-context') };
}

export function stopCluster(cluster) {
  execFileSync('bash', [CLUSTER_SH, 'down', cluster.name], { stdio: 'ignore' });
}

/** `apps` apps of `perApp` objects: a git repo for gitops-sync and a manifest dir per app for kubectl. */
export function syncWorkload(prefix, apps, perApp) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sync-'));
  const namespaces = [];
  const specs = [];
  for (let i = 0; i < apps; i++) {
    const namespace = `${prefix}-${i}`;
    namespaces.push(namespace);
    mkdirSync(join(dir, 'm', namespace), { recursive: true });
    writeFileSync(join(dir, 'm', namespace, 'objects.yaml'), syncObjects(`o${i}`, perApp).map((o) => stringify(o)).join('---\n'));
    specs.push(stringify({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: namespace, namespace: 'argocd' },
      spec: { project: 'default', source: { repoURL: REPO_URL, path: `m/${namespace}` }, destination: { server: 'https://kubernetes.default.svc', namespace } },
    }));
  }
  mkdirSync(join(dir, 'argocd'));
  writeFileSync(join(dir, 'argocd', 'apps.yaml'), specs.join('---\n'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'sync');
  const dirsFile = join(dir, 'kubectl-dirs.json');
  writeFileSync(dirsFile, JSON.stringify(namespaces.map((namespace) => ({ namespace, dir: join(dir, 'm', namespace) }))));
  return { dir, namespaces, dirsFile };
}
