// Plain Kubernetes object shapes and the identity used everywhere to pair objects.

export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  finalizers?: string[];
  ownerReferences?: { apiVersion: string; kind: string; name: string; uid?: string }[];
  [key: string]: unknown;
}

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [key: string]: unknown;
}

/** group/kind/namespace/name: how Argo CD identifies a resource (version is ignored). */
export interface ResourceKey {
  group: string;
  kind: string;
  namespace: string;
  name: string;
}

export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

export function versionOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
}

export function keyOf(obj: K8sObject): ResourceKey {
  return {
    group: groupOf(obj.apiVersion ?? ''),
    kind: obj.kind ?? '',
    namespace: obj.metadata?.namespace ?? '',
    name: obj.metadata?.name ?? '',
  };
}

/** `group/Kind/namespace/name`, the string form used as a map key and in reports. */
export function keyString(k: ResourceKey): string {
  return `${k.group}/${k.kind}/${k.namespace}/${k.name}`;
}

/**
 * Keys of `objects` in order. An object named only by `generateName` gets `<generateName>*`, the next
 * one with the same kind, namespace and generateName `<generateName>*#2`, and so on in render order, so
 * each has a stable identity within its app (the server names it only when it is created).
 */
export function identityKeys(objects: readonly K8sObject[]): ResourceKey[] {
  const seen = new Map<string, number>();
  return objects.map((obj) => {
    const key = keyOf(obj);
    const generateName = obj.metadata?.generateName;
    if (key.name || !generateName) return key;
    const first = { ...key, name: `${generateName}*` };
    const n = (seen.get(keyString(first)) ?? 0) + 1;
    seen.set(keyString(first), n);
    return n === 1 ? first : { ...key, name: `${generateName}*#${n}` };
  });
}

export function compareKeys(a: ResourceKey, b: ResourceKey): number {
  return (
    cmp(a.group, b.group) || cmp(a.kind, b.kind) || cmp(a.namespace, b.namespace) || cmp(a.name, b.name)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isK8sObject(v: unknown): v is K8sObject {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    typeof (v as K8sObject).apiVersion === 'string' &&
    typeof (v as K8sObject).kind === 'string'
  );
}
