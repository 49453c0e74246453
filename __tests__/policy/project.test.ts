// AppProject policy: each rule as a table, then checkApp end to end on a loaded repo's shapes.
import type { AppProject, AppSpec, ApplicationSpec } from '../../src/model/argocd.js';
import type { K8sObject } from '../../src/model/k8s.js';
import { implicitDefaultProject } from '../../src/load/load.js';
import type { LoadedProject } from '../../src/load/types.js';
import type { RenderedApp } from '../../src/render/types.js';
import {
  checkApp,
  isAppNamespacePermitted,
  isDestinationPermitted,
  isGroupKindPermitted,
  isSourcePermitted,
} from '../../src/policy/project.js';
import { normalizeGitURL } from '../../src/policy/git-url.js';

function project(name: string, spec: AppProject['spec']): AppProject {
  return { apiVersion: 'argoproj.io/v1alpha1', kind: 'AppProject', metadata: { name }, spec };
}

function projects(...list: AppProject[]): Map<string, LoadedProject> {
  return new Map(list.map((p) => [p.metadata.name, { project: p, origin: { file: 'projects.yaml', line: 1 }, implicit: false }]));
}

function appSpec(name: string, spec: Partial<ApplicationSpec>, namespace = 'argocd'): AppSpec {
  return {
    app: {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name, namespace },
      spec: {
        project: 'team',
        source: { repoURL: 'https://github.com/org/apps.git', path: 'web' },
        destination: { server: 'https://kubernetes.default.svc', namespace: 'web' },
        ...spec,
      },
    },
    origin: { file: 'apps/web.yaml', line: 3 },
  };
}

function obj(apiVersion: string, kind: string, name: string, namespace?: string, spec?: object): K8sObject {
  return { apiVersion, kind, metadata: { name, ...(namespace ? { namespace } : {}) }, ...(spec ? { spec } : {}) };
}

describe('sourceRepos (IsSourcePermitted)', () => {
  it.each([
    [['*'], 'https://github.com/org/x.git', true],
    [['https://github.com/org/apps'], 'https://github.com/org/apps.git', true], // .git dropped on both sides
    [['https://GitHub.com/Org/Apps.git'], 'https://github.com/org/apps', true], // case-insensitive
    [['git@github.com:org/apps.git'], 'ssh://git@github.com/org/apps', true], // scp-like = ssh://
    [['https://github.com/org/*'], 'https://github.com/org/apps.git', true],
    [['https://gitlab.com/group/*'], 'https://gitlab.com/group/repo/owner', false], // * stops at /
    [['https://gitlab.com/group/*/*'], 'https://gitlab.com/group/repo/owner', true],
    [['https://gitlab.com/group/**'], 'https://gitlab.com/group/sub/repo/owner', true], // ** crosses /
    [['https://github.com/org/foo'], 'https://github.com/org/foo1', false],
    [['https://github.com/org/{a,b}'], 'https://github.com/org/b', true],
    [[], 'https://github.com/org/apps.git', false], // empty list permits nothing
    // a `!` entry matches everything it does not exclude, so alone it allows all other repos
    [['!https://github.com/org/secret'], 'https://github.com/org/other', true],
    [['!https://github.com/org/secret.git'], 'https://github.com/org/secret', false],
    [['*', '!https://github.com/org/secret.git'], 'https://github.com/org/secret', false], // deny wins
    [['!https://github.com/org/secret', '*'], 'https://github.com/org/secret', false], // in any order
    [['*', '!https://github.com/org/secret'], 'https://github.com/org/public', true],
    [['*', '!https://github.com/org/*'], 'https://github.com/org/x/y', true], // negated * still stops at /
  ])('%j permits %s: %s', (sourceRepos, repoURL, expected) => {
    expect(isSourcePermitted(project('p', { sourceRepos }), repoURL)).toBe(expected);
  });

  it.each([
    ['  https://GitHub.com/Org/Repo.git ', 'https://github.com/org/repo'],
    ['git@github.com:org/repo.git', 'git@github.com/org/repo'],
    ['ssh://git@github.com:22/org/repo', 'git@github.com:22/org/repo'],
    ['https://host/%zz', ''],
  ])('normalizes %j to %j', (url, expected) => {
    expect(normalizeGitURL(url)).toBe(expected);
  });
});

