// A destination as a reviewer names it: the cluster's name (in-cluster for Argo CD's own cluster, the
// cluster Secret's or kubeconfig's name for a known server) and the namespace, instead of long URLs.
import { IN_CLUSTER_SERVER } from '../model/argocd.js';

export interface KnownCluster {
  name: string;
  server: string;
}

const IN_CLUSTER = 'in-cluster';

/** A destination name or server URL as a cluster name; an unknown URL shows without its scheme. */
export function clusterLabel(nameOrServer: string, known: readonly KnownCluster[] = []): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(nameOrServer)) return nameOrServer;
  const server = nameOrServer.replace(/\/+$/, '');
  if (server === IN_CLUSTER_SERVER) return IN_CLUSTER;
  const match = known.find((c) => c.server.replace(/\/+$/, '') === server);
  if (match) return match.name;
  // Host and path: proxies such as Rancher serve several clusters under one host.
  return server.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
}

/** `cluster/namespace` from an AppDiff destination (`<name or server>/<namespace>`); the cluster alone without a namespace. */
export function destinationLabel(destination: string, known: readonly KnownCluster[] = []): string {
  const slash = destination.lastIndexOf('/');
  const cluster = clusterLabel(slash < 0 ? destination : destination.slice(0, slash), known);
  const namespace = slash < 0 ? '' : destination.slice(slash + 1);
  return namespace ? `${cluster}/${namespace}` : cluster;
}
