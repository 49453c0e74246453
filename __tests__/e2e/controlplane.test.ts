// Smoke tests of the local control plane itself (scripts/controlplane: kube-apiserver,
// kube-controller-manager and kube-scheduler built from k8s.io/kubernetes, etcd, kwok simulating
// nodes and pods), through @kubernetes/client-node: the behaviour the sync engine, live diff and
// health waits rely on must be the real API server's.
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as k8s from '@kubernetes/client-node';
import {
  type ExtraCluster,
  type IsolatedNamespace,
  clusterScript,
  isolatedNamespace,
  kubeConfig,
  mergeKubeConfigs,
  startExtraCluster,
  statusOf,
  uniqueName,
  waitFor,
} from './support/cluster.js';

const pinnedKubeVersion = (): string => {
  const versions = readFileSync(join(clusterScript, '..', 'versions.sh'), 'utf8');
  const m = /CONTROLPLANE_KUBE_VERSION:-(v[0-9.]+)/.exec(versions);
  if (!m) throw new Error('no CONTROLPLANE_KUBE_VERSION in versions.sh');
  return m[1];
};

let kc: k8s.KubeConfig;
let ns: IsolatedNamespace;
let core: k8s.CoreV1Api;
let apps: k8s.AppsV1Api;
let batch: k8s.BatchV1Api;
let objects: k8s.KubernetesObjectApi;

beforeAll(async () => {
  kc = kubeConfig();
  core = kc.makeApiClient(k8s.CoreV1Api);
  apps = kc.makeApiClient(k8s.AppsV1Api);
  batch = kc.makeApiClient(k8s.BatchV1Api);
  objects = k8s.KubernetesObjectApi.makeApiClient(kc);
  ns = await isolatedNamespace('smoke', kc);
}, 60_000);

afterAll(async () => {
  await ns?.delete();
});

const deploymentBody = (name: string, replicas: number): k8s.V1Deployment => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name },
  spec: {
    replicas,
    selector: { matchLabels: { app: name } },
    template: {
      metadata: { labels: { app: name } },
      spec: { containers: [{ name: 'main', image: 'registry.local/app:1' }] },
    },
  },
});

