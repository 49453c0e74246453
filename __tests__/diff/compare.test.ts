import { diffApps } from '../../src/diff/app-diff.js';
import { diffObjects, sameContent, unifiedDiff } from '../../src/diff/compare.js';
import type { K8sObject } from '../../src/model/k8s.js';
import type { RenderedApp } from '../../src/render/types.js';

const cm = (name: string, data: Record<string, string>, ns = 'prod'): K8sObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: ns }, data });
const deploy = (image: string, ann: Record<string, string> = {}): K8sObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'api', namespace: 'prod', annotations: ann },
  spec: { replicas: 2, template: { spec: { containers: [{ name: 'api', image }] } } },
});

describe('unifiedDiff', () => {
  it('produces standard hunks with the requested context', () => {
    const a = 'a\nb\nc\nd\ne\nf\ng\n';
    const b = 'a\nb\nc\nD\ne\nf\ng\n';
    expect(unifiedDiff(a, b, 1)).toBe('@@ -3,3 +3,3 @@\n c\n-d\n+D\n e');
    expect(unifiedDiff(a, b, 0)).toBe('@@ -4 +4 @@\n-d\n+D');
    expect(unifiedDiff('', 'x: 1\n', 3)).toBe('@@ -0,0 +1 @@\n+x: 1');
  });
});

describe('sameContent', () => {
  it('compares parsed manifests as data: key order and undefined members are not content', () => {
    expect(sameContent({ a: 1, b: { c: [1, 'x'] } }, { b: { c: [1, 'x'] }, a: 1 })).toBe(true);
    expect(sameContent({ a: 1, gone: undefined }, { a: 1 })).toBe(true);
    expect(sameContent({ a: 1 }, { a: 1, b: undefined, c: null })).toBe(false);
  });

  it('tells apart values, types, list order and length, and maps from lists', () => {
    expect(sameContent({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameContent({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameContent({ a: [1] }, { a: [1, 1] })).toBe(false);
    expect(sameContent({ a: {} }, { a: [] })).toBe(false);
    expect(sameContent({ a: { b: { c: 'x' } } }, { a: { b: { c: 'y' } } })).toBe(false);
    expect(sameContent({ a: null }, { a: {} })).toBe(false);
  });
});

describe('diffObjects', () => {
  it('finds a pair equal up to key order unchanged, with no diff text', async () => {
    const live: K8sObject = { kind: 'ConfigMap', apiVersion: 'v1', data: { b: '2', a: '1' }, metadata: { namespace: 'prod', name: 'x' } };
    const [d] = await diffObjects([live], [cm('x', { a: '1', b: '2' })]);
    expect(d).toMatchObject({ status: 'unchanged', diff: '' });
  });

  it('still prints and diffs a pair that differs deep inside', async () => {
    const [d] = await diffObjects([deploy('api:1')], [deploy('api:2')], { contextLines: 0 });
    expect(d.status).toBe('modified');
    expect(d.diff).toBe('@@ -12 +12 @@\n-          image: api:1\n+          image: api:2');
  });

  it('pairs objects named only by generateName by their ordinal, so a second one shows as added', async () => {
    const job = (generateName: string, image: string): K8sObject => ({ apiVersion: 'batch/v1', kind: 'Job', metadata: { namespace: 'prod', generateName }, spec: { image } });
    const diffs = await diffObjects([job('up-', 'a'), job('down-', 'd')], [job('up-', 'a'), job('down-', 'e'), job('up-', 'b')]);
    expect(diffs.map((d) => `${d.key.kind}/${d.key.name}:${d.status}`)).toEqual(['Job/down-*:modified', 'Job/up-*:unchanged', 'Job/up-*#2:added']);
  });

  it('pairs by group/kind/namespace/name and classifies each resource', async () => {
    const base = [cm('same', { a: '1' }), cm('changed', { a: '1' }), cm('gone', { a: '1' }), cm('changed', { a: '1' }, 'other')];
    const head = [cm('same', { a: '1' }), cm('changed', { a: '2' }), cm('new', { a: '1' }), cm('changed', { a: '1' }, 'other')];
    const diffs = await diffObjects(base, head, { contextLines: 1 });
    expect(diffs.map((d) => `${d.key.namespace}/${d.key.name}:${d.status}`)).toEqual([
      'other/changed:unchanged',
      'prod/changed:modified',
      'prod/gone:removed',
      'prod/new:added',
      'prod/same:unchanged',
    ]);
    expect(diffs[1].diff).toBe('@@ -6,2 +6,2 @@\n data:\n-  a: "1"\n+  a: "2"');
    expect(diffs[2].diff.split('\n').every((l, i) => i === 0 || l.startsWith('-'))).toBe(true);
  });

  it('never shows Secret values, yet shows that a value changed', async () => {
    const secret = (v: string): K8sObject => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'prod' }, stringData: { password: v } });
    const [d] = await diffObjects([secret('old-s3cret')], [secret('new-s3cret')]);
    expect(d.status).toBe('modified');
    // The target (head) is masked first, as in Argo CD.
    expect(d.diff).toContain('-  password: ++++++++++++\n+  password: ++++++++');
    expect(JSON.stringify(d)).not.toMatch(/s3cret|czNjcmV0/);
    const [same] = await diffObjects([secret('x')], [secret('x')]);
    expect(same.status).toBe('unchanged');
  });

  it('does not report differences hidden by ignoreDifferences', async () => {
    const [d] = await diffObjects([deploy('api:1')], [{ ...deploy('api:1'), spec: { ...(deploy('api:1').spec as object), replicas: 9 } }], {
      ignoreDifferences: [{ group: 'apps', kind: 'Deployment', jsonPointers: ['/spec/replicas'] }],
    });
    expect(d.status).toBe('unchanged');
  });
});

function rendered(name: string, objects: K8sObject[], problems: RenderedApp['problems'] = []): RenderedApp {
  return {
    name,
    spec: {
      app: { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name }, spec: { project: 'default', destination: { server: 'https://kubernetes.default.svc', namespace: 'prod' } } },
      origin: { file: `apps/${name}.yaml`, line: 1 },
    },
    objects,
    children: [],
    problems,
    warnings: [],
  };
}