describe('destinations (IsDestinationPermitted)', () => {
  const svc = 'https://kubernetes.default.svc';
  it.each([
    [[{ server: '*', namespace: '*' }], { server: svc }, 'any', true],
    [[{ server: svc, namespace: 'team-*' }], { server: svc }, 'team-a', true],
    [[{ server: svc, namespace: 'team-*' }], { server: svc }, 'other', false],
    [[{ server: 'https://*.default.svc', namespace: 'x' }], { server: svc }, 'x', true],
    [[{ name: 'prod', namespace: '*' }], { name: 'prod' }, 'x', true],
    [[{ name: 'prod', namespace: '*' }], { name: 'stage' }, 'x', false],
    [[{ server: svc, namespace: '*' }], { name: 'prod' }, 'x', false], // name unresolved: server entries cannot match
    [[{ server: svc, namespace: '*' }], { name: 'in-cluster', server: svc }, 'x', true],
    [[], { server: svc }, 'x', false],
    // negation
    [[{ server: `!${svc}`, namespace: 'default' }], { server: svc }, 'default', false],
    [[{ server: svc, namespace: '!default' }], { server: svc }, 'kube-system', true],
    [[{ server: '!https://other', namespace: 'default' }], { server: svc }, 'default', true],
    [[{ server: svc, namespace: '!test-*' }], { server: svc }, 'test-foo', false],
    [[{ name: '!prod', namespace: '*' }], { name: 'stage' }, 'x', true],
    [[{ name: '!prod', namespace: '*' }], { name: 'prod' }, 'x', false],
    // a negated entry denies even when another entry allows, whatever the order
    [[{ server: '*', namespace: '*' }, { server: '*', namespace: '!kube-system' }], { server: svc }, 'kube-system', false],
    [[{ server: '*', namespace: '!kube-system' }, { server: '*', namespace: '*' }], { server: svc }, 'kube-system', false],
    [[{ server: '*', namespace: '*' }, { server: `!${svc}`, namespace: 'kube-system' }], { server: svc }, 'default', false],
    [[{ server: '*', namespace: '*' }, { server: '*', namespace: '!kube-system' }], { server: svc }, 'default', true],
    [[{ name: 'prod', namespace: '*' }, { name: '!prod', namespace: '*' }], { name: 'prod' }, 'x', false],
  ])('%j allows %j ns %s: %s', (destinations, cluster, namespace, expected) => {
    expect(isDestinationPermitted(project('p', { destinations }), cluster, namespace)).toBe(expected);
  });
});

describe('resource lists (IsGroupKindPermitted)', () => {
  const deploy = { group: 'apps', kind: 'Deployment' };
  const ns = { group: '', kind: 'Namespace' };
  it.each([
    // namespaced: no whitelist = all, explicit empty whitelist = none, blacklist wins
    [{}, deploy, true, true],
    [{ namespaceResourceWhitelist: [] }, deploy, true, false],
    [{ namespaceResourceWhitelist: [{ group: 'apps', kind: 'ReplicaSet' }] }, deploy, true, false],
    [{ namespaceResourceWhitelist: [{ group: 'apps', kind: '*' }] }, deploy, true, true],
    [{ namespaceResourceWhitelist: [{ group: '*', kind: '*' }], namespaceResourceBlacklist: [deploy] }, deploy, true, false],
    [{ namespaceResourceBlacklist: [{ group: 'app?', kind: 'Deploy*' }] }, deploy, true, false],
    [{ namespaceResourceBlacklist: [{ group: '', kind: 'Deployment' }] }, deploy, true, true], // group must match too
    // cluster-scoped: only a whitelist match, and no blacklist match
    [{}, ns, false, false],
    [{ clusterResourceWhitelist: [] }, ns, false, false],
    [{ clusterResourceWhitelist: [{ group: '', kind: 'Namespace' }] }, ns, false, true],
    [{ clusterResourceWhitelist: [{ group: '*', kind: '*' }], clusterResourceBlacklist: [{ group: '*', kind: '*' }] }, ns, false, false],
    [{ clusterResourceWhitelist: [{ group: '*', kind: '[MN]amespace' }] }, ns, false, true],
    [{ clusterResourceWhitelist: [{ group: '*', kind: '[^N]amespace' }] }, ns, false, false],
    [{ clusterResourceWhitelist: [{ group: '*', kind: '[Namespace' }] }, ns, false, false], // bad pattern matches nothing
    [{ clusterResourceBlacklist: [ns] }, deploy, true, true], // cluster lists do not touch namespaced kinds
  ])('%j: %j namespaced=%s → %s', (spec, gk, namespaced, expected) => {
    expect(isGroupKindPermitted(project('p', spec as AppProject['spec']), gk, namespaced)).toBe(expected);
  });
});

