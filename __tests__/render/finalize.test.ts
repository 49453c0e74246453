import { finalizeObjects, trackingId } from '../../src/render/finalize.js';
import type { AppSpec } from '../../src/model/argocd.js';
import { identityKeys, type K8sObject } from '../../src/model/k8s.js';

function app(name: string, namespace?: string): AppSpec {
  return {
    app: {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name, namespace: 'argocd' },
      spec: { project: 'default', destination: { server: 'https://kubernetes.default.svc', namespace } },
    },
    origin: { file: 'apps/x.yaml', line: 1 },
  };
}

const cm = (name: string, namespace?: string, extra: Partial<K8sObject['metadata']> = {}): K8sObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, ...(namespace ? { namespace } : {}), ...extra },
});

const TRACK = 'argocd.argoproj.io/tracking-id';

describe('namespace defaulting', () => {
  it('gives namespaced objects without a namespace the destination namespace and keeps explicit ones', () => {
    const { objects } = finalizeObjects([cm('a'), cm('b', 'other')], app('guestbook', 'prod'));
    expect(objects.map((o) => `${o.metadata.name}:${o.metadata.namespace}`)).toEqual(['b:other', 'a:prod']);
  });

  it('clears the namespace of built-in cluster-scoped kinds', () => {
    const objs: K8sObject[] = [
      { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'r', namespace: 'x' } },
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'n' } },
    ];
    const { objects } = finalizeObjects(objs, app('a', 'prod'));
    for (const o of objects) expect(o.metadata.namespace).toBeUndefined();
  });

  it('treats kinds of a cluster-scoped CRD in the output as cluster-scoped and unknown kinds as namespaced', () => {
    const crd: K8sObject = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'widgets.example.com' },
      spec: { group: 'example.com', scope: 'Cluster', names: { kind: 'Widget', plural: 'widgets' } },
    };
    const widget: K8sObject = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w', namespace: 'x' } };
    const gadget: K8sObject = { apiVersion: 'example.com/v1', kind: 'Gadget', metadata: { name: 'g' } };
    const { objects } = finalizeObjects([widget, gadget, crd], app('a', 'prod'));
    const byKind = Object.fromEntries(objects.map((o) => [o.kind, o]));
    expect(byKind.Widget.metadata.namespace).toBeUndefined();
    expect(byKind.Gadget.metadata.namespace).toBe('prod');
  });

  it('asks the cluster lookup first when one is given', () => {
    const widget: K8sObject = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w', namespace: 'x' } };
    const { objects } = finalizeObjects([widget], app('a', 'prod'), {}, (g, k) => (g === 'example.com' && k === 'Widget' ? true : undefined));
    expect(objects[0].metadata.namespace).toBeUndefined();
  });

  it('does not change its input objects', () => {
    const input = cm('a');
    finalizeObjects([input], app('a', 'prod'));
    expect(input).toEqual(cm('a'));
  });
});