describe('diffApps', () => {
  it('classifies apps and counts resources, waves/hooks and health-affecting changes', async () => {
    const base = [rendered('api', [deploy('api:1'), cm('c', { a: '1' })]), rendered('old', [cm('x', {})]), rendered('same', [cm('s', { a: '1' })]), rendered('broken', [])];
    const head = [
      rendered('api', [deploy('api:2', { 'argocd.argoproj.io/sync-wave': '1' }), cm('c', { a: '1' }), cm('d', { b: '1' })]),
      rendered('new', [cm('y', {})]),
      rendered('same', [cm('s', { a: '1' })]),
      rendered('broken', [], [{ message: 'helm template failed', app: 'broken', file: 'apps/broken.yaml' }]),
    ];
    const out = await diffApps(base, head);
    expect(out.map((a) => `${a.name}:${a.status}`)).toEqual(['api:changed', 'broken:errored', 'new:added', 'old:removed', 'same:unchanged']);
    const api = out[0];
    expect(api.counts).toEqual({ added: 1, modified: 1, removed: 0 });
    expect(api.destination).toBe('https://kubernetes.default.svc/prod');
    expect(api.wavesHooks.map((k) => k.kind)).toEqual(['Deployment']);
    expect(api.healthAffecting.map((k) => k.kind)).toEqual(['Deployment']);
    expect(out[1].problems[0].message).toBe('helm template failed');
  });

  it('turns a bad ignore rule into that app\'s error without stopping the others', async () => {
    const bad = rendered('bad', [cm('a', {})]);
    bad.spec.app.spec.ignoreDifferences = [{ kind: 'ConfigMap', jqPathExpressions: ['.data[['] }];
    const out = await diffApps([], [bad, rendered('ok', [cm('b', {})])]);
    expect(out[0]).toMatchObject({ name: 'bad', status: 'errored', problems: [{ app: 'bad', field: 'spec.ignoreDifferences[0].jqPathExpressions[0]' }] });
    expect(out[1].status).toBe('added');
  });
});
