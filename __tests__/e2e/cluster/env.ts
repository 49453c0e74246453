// Connects the cluster adapter's e2e tests to the control plane of this test run: the kubeconfig
// that the e2e global setup exposes, and a throw-away namespace per test file.
import { randomBytes } from 'node:crypto';
import { ClusterClient } from '../../../src/cluster/client.js';
import { loadKubeconfig } from '../../../src/cluster/kubeconfig.js';

export function kubeconfigPath(): string {
  const path = process.env.GITOPS_SYNC_E2E_KUBECONFIG;
  if (!path) throw new Error('GITOPS_SYNC_E2E_KUBECONFIG is not set: start a cluster with scripts/controlplane/cluster.sh up');
  return path;
}

export async function newClient(): Promise<ClusterClient> {
  const { kc } = await loadKubeconfig(kubeconfigPath());
  return new ClusterClient(kc, kc.getCurrentContext());
}

export async function createNamespace(client: ClusterClient, prefix: string): Promise<string> {
  const name = `${prefix}-${randomBytes(3).toString('hex')}`;
  await client.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }, { fieldManager: 'e2e' });
  return name;
}

export async function deleteNamespace(client: ClusterClient, name: string): Promise<void> {
  await client.deleteObject({ group: '', kind: 'Namespace', namespace: '', name }, 'background');
}