describe('tracking', () => {
  it('writes the tracking-id annotation by default, with the destination namespace for cluster-scoped objects', () => {
    const objs: K8sObject[] = [
      cm('a'),
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd', namespace: 'other' } },
      { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'r', namespace: 'x' } },
    ];
    const { objects } = finalizeObjects(objs, app('guestbook', 'prod'));
    const ids = objects.map((o) => o.metadata.annotations?.[TRACK]);
    expect(ids).toEqual(['guestbook:/ConfigMap:prod/a', 'guestbook:apps/Deployment:other/d', 'guestbook:rbac.authorization.k8s.io/ClusterRole:prod/r']);
    expect(objects.every((o) => o.metadata.labels === undefined)).toBe(true);
  });

  it('never tracks CRDs', () => {
    const crd: K8sObject = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'widgets.example.com' },
      spec: { group: 'example.com', scope: 'Namespaced', names: { kind: 'Widget' } },
    };
    const { objects } = finalizeObjects([crd], app('a', 'prod'), { 'application.resourceTrackingMethod': 'annotation+label' });
    expect(objects[0].metadata.annotations).toBeUndefined();
    expect(objects[0].metadata.labels).toBeUndefined();
  });

  it('uses the instance label with the label method, honouring application.instanceLabelKey', () => {
    const a = finalizeObjects([cm('a')], app('guestbook', 'prod'), { 'application.resourceTrackingMethod': 'label' }).objects[0];
    expect(a.metadata.labels).toEqual({ 'app.kubernetes.io/instance': 'guestbook' });
    expect(a.metadata.annotations).toBeUndefined();
    const b = finalizeObjects([cm('a', undefined, { labels: { keep: 'me' } })], app('guestbook', 'prod'), {
      'application.resourceTrackingMethod': 'label',
      'application.instanceLabelKey': 'example.com/app',
    }).objects[0];
    expect(b.metadata.labels).toEqual({ keep: 'me', 'example.com/app': 'guestbook' });
  });

  it('writes both with annotation+label, truncating the label value to a valid 63 characters', () => {
    const long = `${'a'.repeat(62)}-tail`;
    const o = finalizeObjects([cm('a')], app(long, 'prod'), { 'application.resourceTrackingMethod': 'annotation+label' }).objects[0];
    expect(o.metadata.annotations?.[TRACK]).toBe(`${long}:/ConfigMap:prod/a`);
    expect(o.metadata.labels?.['app.kubernetes.io/instance']).toBe('a'.repeat(62));
  });

  it('adds the installation-id annotation when argocd-cm sets installationID', () => {
    const o = finalizeObjects([cm('a')], app('g', 'prod'), { installationID: 'ci-1' }).objects[0];
    expect(o.metadata.annotations?.['argocd.argoproj.io/installation-id']).toBe('ci-1');
  });

  it('formats the tracking id like Argo CD', () => {
    expect(trackingId('app', { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' } }, 'ns')).toBe('app:/Service:ns/s');
  });
});

describe('hooks, duplicates and order', () => {
  it('drops Helm hooks Argo CD never runs and keeps mapped ones', () => {
    const objs = [
      cm('test', undefined, { annotations: { 'helm.sh/hook': 'test-success' } }),
      cm('pre', undefined, { annotations: { 'helm.sh/hook': 'pre-install' } }),
      cm('crd', undefined, { annotations: { 'helm.sh/hook': 'crd-install' } }),
    ];
    const names = finalizeObjects(objs, app('a', 'prod')).objects.map((o) => o.metadata.name);
    expect(names).toEqual(['crd', 'pre']);
  });

  it('keeps the last of duplicate objects and warns like Argo CD', () => {
    const first = cm('a', undefined, { labels: { n: '1' } });
    const second = cm('a', 'prod', { labels: { n: '2' } });
    const { objects, warnings } = finalizeObjects([first, second, cm('b')], app('g', 'prod'));
    expect(objects.map((o) => o.metadata.name)).toEqual(['a', 'b']);
    expect(objects[0].metadata.labels?.n).toBe('2');
    expect(warnings).toEqual(['Resource /ConfigMap/prod/a appeared 2 times among application resources.']);
  });

  it('keeps objects named only by generateName apart', () => {
    const job = (): K8sObject => ({ apiVersion: 'batch/v1', kind: 'Job', metadata: { generateName: 'migrate-' } });
    const { objects, warnings } = finalizeObjects([job(), job()], app('g', 'prod'));
    expect(objects).toHaveLength(2);
    expect(warnings).toEqual([]);
  });

  it('keeps generateName objects in render order, so their identities stay put past ten of them', () => {
    const jobs = Array.from({ length: 11 }, (_, i): K8sObject => ({ apiVersion: 'batch/v1', kind: 'Job', metadata: { generateName: 'migrate-', labels: { n: String(i + 1) } } }));
    const { objects } = finalizeObjects(jobs, app('g', 'prod'));
    expect(objects.map((o) => o.metadata.labels?.n)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(identityKeys(objects).map((k) => k.name)).toEqual(['migrate-*', ...Array.from({ length: 10 }, (_, i) => `migrate-*#${i + 2}`)]);
  });

  it('sorts by group, kind, namespace, name', () => {
    const objs: K8sObject[] = [
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'z' } },
      cm('b', 'ns2'),
      cm('c', 'ns1'),
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'a' } },
      cm('a', 'ns1'),
    ];
    const keys = finalizeObjects(objs, app('g', 'prod')).objects.map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`);
    expect(keys).toEqual(['ConfigMap/ns1/a', 'ConfigMap/ns1/c', 'ConfigMap/ns2/b', 'Service/prod/a', 'Deployment/prod/z']);
  });
});

describe('apps outside the control-plane namespace (Argo CD InstanceName)', () => {
  const inNamespace = (appNamespace: string | undefined): AppSpec => {
    const spec = app('guestbook', 'prod');
    spec.app.metadata.namespace = appNamespace;
    return spec;
  };

  it('prefixes the tracking id and the label with the Application namespace', () => {
    const { objects } = finalizeObjects([cm('a')], inNamespace('team-a'), { 'application.resourceTrackingMethod': 'annotation+label' });
    expect(objects[0].metadata.annotations?.[TRACK]).toBe('team-a_guestbook:/ConfigMap:prod/a');
    expect(objects[0].metadata.labels?.['app.kubernetes.io/instance']).toBe('team-a_guestbook');
  });

  it.each([['argocd'], [undefined]])('keeps the plain name for an Application in namespace %s', (ns) => {
    const { objects } = finalizeObjects([cm('a')], inNamespace(ns));
    expect(objects[0].metadata.annotations?.[TRACK]).toBe('guestbook:/ConfigMap:prod/a');
  });
});