describe('sourceNamespaces (IsAppNamespacePermitted)', () => {
  it.each([
    [undefined, 'argocd', true], // the control-plane namespace always
    [undefined, '', true],
    [undefined, 'team-a', false],
    [['team-*'], 'team-a', true],
    [['team-*'], 'other', false],
    [['/^team-[a-c]$/'], 'team-b', true],
    [['/^team-[a-c]$/'], 'team-d', false],
    [['/team/'], 'my-team-x', true], // regexps are unanchored, as Go's MatchString
  ])('%j allows apps in %j: %s', (sourceNamespaces, ns, expected) => {
    expect(isAppNamespacePermitted(project('p', { sourceNamespaces }), ns, 'argocd')).toBe(expected);
  });
});

describe('checkApp', () => {
  const team = project('team', {
    sourceRepos: ['https://github.com/org/*'],
    destinations: [{ server: 'https://kubernetes.default.svc', namespace: 'web' }],
    clusterResourceWhitelist: [{ group: '', kind: 'Namespace' }],
    namespaceResourceBlacklist: [{ group: '', kind: 'ResourceQuota' }],
  });

  it('passes a rendered app that keeps to its project', () => {
    const rendered: RenderedApp = {
      name: 'web',
      spec: appSpec('web', {}),
      objects: [obj('apps/v1', 'Deployment', 'web', 'web'), obj('v1', 'Namespace', 'web')],
      children: [],
      problems: [],
      warnings: [],
    };
    expect(checkApp(rendered, projects(team))).toEqual([]);
  });

  it('reports a missing project and nothing else', () => {
    const v = checkApp({ spec: appSpec('web', { project: 'nope' }), objects: [obj('v1', 'Node', 'n')] }, projects(team));
    expect(v).toEqual([
      {
        app: 'web',
        project: 'nope',
        rule: 'project-missing',
        message: 'Application referencing project nope which does not exist',
        file: 'apps/web.yaml',
        line: 3,
      },
    ]);
  });

  it('treats an empty project as default, and the implicit default project allows everything', () => {
    const loaded = new Map([['default', { project: implicitDefaultProject(), origin: { file: '', line: 0 }, implicit: true }]]);
    const objects = [obj('rbac.authorization.k8s.io/v1', 'ClusterRole', 'x'), obj('apps/v1', 'Deployment', 'd', 'anywhere')];
    const spec = appSpec('web', { project: '', source: { repoURL: 'https://example.com/any.git' }, destination: { server: 'https://elsewhere', namespace: 'x' } });
    expect(checkApp({ spec, objects }, loaded)).toEqual([]);
  });

  it('reports repo, destination and resources with Argo CD wording and the resource key', () => {
    const spec = appSpec('web', {
      sources: [
        { repoURL: 'https://github.com/org/apps.git', path: 'a' },
        { repoURL: 'https://gitlab.com/evil/charts.git', chart: 'x' },
        { repoURL: 'https://gitlab.com/evil/charts.git', ref: 'values' },
      ],
      destination: { server: 'https://kubernetes.default.svc', namespace: 'db' },
    });
    const objects = [
      obj('rbac.authorization.k8s.io/v1', 'ClusterRole', 'admin'),
      obj('v1', 'ResourceQuota', 'q', 'db'),
      obj('apps/v1', 'Deployment', 'ok', 'web'),
      obj('apps/v1', 'Deployment', 'in-dest-ns', 'db'),
      obj('v1', 'ConfigMap', 'elsewhere', 'kube-system'),
    ];
    const v = checkApp({ spec, objects }, projects(team));
    expect(v.map((x) => [x.rule, x.message, x.resource?.name])).toEqual([
      ['source-repo', "application repo https://gitlab.com/evil/charts.git is not permitted in project 'team'", undefined],
      [
        'destination',
        "application destination server 'https://kubernetes.default.svc' and namespace 'db' do not match any of the allowed destinations in project 'team'",
        undefined,
      ],
      ['cluster-resource', 'resource rbac.authorization.k8s.io:ClusterRole is not permitted in project team', 'admin'],
      ['namespaced-resource', 'resource :ResourceQuota is not permitted in project team', 'q'],
      // in-dest-ns lives in the namespace already reported for the app
      ['destination', "namespace kube-system is not permitted in project 'team'", 'elsewhere'],
    ]);
    expect(v[2].resource).toEqual({ group: 'rbac.authorization.k8s.io', kind: 'ClusterRole', namespace: '', name: 'admin' });
    expect(v.every((x) => x.app === 'web' && x.project === 'team' && x.file === 'apps/web.yaml' && x.line === 3)).toBe(true);
  });

  it("knows custom kinds' scope from CRDs in the app's own output", () => {
    const crd = obj('apiextensions.k8s.io/v1', 'CustomResourceDefinition', 'widgets.example.com', undefined, {
      group: 'example.com',
      names: { kind: 'Widget' },
      scope: 'Cluster',
    });
    const p = project('team', {
      sourceRepos: ['*'],
      destinations: [{ server: '*', namespace: '*' }],
      clusterResourceWhitelist: [{ group: 'apiextensions.k8s.io', kind: '*' }],
    });
    const v = checkApp({ spec: appSpec('web', {}), objects: [crd, obj('example.com/v1', 'Widget', 'w')] }, projects(p));
    expect(v.map((x) => [x.rule, x.message])).toEqual([
      ['cluster-resource', 'resource example.com:Widget is not permitted in project team'],
    ]);
  });

  it('matches a destination by name, and by server through the cluster map', () => {
    const p = project('team', {
      sourceRepos: ['*'],
      destinations: [
        { name: 'prod', namespace: 'web' },
        { server: 'https://stage.example.com', namespace: 'web' },
      ],
    });
    const byName = (name: string) => appSpec('web', { destination: { name, namespace: 'web' } });
    expect(checkApp({ spec: byName('prod'), objects: [] }, projects(p))).toEqual([]);
    const stage = checkApp({ spec: byName('stage'), objects: [] }, projects(p));
    expect(stage.map((x) => x.message)).toEqual([
      "application destination name 'stage' and namespace 'web' do not match any of the allowed destinations in project 'team'",
    ]);
    const clusters = new Map([['stage', 'https://stage.example.com']]);
    expect(checkApp({ spec: byName('stage'), objects: [] }, projects(p), { clusters })).toEqual([]);
    const prodByServer = appSpec('web', { destination: { server: 'https://prod.example.com', namespace: 'web' } });
    expect(checkApp({ spec: prodByServer, objects: [] }, projects(p))).toHaveLength(1);
    const prodClusters = new Map([['prod', 'https://prod.example.com']]);
    expect(checkApp({ spec: prodByServer, objects: [] }, projects(p), { clusters: prodClusters })).toEqual([]);
  });

  it('stops at sourceNamespaces: an app outside the control plane namespace needs a match', () => {
    const objects = [obj('v1', 'Node', 'n')];
    const outside = appSpec('web', { source: { repoURL: 'https://other/x' } }, 'team-a');
    expect(checkApp({ spec: outside, objects }, projects(team)).map((x) => [x.rule, x.message])).toEqual([
      ['source-namespace', "application 'web' in namespace 'team-a' is not allowed to use project team"],
    ]);
    const allowed = project('team', { ...team.spec, sourceNamespaces: ['team-*'] });
    expect(checkApp({ spec: outside, objects }, projects(allowed)).map((x) => x.rule)).toEqual([
      'source-repo',
      'cluster-resource',
    ]);
    // a different control-plane namespace
    const inCp = appSpec('web', {}, 'gitops');
    expect(checkApp({ spec: inCp, objects: [] }, projects(team), { controlPlaneNamespace: 'gitops' })).toEqual([]);
    expect(checkApp({ spec: inCp, objects: [] }, projects(team))).toHaveLength(1);
  });
});
