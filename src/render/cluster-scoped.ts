// Which kinds are cluster-scoped, without a cluster to ask. Argo CD asks the destination's discovery
// (kube IsNamespacedOrUnknown): a kind it does not know counts as namespaced. Offline we know the
// built-in Kubernetes API kinds below plus the CRDs found in the app's own output.
import type { K8sObject } from '../model/k8s.js';
import { groupOf } from '../model/k8s.js';

const BUILT_IN: Readonly<Record<string, readonly string[]>> = {
  '': ['Namespace', 'Node', 'PersistentVolume', 'ComponentStatus'],
  'admissionregistration.k8s.io': [
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'MutatingAdmissionPolicy',
    'MutatingAdmissionPolicyBinding',
  ],
  'apiextensions.k8s.io': ['CustomResourceDefinition'],
  'apiregistration.k8s.io': ['APIService'],
  'authentication.k8s.io': ['TokenReview', 'SelfSubjectReview'],
  'authorization.k8s.io': ['SubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview'],
  'certificates.k8s.io': ['CertificateSigningRequest', 'ClusterTrustBundle'],
  'flowcontrol.apiserver.k8s.io': ['FlowSchema', 'PriorityLevelConfiguration'],
  'internal.apiserver.k8s.io': ['StorageVersion'],
  'networking.k8s.io': ['IngressClass', 'IPAddress', 'ServiceCIDR'],
  'node.k8s.io': ['RuntimeClass'],
  policy: ['PodSecurityPolicy'],
  extensions: ['PodSecurityPolicy'],
  'rbac.authorization.k8s.io': ['ClusterRole', 'ClusterRoleBinding'],
  'resource.k8s.io': ['DeviceClass', 'ResourceSlice'],
  'scheduling.k8s.io': ['PriorityClass'],
  'storage.k8s.io': ['StorageClass', 'VolumeAttachment', 'CSIDriver', 'CSINode', 'VolumeAttributesClass'],
  'storagemigration.k8s.io': ['StorageVersionMigration'],
};

const BUILT_IN_KEYS: ReadonlySet<string> = new Set(
  Object.entries(BUILT_IN).flatMap(([group, kinds]) => kinds.map((kind) => gk(group, kind))),
);

export function isCRD(obj: K8sObject): boolean {
  return obj.kind === 'CustomResourceDefinition' && groupOf(obj.apiVersion) === 'apiextensions.k8s.io';
}

/**
 * A predicate telling whether group/kind is cluster-scoped: the built-in table, plus every CRD in
 * `objects` with `spec.scope: Cluster` (a CRD in the output that says Namespaced overrides the table).
 */
export function clusterScopedKinds(objects: readonly K8sObject[]): (group: string, kind: string) => boolean {
  const fromCrds = new Map<string, boolean>();
  for (const obj of objects) {
    if (!isCRD(obj)) continue;
    const spec = (obj.spec ?? {}) as { group?: unknown; scope?: unknown; names?: { kind?: unknown } };
    if (typeof spec.group !== 'string' || typeof spec.names?.kind !== 'string') continue;
    fromCrds.set(gk(spec.group, spec.names.kind), spec.scope === 'Cluster');
  }
  return (group, kind) => fromCrds.get(gk(group, kind)) ?? BUILT_IN_KEYS.has(gk(group, kind));
}

function gk(group: string, kind: string): string {
  return `${group}/${kind}`;
}
