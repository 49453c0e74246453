// Clusters generator: one parameter set per declarative cluster Secret (and kubeconfig cluster) whose
// labels match the selector; the in-cluster destination joins only when the selector is empty.
import { IN_CLUSTER_SERVER } from '../../model/argocd.js';
import { sanitizeName } from '../gotemplate/sprig.js';
import { goTyped } from '../gotemplate/values.js';
import { appendValues, selectorIsEmpty, selectorMatches } from '../params.js';
import type { ClustersGenerator, GenContext, Params } from '../types.js';

interface KnownCluster {
  name: string;
  server: string;
  project: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  local: boolean;
}

/** Annotations Argo CD keeps out of cluster parameters: its own state and kubectl's last-applied copy. */
const EXCLUDED_ANNOTATIONS = new Set([
  'argocd.argoproj.io/refresh',
  'argocd.argoproj.io/refresh-timestamp',
  'argocd.argoproj.io/hydrate',
  'argocd.argoproj.io/hydrate-timestamp',
  'argocd.argoproj.io/tracking-id',
  'argocd.argoproj.io/installation-id',
  'kubectl.kubernetes.io/last-applied-configuration',
]);

function knownClusters(ctx: GenContext): KnownCluster[] {
  const list: KnownCluster[] = ctx.clusters.map((c) => ({
    name: c.name,
    server: c.server,
    project: c.project ?? '',
    labels: c.labels ?? {},
    annotations: c.annotations ?? {},
    local: false,
  }));
  for (const k of ctx.kubeconfigClusters ?? []) {
    if (!list.some((c) => c.server === k.server)) {
      list.push({ name: k.name, server: k.server, project: '', labels: {}, annotations: {}, local: false });
    }
  }
  if (!list.some((c) => c.server === IN_CLUSTER_SERVER)) {
    list.push({ name: 'in-cluster', server: IN_CLUSTER_SERVER, project: '', labels: {}, annotations: {}, local: true });
  }
  return list;
}

export function clusterParams(gen: ClustersGenerator, ctx: GenContext): Params[] {
  const ignoreLocal = !selectorIsEmpty(gen.selector);
  const out: Params[] = [];
  for (const c of knownClusters(ctx)) {
    if (c.local) {
      if (ignoreLocal) continue;
    } else if (!selectorMatches(gen.selector, c.labels)) continue;
    const params: Params = { name: c.name, nameNormalized: c.local ? c.name : sanitizeName(c.name), server: c.server, project: c.project };
    if (!c.local) {
      const annotations = Object.fromEntries(Object.entries(c.annotations).filter(([k]) => !EXCLUDED_ANNOTATIONS.has(k)));
      if (ctx.goTemplate) {
        // Go map[string]string values, each key present only when the Secret has any (as Argo CD).
        const meta: Params = {};
        if (Object.keys(c.annotations).length > 0) meta.annotations = goTyped('map[string]string', annotations);
        if (Object.keys(c.labels).length > 0) meta.labels = goTyped('map[string]string', { ...c.labels });
        params.metadata = meta;
      } else {
        for (const [k, v] of Object.entries(annotations)) params[`metadata.annotations.${k}`] = v;
        for (const [k, v] of Object.entries(c.labels)) params[`metadata.labels.${k}`] = v;
      }
    }
    appendValues(gen.values, params, ctx);
    out.push(params);
  }
  return gen.flatList ? [{ clusters: out }] : out;
}
