// argocd-cm resource.exclusions / resource.inclusions, by the rules of Argo CD v3.6.1's
// util/settings ResourcesFilter (its table of inclusions × exclusions, the core exclusions, gobwas
// globs for groups and clusters, `*` or the exact name for kinds), with its resources_filter_test.go
// cases replayed (the label-selector ones aside: resource selectors are not applied).
import { coreExclusion, filteredResources, resourceExclusion, type ExcludedResource } from '../../src/cluster/resource-filter.js';

const IN_CLUSTER = 'https://kubernetes.default.svc';

function filter(cm: Record<string, string>, server = IN_CLUSTER): ExcludedResource {
  const f = resourceExclusion(cm, server);
  if ('error' in f) throw new Error(f.error);
  return f;
}

/** One of upstream's ResourcesFilter literals as argocd-cm text. */
const cmOf = (f: { inclusions?: object[]; exclusions?: object[] }): Record<string, string> => ({
  ...(f.inclusions ? { 'resource.inclusions': JSON.stringify(f.inclusions) } : {}),
  ...(f.exclusions ? { 'resource.exclusions': JSON.stringify(f.exclusions) } : {}),
});

describe("Argo CD's resources_filter_test.go", () => {
  const excluded = (f: Parameters<typeof cmOf>[0], group: string, kind: string, cluster: string) => filter(cmOf(f), cluster)(group, kind);

  it('TestIsExcludedResource', () => {
    expect([excluded({}, 'events.k8s.io', '', ''), excluded({}, 'metrics.k8s.io', '', ''), excluded({}, 'rubbish.io', '', '')]).toEqual([true, true, false]);
  });

  it('TestResourceInclusions', () => {
    const f = { inclusions: [{ apiGroups: ['whitelisted-resource'] }] };
    expect([excluded(f, 'non-whitelisted-resource', '', ''), excluded(f, 'whitelisted-resource', '', '')]).toEqual([true, false]);
  });

  it('TestResourceInclusionsExclusionNonMutex', () => {
    let f: Parameters<typeof cmOf>[0] = { inclusions: [{ apiGroups: ['whitelisted-resource'] }], exclusions: [{ apiGroups: ['whitelisted-resource'], kinds: ['blacklisted-kind'] }] };
    expect(['blacklisted-kind', '', 'non-blacklisted-kind'].map((k) => excluded(f, 'whitelisted-resource', k, ''))).toEqual([true, false, false]);
    f = { inclusions: [{ apiGroups: ['whitelisted-resource'], kinds: ['whitelisted-kind'] }], exclusions: [{ apiGroups: ['whitelisted-resource'] }] };
    expect(['whitelisted-kind', '', 'non-whitelisted-kind'].map((k) => excluded(f, 'whitelisted-resource', k, ''))).toEqual([true, true, true]);
    f = { inclusions: [{ apiGroups: ['foo-bar'], kinds: ['whitelisted-kind'] }], exclusions: [{ apiGroups: ['whitelisted-resource'] }] };
    expect(['whitelisted-kind', ''].map((k) => excluded(f, 'not-whitelisted-resource', k, ''))).toEqual([true, true]);
  });

  it('TestResourceInclusionsExclusionMultiCluster', () => {
    const f = { inclusions: [{ apiGroups: ['whitelisted-resource'], clusters: ['cluster-one'] }], exclusions: [{ apiGroups: ['whitelisted-resource'], clusters: ['cluster-two'] }] };
    expect(['cluster-one', 'cluster-two', 'cluster-three'].map((c) => excluded(f, 'whitelisted-resource', '', c))).toEqual([false, true, false]);
  });
});

describe('resourceExclusion', () => {
  it('always leaves out the core kinds: events, metrics, Event and Lease', () => {
    const f = filter({});
    expect([f('events.k8s.io', 'Event'), f('metrics.k8s.io', 'PodMetrics'), f('', 'Event'), f('coordination.k8s.io', 'Lease')]).toEqual([true, true, true, true]);
    expect([f('', 'ConfigMap'), f('apps', 'Deployment'), f('coordination.k8s.io', 'Other')]).toEqual([false, false, false]);
    expect(coreExclusion('coordination.k8s.io', 'Lease')).toBe(true);
  });

  it('excludes by group glob, kind (exact or *) and cluster glob; an empty list matches anything', () => {
    const f = filter({
      'resource.exclusions': `
- apiGroups: ["*.cilium.io"]
  kinds: ["*"]
- apiGroups: ["apps"]
  kinds: [ReplicaSet]
  clusters: ["https://*.prod.example.com"]
`,
    });
    expect(f('cilium.io', 'CiliumIdentity')).toBe(false); // the glob needs a dot before cilium.io
    expect(f('crd.cilium.io', 'CiliumIdentity')).toBe(true);
    expect(f('apps', 'ReplicaSet')).toBe(false); // another cluster
    expect(filter({ 'resource.exclusions': '- apiGroups: ["apps"]\n  kinds: [ReplicaSet]\n  clusters: ["https://*.prod.example.com"]\n' }, 'https://eu.prod.example.com')('apps', 'ReplicaSet')).toBe(true);
    expect(filter({ 'resource.exclusions': '- kinds: [Replica*]\n' })('apps', 'ReplicaSet')).toBe(false); // kinds are not globs
  });

  it('with inclusions for the cluster, allows only what they name, and exclusions still win', () => {
    const cm = {
      'resource.inclusions': '- apiGroups: ["", "apps"]\n  kinds: ["*"]\n  clusters: ["https://kubernetes.default.svc"]\n',
      'resource.exclusions': '- apiGroups: [apps]\n  kinds: [ReplicaSet]\n',
    };
    const f = filter(cm);
    expect([f('', 'ConfigMap'), f('apps', 'Deployment')]).toEqual([false, false]);
    expect([f('batch', 'Job'), f('apps', 'ReplicaSet')]).toEqual([true, true]);
    // Inclusion rules that name other clusters leave this one open.
    expect(filter(cm, 'https://other.example.com')('batch', 'Job')).toBe(false);
  });

  it('treats a null entry as the zero filter, which matches everything, as Go does', () => {
    expect(filter({ 'resource.exclusions': '- null\n' })('apps', 'Deployment')).toBe(true);
    expect(filter({ 'resource.exclusions': '' })('apps', 'Deployment')).toBe(false);
  });

  it('gives the settings error for a value Go cannot unmarshal', () => {
    expect(resourceExclusion({ 'resource.exclusions': 'apiGroups: [apps]' }, IN_CLUSTER)).toEqual({ error: 'argocd-cm resource.exclusions: must be a list of {apiGroups, kinds, clusters}' });
    expect(resourceExclusion({ 'resource.inclusions': '- kinds: Deployment\n' }, IN_CLUSTER)).toEqual({ error: 'argocd-cm resource.inclusions: entry 0: kinds must be a list of strings' });
    expect(filteredResources({ 'resource.exclusions': '- [a]\n' }, 'resource.exclusions')).toEqual({ error: 'entry 0 must be a map' });
    expect(filteredResources({ 'resource.exclusions': '- kinds: [a\n' }, 'resource.exclusions')).toMatchObject({ error: expect.any(String) });
  });
});
