import { normalizeObject, normalizePair, removePointer } from '../../src/diff/normalize.js';
import type { K8sObject } from '../../src/model/k8s.js';

function deployment(extra: Record<string, unknown> = {}): K8sObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: 'api',
      namespace: 'prod',
      uid: 'u-1',
      resourceVersion: '42',
      generation: 3,
      creationTimestamp: '2024-01-01T00:00:00Z',
      labels: { app: 'api', 'helm.sh/chart': 'api-1.2.3' },
      annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}' },
    },
    spec: {
      replicas: 3,
      template: {
        metadata: { labels: { app: 'api', 'helm.sh/chart': 'api-1.2.3' } },
        spec: { containers: [{ name: 'api', image: 'api:1' }, { name: 'sidecar', image: 'proxy:1', env: [{ name: 'A', value: '1' }] }] },
      },
    },
    status: { replicas: 3 },
    ...extra,
  };
}

describe('normalizeObject', () => {
  it('removes server-set metadata, last-applied and status (default ignoreResourceStatusField: all)', async () => {
    const out = await normalizeObject(deployment(), {});
    expect(out.metadata).toEqual({ name: 'api', namespace: 'prod', labels: { app: 'api', 'helm.sh/chart': 'api-1.2.3' } });
    expect(out.status).toBeUndefined();
  });

  it('keeps status when argocd-cm turns status ignoring off, and ignores only CRD status with crd', async () => {
    const off = await normalizeObject(deployment(), { argocdCm: { 'resource.compareoptions': 'ignoreResourceStatusField: off' } });
    expect(off.status).toEqual({ replicas: 3 });
    const crd = await normalizeObject(deployment(), { argocdCm: { 'resource.compareoptions': 'ignoreResourceStatusField: crd' } });
    expect(crd.status).toEqual({ replicas: 3 });
  });

  it('strips chart-version labels everywhere when asked', async () => {
    const out = await normalizeObject(deployment(), { stripHelmChartLabels: true });
    expect(out.metadata.labels).toEqual({ app: 'api' });
    expect((out.spec as { template: { metadata: unknown } }).template.metadata).toEqual({ labels: { app: 'api' } });
  });

  it('applies app jsonPointers and jqPathExpressions matched by group/kind glob and name', async () => {
    const out = await normalizeObject(deployment(), {
      ignoreDifferences: [
        { group: 'apps', kind: 'Deploy*', jsonPointers: ['/spec/replicas', '/spec/does/not/exist'] },
        { group: '*', kind: 'Deployment', name: 'api', jqPathExpressions: ['.spec.template.spec.containers[] | select(.name == "sidecar") | .env'] },
        { group: 'apps', kind: 'Deployment', name: 'other', jsonPointers: ['/spec/template'] },
      ],
    });
    const spec = out.spec as { replicas?: number; template: { spec: { containers: Record<string, unknown>[] } } };
    expect(spec.replicas).toBeUndefined();
    expect(spec.template.spec.containers).toEqual([{ name: 'api', image: 'api:1' }, { name: 'sidecar', image: 'proxy:1' }]);
  });

  it('applies argocd-cm rules from split keys, the all key and the resource.customizations YAML form', async () => {
    const out = await normalizeObject(deployment(), {
      argocdCm: {
        'resource.customizations.ignoreDifferences.apps_Deployment': 'jsonPointers:\n- /spec/replicas\n',
        'resource.customizations.ignoreDifferences.all': 'jqPathExpressions:\n- .metadata.labels.app\n',
        'resource.customizations': 'apps/Deployment:\n  ignoreDifferences: |\n    jsonPointers:\n    - /spec/template\n',
      },
    });
    // The split key replaces the YAML form's rule for the same group/kind, as in Argo CD.
    expect((out.spec as Record<string, unknown>).template).toBeDefined();
    expect((out.spec as Record<string, unknown>).replicas).toBeUndefined();
    expect(out.metadata.labels).toEqual({ 'helm.sh/chart': 'api-1.2.3' });
  });

  it('reports a broken jq expression with app and field', async () => {
    await expect(normalizeObject(deployment(), { app: 'web', ignoreDifferences: [{ kind: 'Deployment', jqPathExpressions: ['.spec[' ] }] })).rejects.toMatchObject({
      problem: { app: 'web', field: 'spec.ignoreDifferences[0].jqPathExpressions[0]' },
    });
  });

  it('leaves an aggregated role\'s rules out with resource.compareoptions ignoreAggregatedRoles (gitops-engine normalizeRole)', async () => {
    const role = (kind: string, aggregationRule?: unknown): K8sObject => ({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind,
      metadata: { name: 'monitoring' },
      ...(aggregationRule === undefined ? {} : { aggregationRule }),
      rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }],
    });
    const aggregation = { clusterRoleSelectors: [{ matchLabels: { 'rbac.example.com/aggregate-to-monitoring': 'true' } }] };
    const on = { argocdCm: { 'resource.compareoptions': 'ignoreAggregatedRoles: true' } };
    expect((await normalizeObject(role('ClusterRole', aggregation), on)).rules).toBeUndefined();
    expect((await normalizeObject(role('Role', aggregation), on)).rules).toBeUndefined();
    // Not aggregated, a malformed aggregationRule, another kind, or the option off (Argo CD's default): rules stay.
    expect((await normalizeObject(role('ClusterRole'), on)).rules).toHaveLength(1);
    expect((await normalizeObject(role('ClusterRole', 'yes'), on)).rules).toHaveLength(1);
    expect((await normalizeObject({ ...role('ClusterRole', aggregation), apiVersion: 'example.com/v1' }, on)).rules).toHaveLength(1);
    expect((await normalizeObject(role('ClusterRole', aggregation), {})).rules).toHaveLength(1);
    expect((await normalizeObject(role('ClusterRole', aggregation), { argocdCm: { 'resource.compareoptions': 'ignoreAggregatedRoles: false' } })).rules).toHaveLength(1);
  });

  it('reports unreadable argocd-cm YAML with the key', async () => {
    await expect(normalizeObject(deployment(), { argocdCm: { 'resource.customizations.ignoreDifferences.all': 'jsonPointers: [' } })).rejects.toMatchObject({
      problem: { file: 'argocd-cm', field: 'data.resource.customizations.ignoreDifferences.all' },
    });
  });
});