/** GET `path` on the API server without client credentials, verifying its certificate with `ca`. */
function anonymousGet(server: string, path: string, ca?: Buffer): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const req = request(new URL(path, server), { method: 'GET', ca, timeout: 10_000 }, (res) => {
      res.resume();
      resolvePromise(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('local control plane', () => {
  it('is the pinned Kubernetes version, reached over verified TLS with a client certificate', async () => {
    const version = await kc.makeApiClient(k8s.VersionApi).getCode();
    expect(version.gitVersion).toBe(pinnedKubeVersion());

    const cluster = kc.getCurrentCluster()!;
    const user = kc.getCurrentUser()!;
    expect(cluster.server).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(cluster.skipTLSVerify).toBeFalsy();
    expect(cluster.caData).toBeTruthy();
    expect(user.certData).toBeTruthy();
    expect(user.keyData).toBeTruthy();

    // The serving certificate verifies against the kubeconfig's CA only.
    const ca = Buffer.from(cluster.caData!, 'base64');
    await expect(anonymousGet(cluster.server, '/version')).rejects.toThrow(/certificate/i);
    // Without the client certificate the request is authenticated as nobody and refused by RBAC.
    expect([401, 403]).toContain(await anonymousGet(cluster.server, `/api/v1/namespaces/${ns.name}/configmaps`, ca));
  });

  it('has Ready nodes simulated by kwok', async () => {
    const nodes = await core.listNode();
    const ready = nodes.items.filter((n) => n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
    expect(ready.length).toBeGreaterThanOrEqual(3);
    expect(ready[0].metadata?.annotations?.['kwok.x-k8s.io/node']).toBe('fake');
  });

  it('rolls a Deployment with 3 replicas out until it is Available', async () => {
    await apps.createNamespacedDeployment({ namespace: ns.name, body: deploymentBody('web', 3) });
    const available = await waitFor('Deployment web to be Available with 3 replicas', async () => {
      const d = await apps.readNamespacedDeployment({ name: 'web', namespace: ns.name });
      const cond = d.status?.conditions?.find((c) => c.type === 'Available');
      return cond?.status === 'True' && d.status?.availableReplicas === 3 && d.status?.updatedReplicas === 3 ? d : undefined;
    });
    expect(available.status?.readyReplicas).toBe(3);
    expect(available.status?.observedGeneration).toBe(available.metadata?.generation);

    // The scheduler placed the pods on kwok's nodes and kwok made them Running and Ready.
    const pods = await core.listNamespacedPod({ namespace: ns.name, labelSelector: 'app=web' });
    expect(pods.items).toHaveLength(3);
    for (const pod of pods.items) {
      expect(pod.spec?.nodeName).toMatch(/^node-/);
      expect(pod.status?.phase).toBe('Running');
      expect(pod.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
    }
  });

  it('runs a Job to completion', async () => {
    await batch.createNamespacedJob({
      namespace: ns.name,
      body: {
        metadata: { name: 'once' },
        spec: {
          backoffLimit: 0,
          template: { spec: { restartPolicy: 'Never', containers: [{ name: 'main', image: 'registry.local/job:1' }] } },
        },
      },
    });
    const job = await waitFor('Job once to complete', async () => {
      const j = await batch.readNamespacedJob({ name: 'once', namespace: ns.name });
      return j.status?.conditions?.some((c) => c.type === 'Complete' && c.status === 'True') ? j : undefined;
    });
    expect(job.status?.succeeded).toBe(1);
    expect(job.status?.failed ?? 0).toBe(0);
    expect(job.status?.completionTime).toBeTruthy();
  });

  it('serves a custom resource once its CRD is Established', async () => {
    const group = `${uniqueName('smoke')}.e2e.gitops-sync.test`;
    const ext = kc.makeApiClient(k8s.ApiextensionsV1Api);
    const crdName = `widgets.${group}`;
    await ext.createCustomResourceDefinition({
      body: {
        metadata: { name: crdName },
        spec: {
          group,
          scope: 'Namespaced',
          names: { plural: 'widgets', singular: 'widget', kind: 'Widget', listKind: 'WidgetList' },
          versions: [
            {
              name: 'v1',
              served: true,
              storage: true,
              schema: {
                openAPIV3Schema: {
                  type: 'object',
                  properties: { spec: { type: 'object', properties: { size: { type: 'integer', minimum: 1 } } } },
                },
              },
            },
          ],
        },
      },
    });
    try {
      await waitFor(`CRD ${crdName} to be Established`, async () => {
        const crd = await ext.readCustomResourceDefinition({ name: crdName });
        return crd.status?.conditions?.some((c) => c.type === 'Established' && c.status === 'True');
      });

      const widget = { apiVersion: `${group}/v1`, kind: 'Widget', metadata: { name: 'w1', namespace: ns.name }, spec: { size: 3 } };
      // Discovery may lag the Established condition by a moment; the create is retried until served.
      await waitFor('the Widget to be created', async () => objects.create(widget));
      const read = await objects.read<typeof widget & k8s.KubernetesObject>({ apiVersion: widget.apiVersion, kind: 'Widget', metadata: { name: 'w1', namespace: ns.name } });
      expect(read.spec).toEqual({ size: 3 });
      expect(read.metadata?.uid).toBeTruthy();

      // The CRD's schema is enforced by the API server.
      const invalid = await objects
        .create({ ...widget, metadata: { name: 'w2', namespace: ns.name }, spec: { size: 0 } })
        .then(() => undefined, (e: unknown) => e);
      expect(statusOf(invalid)).toBe(422);
      expect(String((invalid as k8s.ApiException<string>).body)).toMatch(/spec\.size/);

      const resources = await kc.makeApiClient(k8s.CustomObjectsApi).listNamespacedCustomObject({ group, version: 'v1', namespace: ns.name, plural: 'widgets' });
      expect((resources as { items: { metadata: { name: string } }[] }).items.map((i) => i.metadata.name)).toEqual(['w1']);
    } finally {
      await ext.deleteCustomResourceDefinition({ name: crdName });
    }
  });

  it('rejects an invalid object with the API server validation error', async () => {
    const body = deploymentBody('broken', 1);
    (body.spec as Partial<k8s.V1DeploymentSpec>).selector = undefined;
    const err = await apps.createNamespacedDeployment({ namespace: ns.name, body }).then(() => undefined, (e: unknown) => e);
    expect(statusOf(err)).toBe(422);
    expect(String((err as k8s.ApiException<string>).body)).toMatch(/spec\.selector: Required value/);
  });

  it('reports a server-side apply conflict between two field managers, and lets force take the field over', async () => {
    const cm = (value: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'shared', namespace: ns.name }, data: { color: value } });
    await objects.patch(cm('blue'), undefined, undefined, 'manager-a', false, k8s.PatchStrategy.ServerSideApply);

    const err = await objects
      .patch(cm('red'), undefined, undefined, 'manager-b', false, k8s.PatchStrategy.ServerSideApply)
      .then(() => undefined, (e: unknown) => e);
    expect(statusOf(err)).toBe(409);
    const status = JSON.parse(String((err as k8s.ApiException<string>).body)) as k8s.V1Status;
    expect(status.reason).toBe('Conflict');
    expect(status.message).toMatch(/conflict with "manager-a"/);
    expect(status.details?.causes?.map((c) => c.field)).toEqual(['.data.color']);
    const unchanged = await core.readNamespacedConfigMap({ name: 'shared', namespace: ns.name });
    expect(unchanged.data).toEqual({ color: 'blue' });

    const forced: k8s.V1ConfigMap = await objects.patch(cm('red'), undefined, undefined, 'manager-b', true, k8s.PatchStrategy.ServerSideApply);
    expect(forced.data).toEqual({ color: 'red' });
    const owners = (forced.metadata?.managedFields ?? []).filter((f) => JSON.stringify(f.fieldsV1 ?? {}).includes('f:color')).map((f) => f.manager);
    expect(owners).toEqual(['manager-b']);
  });

  it('streams status changes to a watch', async () => {
    const events: { type: string; available?: number; generation?: number }[] = [];
    const controller = await new k8s.Watch(kc).watch(
      `/apis/apps/v1/namespaces/${ns.name}/deployments`,
      { fieldSelector: 'metadata.name=watched' },
      (type: string, obj: k8s.V1Deployment) => events.push({ type, available: obj.status?.availableReplicas, generation: obj.status?.observedGeneration }),
      () => undefined,
    );
    try {
      await apps.createNamespacedDeployment({ namespace: ns.name, body: deploymentBody('watched', 2) });
      await waitFor('a watch event with 2 available replicas', async () => events.some((e) => e.available === 2));
      await apps.patchNamespacedDeployment(
        { name: 'watched', namespace: ns.name, body: { spec: { replicas: 1 } } },
        k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
      );
      await waitFor('a watch event with 1 available replica after scaling down', async () =>
        events.some((e, i) => i > events.findIndex((x) => x.available === 2) && e.available === 1),
      );
    } finally {
      controller.abort();
    }
    expect(events[0].type).toBe('ADDED');
    expect(events[0].available).toBeUndefined();
    expect(events.slice(1).every((e) => e.type === 'MODIFIED')).toBe(true);
    // Every status the controllers wrote on the way was seen, in order.
    const seen = events.map((e) => e.available ?? 0).filter((v, i, all) => i === 0 || v !== all[i - 1]);
    expect(seen).toEqual(expect.arrayContaining([0, 2, 1]));
    expect(seen.indexOf(2)).toBeLessThan(seen.lastIndexOf(1));
  });
});

describe('a second cluster', () => {
  let extra: ExtraCluster | undefined;
  afterAll(async () => {
    await extra?.stop();
  }, 120_000);

  it('runs side by side, and one kubeconfig with two contexts reaches both', async () => {
    extra = await startExtraCluster('smoke-extra');
    const merged = mergeKubeConfigs({ main: kc, extra: extra.kubeConfig() });
    expect(merged.getContexts().map((c) => c.name)).toEqual(['main', 'extra']);
    expect(merged.getCurrentContext()).toBe('main');
    const servers = merged.getClusters().map((c) => c.server);
    expect(new Set(servers).size).toBe(2);

    // A namespace created through one context exists in that cluster only.
    const name = uniqueName('only-extra');
    merged.setCurrentContext('extra');
    await merged.makeApiClient(k8s.CoreV1Api).createNamespace({ body: { metadata: { name } } });
    const inExtra = await merged.makeApiClient(k8s.CoreV1Api).readNamespace({ name });
    expect(inExtra.metadata?.name).toBe(name);
    merged.setCurrentContext('main');
    const inMain = await merged
      .makeApiClient(k8s.CoreV1Api)
      .readNamespace({ name })
      .then(() => undefined, (e: unknown) => e);
    expect(statusOf(inMain)).toBe(404);

    // After stop its API server is gone, and the run's cluster is untouched.
    const extraCore = extra.kubeConfig().makeApiClient(k8s.CoreV1Api);
    await extra.stop();
    extra = undefined;
    await expect(extraCore.listNamespace()).rejects.toThrow(/ECONNREFUSED|connect/);
    expect((await core.readNamespace({ name: ns.name })).metadata?.name).toBe(ns.name);
  }, 300_000);
});
