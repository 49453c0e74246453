// Comment fixtures for the browser check, built by the real comment code (buildComment) from preview
// results that went through the real diff stage: a small PR, a 40-app PR over several clusters, a PR
// with errors, and one too large for a single comment.
import { diffApps } from '../../../src/diff/app-diff.js';
import type { ApplicationDestination } from '../../../src/model/argocd.js';
import type { K8sObject } from '../../../src/model/k8s.js';
import type { RenderedApp } from '../../../src/render/types.js';
import { buildComment } from '../../../src/report/comment.js';
import type { CommentApp, CommentInput } from '../../../src/report/comment-types.js';
import { configMap, deployment, rendered, representativeInput } from '../pr-fixture.js';

export interface CommentFixture {
  name: string;
  /** The comment bodies as posted: parts[0] is the summary comment. */
  parts: string[];
}

const FOOTER = { durationMs: 48210, toolVersions: { helm: 'v3.16.2', kustomize: 'v5.4.3', jsonnet: 'v0.20.0' } };

/** Cluster Secrets of the fixture repository: destinations by server URL read as these names. */
const CLUSTERS = [
  { name: 'prod-eu-west-1', server: 'https://4c1e9a7f2b3d5e6f.gr7.eu-west-1.eks.amazonaws.com' },
  { name: 'prod-us-east-1', server: 'https://9f8e7d6c5b4a3f2e.yl4.us-east-1.eks.amazonaws.com' },
  { name: 'staging', server: 'https://staging-api.k8s.internal.example.com:6443' },
];

function at(app: RenderedApp, destination: ApplicationDestination, origin?: Partial<RenderedApp['spec']['origin']>): RenderedApp {
  return {
    ...app,
    spec: { app: { ...app.spec.app, spec: { ...app.spec.app.spec, destination } }, origin: { ...app.spec.origin, ...origin } },
  };
}

function withOrigins(diffs: Awaited<ReturnType<typeof diffApps>>, sides: RenderedApp[]): CommentApp[] {
  return diffs.map((d) => {
    const origin = sides.find((a) => a.name === d.name)?.spec.origin;
    return { ...d, ...(origin ? { origin } : {}), ...(origin?.appSet ? { appSet: origin.appSet } : {}) };
  });
}

const SERVICES = ['checkout', 'payments-api', 'ledger-reconciler', 'notifications', 'search-indexer', 'catalog', 'identity-gateway', 'fraud-scoring'];
const REGIONS = [
  { suffix: 'eu-west-1', server: CLUSTERS[0].server },
  { suffix: 'us-east-1', server: CLUSTERS[1].server },
  { suffix: 'staging', server: CLUSTERS[2].server },
  { suffix: 'in-cluster', server: 'https://kubernetes.default.svc' },
  { suffix: 'edge-unregistered', server: 'https://10.42.0.17:6443' },
];

/** 40 generated apps (8 services × 5 clusters): image bumps, new config, a removed worker, health and wave markers. */
async function fortyApps(): Promise<CommentInput> {
  const base: RenderedApp[] = [];
  const head: RenderedApp[] = [];
  SERVICES.forEach((svc, s) =>
    REGIONS.forEach((r, i) => {
      const name = `${svc}-${r.suffix}`;
      const dest = { server: r.server, namespace: `${svc}-${r.suffix === 'staging' ? 'staging' : 'prod'}` };
      const origin = { file: 'appsets/services.yaml', line: 12, appSet: 'services' };
      const objects = (tag: string, extra: K8sObject[] = []): K8sObject[] => [
        deployment(svc, `registry.example/${svc}:${tag}`, s % 3 === 0 ? String(i) : undefined),
        configMap(`${svc}-config`, { LOG_LEVEL: 'info', REGION: r.suffix }),
        ...extra,
      ];
      base.push(at(rendered(name, objects('2.3.0')), dest, origin));
      const headTag = (s + i) % 4 === 0 ? '2.3.0' : '2.4.0';
      const extra = i === 1 ? [configMap(`${svc}-feature-flags`, { NEW_CHECKOUT_FLOW: 'true', CANARY_PERCENT: '10' })] : [];
      if (!(svc === 'ledger-reconciler' && r.suffix === 'edge-unregistered')) head.push(at(rendered(name, objects(headTag, extra)), dest, origin));
    }),
  );
  const diffs = await diffApps(base, head, { contextLines: 2 });
  return { apps: withOrigins(diffs, [...head, ...base]), errors: [], clusters: CLUSTERS, footer: FOOTER, marker: 'preview' };
}

