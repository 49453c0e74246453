// A representative pull request, run through the real diff stage: a changed app (image bump with a
// sync wave, a Secret value change, a new ConfigMap), an added app, a removed app, an app that fails
// to render, a policy violation, live drift and a sync plan preview.
import { diffApps } from '../../src/diff/app-diff.js';
import type { K8sObject } from '../../src/model/k8s.js';
import type { RenderedApp } from '../../src/render/types.js';
import type { CommentInput } from '../../src/report/comment.js';

export const PLANTED = ['pl4nted-base-s3cret', 'pl4nted-head-s3cret', 'pl4nted-live-s3cret'];

export function rendered(name: string, objects: K8sObject[], problems: RenderedApp['problems'] = [], namespace = 'prod'): RenderedApp {
  return {
    name,
    spec: {
      app: {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Application',
        metadata: { name },
        spec: { project: 'default', destination: { name: 'in-cluster', namespace } },
      },
      origin: { file: `apps/${name}.yaml`, line: 1 },
    },
    objects,
    children: [],
    problems,
    warnings: [],
  };
}

export const deployment = (name: string, image: string, wave?: string): K8sObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace: 'prod', ...(wave ? { annotations: { 'argocd.argoproj.io/sync-wave': wave } } : {}) },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: name } },
    template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image, ports: [{ containerPort: 8080 }] }] } },
  },
});

export const configMap = (name: string, data: Record<string, string>, namespace = 'prod'): K8sObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace },
  data,
});

export const secret = (name: string, password: string, encoded = false): K8sObject => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name, namespace: 'prod' },
  ...(encoded ? { data: { password: Buffer.from(password).toString('base64') } } : { stringData: { password } }),
});

export async function representativeInput(): Promise<CommentInput> {
  const base = [
    rendered('api', [deployment('api', 'registry.example/api:1.4.0', '1'), configMap('api-config', { LOG_LEVEL: 'info' }), secret('api-db', PLANTED[0])]),
    rendered('legacy', [configMap('legacy', { mode: 'old|pipe' }, 'legacy')], [], 'legacy'),
    rendered('payments', [deployment('payments', 'registry.example/payments:2.0.0')]),
    rendered('web', [deployment('web', 'registry.example/web:3.1.0')]),
  ];
  const head = [
    rendered('api', [
      deployment('api', 'registry.example/api:1.5.0', '1'),
      configMap('api-config', { LOG_LEVEL: 'info' }),
      configMap('api-flags', { NEW_CHECKOUT: 'true' }),
      secret('api-db', PLANTED[1]),
    ]),
    rendered('payments', [], [{ message: 'helm template failed: values.yaml: key "replicas" must be a number', file: 'apps/payments.yaml', line: 12, app: 'payments', field: 'spec.source.helm.valueFiles[0]' }]),
    rendered('web', [deployment('web', 'registry.example/web:3.1.0')]),
    rendered('workers', [deployment('workers', 'registry.example/workers:0.9.0')], [], 'jobs'),
  ];
  const apps = await diffApps(base, head, { contextLines: 2 });
  const live = [rendered('api', [secret('api-db', PLANTED[2], true), deployment('api', 'registry.example/api:1.4.0', '1')])];
  const liveDrift = await diffApps(live, [head[0]], { contextLines: 2 });
  return {
    apps,
    policy: [{ app: 'workers', message: 'destination namespace "jobs" is not permitted in project "default"' }],
    errors: [{ message: 'ApplicationSet generator failed: git files path "envs/*.json" matched nothing', file: 'appsets/envs.yaml', line: 7, field: 'spec.generators[0].git.files[0].path' }],
    liveDrift,
    planPreview: { api: ['Sync wave 0: apply ConfigMap prod/api-flags, Secret prod/api-db', 'Sync wave 1: apply apps/Deployment prod/api'] },
    footer: { durationMs: 12345, toolVersions: { helm: 'v3.16.2', kustomize: 'v5.4.3', jsonnet: 'v0.20.0' } },
    marker: 'deploy/preview',
  };
}