describe('normalizePair with managedFieldsManagers', () => {
  it('drops fields owned by a trusted manager only where live and target differ', async () => {
    const live = deployment();
    live.metadata.managedFields = [
      {
        manager: 'kube-controller-manager',
        operation: 'Update',
        fieldsV1: {
          'f:spec': {
            'f:replicas': {},
            'f:template': { 'f:spec': { 'f:containers': { 'k:{"name":"api"}': { '.': {}, 'f:image': {} } } } },
          },
        },
      },
      { manager: 'someone-else', fieldsV1: { 'f:metadata': { 'f:labels': { 'f:app': {} } } } },
    ];
    const target = deployment();
    (target.spec as { replicas: number }).replicas = 5;
    (target.spec as { template: { spec: { containers: { image: string }[] } } }).template.spec.containers[0].image = 'api:2';
    target.metadata.labels = { app: 'changed' };
    const [t, l] = await normalizePair(target, live, { ignoreDifferences: [{ group: 'apps', kind: 'Deployment', managedFieldsManagers: ['kube-controller-manager'] }] });
    for (const o of [t!, l!]) {
      expect((o.spec as Record<string, unknown>).replicas).toBeUndefined();
      expect((o.spec as { template: { spec: { containers: unknown[] } } }).template.spec.containers[0]).toEqual({ name: 'api' });
      expect(o.metadata.managedFields).toBeUndefined();
    }
    expect(t!.metadata.labels).toEqual({ app: 'changed' });
    expect(l!.metadata.labels).toEqual({ app: 'api', 'helm.sh/chart': 'api-1.2.3' });
  });
});

describe('removePointer', () => {
  it('handles escapes and array indexes and ignores missing paths', () => {
    const doc = { metadata: { annotations: { 'a/b': '1', 'c~d': '2' } }, list: [1, 2, 3] };
    removePointer(doc, '/metadata/annotations/a~1b');
    removePointer(doc, '/metadata/annotations/c~0d');
    removePointer(doc, '/list/1');
    removePointer(doc, '/list/9');
    removePointer(doc, '/nope/x');
    expect(doc).toEqual({ metadata: { annotations: {} }, list: [1, 3] });
  });
});