/** Errors: a Helm app that fails on the head, a generated child that cannot render, a spec that fails to load, a fixed app. */
async function withErrors(): Promise<CommentInput> {
  const helmError = {
    message: 'helm template failed: Error: template: billing/templates/deployment.yaml:41:28: executing "billing/templates/deployment.yaml" at <.Values.resources.limits.memory>: nil pointer evaluating interface {}.memory',
    file: 'apps/billing.yaml',
    line: 9,
    app: 'billing',
    field: 'spec.source.helm.valueFiles[1]',
  };
  const childError = {
    message: 'kustomize build failed: accumulating resources: accumulation err=\'accumulating resources from "../../base/redis": evalsymlink failure on \'/repo/base/redis\' : lstat /repo/base/redis: no such file or directory\'',
    file: 'charts/root/templates/cache.yaml',
    line: 1,
    app: 'cache',
    field: 'spec.source.path',
  };
  const base = [
    rendered('billing', [deployment('billing', 'registry.example/billing:5.1.0')]),
    at(rendered('cache', [configMap('cache', { maxmemory: '2gb' })]), { name: 'in-cluster', namespace: 'cache' }, { file: 'charts/root/templates/cache.yaml', line: 1, parentApp: 'root' }),
    rendered('reports', [], [{ message: 'jsonnet: RUNTIME ERROR: field does not exist: replicas', file: 'apps/reports.yaml', line: 4, app: 'reports', field: 'spec.source.directory.jsonnet' }]),
    rendered('web', [deployment('web', 'registry.example/web:3.1.0')]),
  ];
  const head = [
    rendered('billing', [], [helmError]),
    at(rendered('cache', [], [childError]), { name: 'in-cluster', namespace: 'cache' }, { file: 'charts/root/templates/cache.yaml', line: 1, parentApp: 'root' }),
    rendered('reports', [deployment('reports', 'registry.example/reports:1.0.0')]),
    rendered('web', [deployment('web', 'registry.example/web:3.2.0')]),
  ];
  const diffs = withOrigins(await diffApps(base, head, { contextLines: 2 }), [...head, ...base]).map((d) =>
    d.name === 'reports' ? { ...d, problems: [], fixed: base[2].problems } : d,
  );
  return {
    apps: diffs,
    errors: [
      { message: 'invalid YAML: bad indentation of a mapping entry', file: 'apps/broken.yaml', line: 14, app: 'broken', field: 'spec.source' },
      { message: 'ApplicationSet generator failed: cluster generator: no cluster matches selector env=qa', file: 'appsets/qa.yaml', line: 8, app: 'qa-envs', field: 'spec.generators[0].clusters.selector' },
    ],
    footer: FOOTER,
    marker: 'preview',
  };
}

/** Three apps whose diffs are too large for one comment: a summary comment and two continuations. */
async function split(): Promise<CommentInput> {
  const big = (tag: string) => Object.fromEntries(Array.from({ length: 350 }, (_, i) => [`key-${i}`, `${tag}-value-${i}-${'x'.repeat(30)}`]));
  const names = ['feature-store', 'model-serving', 'vector-index'];
  const diffs = await diffApps(
    names.map((n) => rendered(n, [configMap(n, big('old'))])),
    names.map((n) => rendered(n, [configMap(n, big('new'))])),
  );
  return { apps: withOrigins(diffs, names.map((n) => rendered(n, []))), errors: [], footer: FOOTER, marker: 'preview' };
}

export async function commentFixtures(): Promise<CommentFixture[]> {
  const build = (name: string, input: CommentInput): CommentFixture => ({ name, parts: buildComment(input).parts });
  return [
    build('small-pr', await representativeInput()),
    build('forty-apps', await fortyApps()),
    build('errors', await withErrors()),
    build('split', await split()),
  ];
}
