// Helpers for the sync e2e tests: an Application in an isolated namespace, its objects finalized the
// way the render pipeline does (tracking included), a run of syncApp with test settings (no wave
// delay, short timeouts), and creation order read from watches.
import { randomBytes } from 'node:crypto';
import { Watch } from '@kubernetes/client-node';
import type { ClusterClient } from '../../../src/cluster/client.js';
import type { AppSpec, Application, ArgoCdConfig } from '../../../src/model/argocd.js';
import type { K8sObject } from '../../../src/model/k8s.js';
import { finalizeObjects } from '../../../src/render/finalize.js';
import type { AppSyncResult, SyncSettings } from '../../../src/sync/run/sync-app.js';
import { syncApp } from '../../../src/sync/run/sync-app.js';

export { createNamespace, deleteNamespace, kubeconfigPath, newClient } from '../cluster/env.js';

export const suffix = (): string => randomBytes(3).toString('hex');

export function appSpec(name: string, namespace: string, spec: Partial<Application['spec']> = {}, annotations?: Record<string, string>): AppSpec {
  const app: Application = {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name, namespace: 'argocd', ...(annotations ? { annotations } : {}) },
    spec: {
      project: 'default',
      source: { repoURL: 'https://example.com/repo.git', path: '.' },
      destination: { server: 'https://kubernetes.default.svc', namespace },
      ...spec,
    },
  };
  return { app, origin: { file: 'apps.yaml', line: 1 } };
}

export const testSettings = (over: Partial<SyncSettings> = {}): SyncSettings => ({
  fieldManager: 'gitops-sync',
  prune: false,
  confirmPrune: false,
  dryRun: false,
  wait: true,
  healthTimeoutMs: 20_000,
  waveDelayMs: 0,
  stateNamespace: 'default',
  holder: `e2e-${process.pid}`,
  leaseSeconds: 15,
  lockWaitMs: 0,
  ...over,
});

export async function sync(
  client: ClusterClient,
  spec: AppSpec,
  objects: K8sObject[],
  over: Partial<SyncSettings> = {},
  more: { argocdCm?: ArgoCdConfig; revision?: string; signal?: AbortSignal; log?: (message: string) => void } = {},
): Promise<AppSyncResult> {
  const finalized = finalizeObjects(objects, spec, more.argocdCm).objects;
  return syncApp({ spec, objects: finalized, client, settings: testSettings(over), revision: more.revision ?? 'a1b2c3d4e5f6', ...more });
}

/** Records the etcd revision at which objects of the given collections were created. */
export class CreationRecorder {
  readonly created = new Map<string, number>();
  /** Every event seen: `Kind/name`, its type, the object's resourceVersion, the object. */
  readonly events: { key: string; type: string; rv: number; obj: K8sObject }[] = [];
  private readonly stops: AbortController[] = [];
  constructor(private readonly client: ClusterClient) {}

  async watch(listPaths: string[]): Promise<void> {
    for (const path of listPaths) {
      const c = await new Watch(this.client.kc).watch(
        path,
        {},
        (type: string, obj: K8sObject) => {
          const rv = Number(obj.metadata?.resourceVersion);
          const key = `${obj.kind}/${obj.metadata?.name}`;
          if (type === 'ADDED' && !this.created.has(key)) this.created.set(key, rv);
          this.events.push({ key, type, rv, obj });
        },
        () => undefined,
      );
      this.stops.push(c);
    }
  }

  /** Keys ordered by creation, limited to `keys`. */
  order(keys: string[]): string[] {
    return keys.filter((k) => this.created.has(k)).sort((a, b) => (this.created.get(a) ?? 0) - (this.created.get(b) ?? 0));
  }

  stop(): void {
    for (const c of this.stops) c.abort();
  }
}

export const cm = (name: string, annotations: Record<string, string> = {}, data: Record<string, string> = { k: 'v' }): K8sObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, ...(Object.keys(annotations).length ? { annotations } : {}) },
  data,
});

export const deployment = (name: string, annotations: Record<string, string> = {}, podSpec: Record<string, unknown> = {}): K8sObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, ...(Object.keys(annotations).length ? { annotations } : {}) },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: name } },
    template: {
      metadata: { labels: { app: name } },
      spec: { containers: [{ name: 'main', image: 'registry.local/app:1' }], ...podSpec },
    },
  },
});

/** A Job that kwok completes, or (`fail`) one that can never be scheduled and hits its deadline. */
export const job = (name: string, annotations: Record<string, string>, fail = false, generateName = false): K8sObject => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { ...(generateName ? { generateName: `${name}-` } : { name }), annotations },
  spec: {
    backoffLimit: 0,
    ...(fail ? { activeDeadlineSeconds: 2 } : {}),
    template: {
      spec: {
        restartPolicy: 'Never',
        containers: [{ name: 'main', image: 'registry.local/job:1' }],
        ...(fail ? { nodeSelector: { 'no-such-node': 'true' } } : {}),
      },
    },
  },
});

export const wave = (w: number): Record<string, string> => ({ 'argocd.argoproj.io/sync-wave': String(w) });
