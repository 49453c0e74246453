// Which kinds get a health check (the PR comment's "Health-affecting" column reads it): Argo CD's Go
// checks, its built-in Lua scripts (exact and wildcard directories) and argocd-cm scripts.
import { describe, expect, it } from '@jest/globals';
import { diffApps } from '../../src/diff/app-diff.js';
import { hasHealthCheck } from '../../src/health/health.js';
import type { K8sObject } from '../../src/model/k8s.js';
import type { RenderedApp } from '../../src/render/types.js';

describe('hasHealthCheck', () => {
  it.each([
    ['apps', 'Deployment', true],
    ['argoproj.io', 'Workflow', true],
    ['argoproj.io', 'Rollout', true],
    ['cert-manager.io', 'Certificate', true],
    ['apiextensions.k8s.io', 'CustomResourceDefinition', true],
    ['s3.aws.crossplane.io', 'Bucket', true],
    ['kro.run', 'AnyKind', true],
    ['', 'ConfigMap', false],
    ['example.com', 'Widget', false],
  ])('%s/%s: %s', (group, kind, expected) => {
    expect(hasHealthCheck(group, kind)).toBe(expected);
  });

  it('counts an argocd-cm script', () => {
    expect(hasHealthCheck('example.com', 'Widget', { 'resource.customizations.health.example.com_Widget': 'return {status="Healthy"}' })).toBe(true);
  });
});

describe('the PR comment marks changed kinds with a built-in Lua check as health-affecting', () => {
  const app = (objects: K8sObject[]): RenderedApp => ({
    name: 'web',
    spec: {
      app: { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: 'web' }, spec: { project: 'default', destination: { server: 'https://kubernetes.default.svc', namespace: 'prod' } } },
      origin: { file: 'apps/web.yaml', line: 1 },
    },
    objects,
    children: [],
    problems: [],
    warnings: [],
  });
  const obj = (apiVersion: string, kind: string, spec: unknown): K8sObject => ({ apiVersion, kind, metadata: { name: 'web', namespace: 'prod' }, spec } as K8sObject);

  it('lists the Rollout and Certificate, not the ConfigMap', async () => {
    const base = app([obj('argoproj.io/v1alpha1', 'Rollout', { replicas: 1 }), obj('cert-manager.io/v1', 'Certificate', { dnsNames: ['a'] }), obj('v1', 'ConfigMap', {})]);
    const head = app([obj('argoproj.io/v1alpha1', 'Rollout', { replicas: 2 }), obj('cert-manager.io/v1', 'Certificate', { dnsNames: ['b'] }), { ...obj('v1', 'ConfigMap', {}), data: { a: 'b' } } as K8sObject]);
    const [diff] = await diffApps([base], [head]);
    expect(diff.counts.modified).toBe(3);
    expect(diff.healthAffecting.map((k) => k.kind).sort()).toEqual(['Certificate', 'Rollout']);
  });
});
