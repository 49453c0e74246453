// Whether a group/kind is namespaced. Discovery (when a cluster is reachable) is the authority; offline
// we know the built-in cluster-scoped kinds and the scope declared by CRDs in the same render. Like
// Argo CD's IsNamespacedOrUnknown, anything unknown counts as namespaced.
import type { K8sObject } from '../model/k8s.js';
import { groupOf } from '../model/k8s.js';

export type ScopeLookup = (group: string, kind: string) => boolean | undefined;

const CLUSTER_SCOPED: ReadonlySet<string> = new Set([
  '/Namespace',
  '/Node',
  '/PersistentVolume',
  '/ComponentStatus',
  'apiextensions.k8s.io/CustomResourceDefinition',
  'apiregistration.k8s.io/APIService',
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
  'storage.k8s.io/StorageClass',
  'storage.k8s.io/CSIDriver',
  'storage.k8s.io/CSINode',
  'storage.k8s.io/VolumeAttachment',
  'networking.k8s.io/IngressClass',
  'scheduling.k8s.io/PriorityClass',
  'node.k8s.io/RuntimeClass',
  'policy/PodSecurityPolicy',
  'admissionregistration.k8s.io/MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
  'certificates.k8s.io/CertificateSigningRequest',
  'flowcontrol.apiserver.k8s.io/FlowSchema',
  'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
]);

/** A lookup that asks `discovery` first, then CRDs among `objects`, then the built-in list. */
export function namespacedLookup(objects: readonly K8sObject[], discovery?: ScopeLookup): (group: string, kind: string) => boolean {
  const crdScopes = new Map<string, boolean>();
  for (const o of objects) {
    if (groupOf(o.apiVersion) !== 'apiextensions.k8s.io' || o.kind !== 'CustomResourceDefinition') continue;
    const spec = o.spec as { group?: unknown; names?: { kind?: unknown }; scope?: unknown } | undefined;
    if (typeof spec?.group === 'string' && typeof spec.names?.kind === 'string') {
      crdScopes.set(`${spec.group}/${spec.names.kind}`, spec.scope !== 'Cluster');
    }
  }
  return (group, kind) => {
    const known = discovery?.(group, kind);
    if (known !== undefined) return known;
    const gk = `${group}/${kind}`;
    return crdScopes.get(gk) ?? !CLUSTER_SCOPED.has(gk);
  };
}
