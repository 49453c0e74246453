// Which base apps must render: the rule table of affected-apps, and the git facts it is fed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AppSpec, ApplicationSource } from '../../src/model/argocd.js';
import type { K8sObject } from '../../src/model/k8s.js';
import { affectedApps, mergeBase, readTreeFacts, type AffectedInput, type TreeFacts } from '../../src/pipeline/affected-apps.js';
import type { RenderedApp } from '../../src/render/types.js';

const LOCAL = 'https://github.com/example/gitops.git';

function spec(name: string, source: Partial<ApplicationSource> | Partial<ApplicationSource>[], extra: { parentApp?: string; appSet?: string } = {}): AppSpec {
  const sources = (Array.isArray(source) ? source : [source]).map((s) => ({ repoURL: LOCAL, ...s }));
  return {
    app: {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name },
      spec: { project: 'default', destination: { namespace: 'x' }, ...(sources.length > 1 ? { sources } : { source: sources[0] }) },
    },
    origin: { file: 'apps/apps.yaml', line: 1, ...extra },
  } as AppSpec;
}

function rendered(s: AppSpec, opts: { children?: AppSpec[]; problems?: boolean; objects?: K8sObject[] } = {}): RenderedApp {
  const children = opts.children ?? [];
  const objects = [...(opts.objects ?? []), ...children.map((c) => c.app as unknown as K8sObject)];
  return {
    name: s.app.metadata.name,
    spec: s,
    objects,
    children: children.map((c) => c.app.metadata.name),
    problems: opts.problems ? [{ message: 'boom' }] : [],
    warnings: [],
  };
}

const FILES = [
  'apps/apps.yaml',
  'plain/cm.yaml',
  'plain/sub/deep.yaml',
  'other/cm.yaml',
  'kust/kustomization.yaml',
  'jsonnet/main.jsonnet',
  'charts/web/Chart.yaml',
  'charts/web/templates/d.yaml',
  'values/prod.yaml',
  'overridden/.argocd-source.yaml',
  'overridden/cm.yaml',
];

function tree(changes: Partial<TreeFacts> = {}): TreeFacts {
  return { changed: [], files: FILES, links: [], revisionMentions: [], remoteFetches: [], ...changes };
}

function affected(baseApps: AppSpec[], head: RenderedApp[], facts: TreeFacts, more: Partial<AffectedInput> = {}): Map<string, string> {
  return affectedApps({ baseApps, head, tree: facts, isLocal: (url) => url === LOCAL, ...more });
}

/** Whether the one app `s` (the same spec on both sides) must render on the base given `facts`. */
function reason(s: AppSpec, facts: TreeFacts): string | undefined {
  return affected([s], [rendered(s)], facts).get(s.app.metadata.name);
}

describe('affectedApps', () => {
  const plain = spec('plain', { path: 'plain' });

  it('skips an app whose spec, config and read directories are unchanged', () => {
    expect(reason(plain, tree({ changed: ['other/cm.yaml', 'plainer/x.yaml'] }))).toBeUndefined();
  });

  it('renders a directory app when a file anywhere below its path changed (recurse or not)', () => {
    expect(reason(plain, tree({ changed: ['plain/sub/deep.yaml'] }))).toBe('plain/sub/deep.yaml changed');
    expect(reason(plain, tree({ changed: ['plain/new.yaml'] }))).toBe('plain/new.yaml changed');
  });

  it('renders an app under an untracked or ignored directory of the checkout', () => {
    expect(reason(plain, tree({ changed: ['plain/'] }))).toBe('plain/ changed');
    expect(reason(spec('root', { path: '.' }), tree({ changed: ['.cache/'] }))).toBe('.cache/ changed');
  });

  it('takes the whole repo for Kustomize, Jsonnet and parameter override files', () => {
    const facts = tree({ changed: ['other/cm.yaml'] });
    expect(reason(spec('k', { path: 'kust' }), facts)).toBe('other/cm.yaml changed');
    expect(reason(spec('k2', { path: 'plain', kustomize: { namePrefix: 'a-' } }), facts)).toBe('other/cm.yaml changed');
    expect(reason(spec('j', { path: 'jsonnet' }), facts)).toBe('other/cm.yaml changed');
    expect(reason(spec('l', { path: 'plain', directory: { jsonnet: { libs: ['vendor'] } } }), facts)).toBe('other/cm.yaml changed');
    expect(reason(spec('o', { path: 'overridden' }), facts)).toBe('other/cm.yaml changed');
    expect(reason(spec('k', { path: 'kust' }), tree())).toBeUndefined();
    expect(reason(spec('k', { path: 'kust' }), tree({ remoteFetches: ['base/kustomization.yaml'] }))).toBe('base/kustomization.yaml may fetch remote content');
  });

  it('renders a Helm app when its chart, a value file (relative, absolute or $ref) or a file parameter changed', () => {
    const web = (helm: ApplicationSource['helm']) => spec('web', { path: 'charts/web', helm });
    expect(reason(web({}), tree({ changed: ['charts/web/templates/d.yaml'] }))).toBe('charts/web/templates/d.yaml changed');
    expect(reason(web({ valueFiles: ['../../values/prod.yaml'] }), tree({ changed: ['values/prod.yaml'] }))).toBe('values/prod.yaml changed');
    expect(reason(web({ valueFiles: ['/values/prod.yaml'] }), tree({ changed: ['values/prod.yaml'] }))).toBe('values/prod.yaml changed');
    expect(reason(web({ fileParameters: [{ name: 'a', path: '../../values/prod.yaml' }] }), tree({ changed: ['values/prod.yaml'] }))).toBe('values/prod.yaml changed');
    expect(reason(web({ valueFiles: ['../../values/prod.yaml'] }), tree({ changed: ['values/dev.yaml'] }))).toBeUndefined();
    const withRef = spec('web', [{ path: 'charts/web', helm: { valueFiles: ['$vals/values/prod.yaml'] } }, { ref: 'vals' }]);
    expect(reason(withRef, tree({ changed: ['values/prod.yaml'] }))).toBe('values/prod.yaml changed');
    expect(reason(withRef, tree({ changed: ['values/dev.yaml'] }))).toBeUndefined();
  });

  it('renders a Helm app whose chart has dependencies, or whose value file is remote or uses a variable', () => {
    expect(reason(spec('web', { path: 'charts/web' }), tree({ remoteFetches: ['charts/web/Chart.yaml'] }))).toBe('charts/web/Chart.yaml may fetch remote content');
    expect(reason(spec('web', { path: 'charts/web', helm: { valueFiles: ['https://example.com/v.yaml'] } }), tree())).toBe('value file https://example.com/v.yaml is remote');
    expect(reason(spec('web', { path: 'charts/web', helm: { valueFiles: ['values-$ARGOCD_APP_NAME.yaml'] } }), tree())).toMatch(/uses a variable/);
  });

  it('renders apps with a remote source, a Helm repository chart or a path outside the repo', () => {
    expect(reason(spec('r', { repoURL: 'https://github.com/other/repo.git', path: 'x' }), tree())).toBe('source https://github.com/other/repo.git is not this repository');
    expect(reason(spec('r', [{ path: 'plain' }, { repoURL: 'https://github.com/other/values.git', ref: 'v' }]), tree())).toMatch(/is not this repository/);
    expect(reason(spec('c', { repoURL: LOCAL, chart: 'nginx', targetRevision: '1.0.0' }), tree())).toBe('chart nginx comes from a Helm repository');
    expect(reason(spec('u', { path: '../up' }), tree())).toBe('path ../up leaves the repository');
  });

  it('renders apps whose output depends on the revision, which base and head never share', () => {
    expect(reason(spec('v', { path: 'plain', helm: { parameters: [{ name: 'rev', value: '$ARGOCD_APP_REVISION' }] } }), tree())).toMatch(/ARGOCD_APP_REVISION/);
    expect(reason(plain, tree({ revisionMentions: ['plain/cm.yaml'] }))).toBe('plain/cm.yaml mentions $ARGOCD_APP_REVISION');
  });

  it('renders apps that read through a symlink or submodule', () => {
    expect(reason(plain, tree({ links: ['plain/link.yaml'] }))).toBe('plain/link.yaml is a symlink or submodule');
    expect(reason(spec('s', { path: 'linked/dir' }), tree({ links: ['linked'] }))).toBe('linked is a symlink or submodule');
  });

  it('renders an app whose spec or argocd-cm changed, or that the head lacks or failed to render', () => {
    const moved = spec('plain', { path: 'plain', directory: { recurse: true } });
    expect(affected([plain], [rendered(moved)], tree()).get('plain')).toBe('its spec changed');
    const relocated = { ...plain, origin: { ...plain.origin, line: 7 } };
    expect(affected([plain], [rendered(relocated)], tree()).get('plain')).toBe('its spec changed');
    const cm = { baseArgocdCm: { 'kustomize.buildOptions': '--a' }, headArgocdCm: { 'kustomize.buildOptions': '--b' } };
    expect(affected([plain], [rendered(plain)], tree(), cm).get('plain')).toBe('argocd-cm changed');
    expect(affected([plain], [rendered(plain)], tree(), { baseArgocdCm: { a: '1' }, headArgocdCm: { a: '1' } }).get('plain')).toBeUndefined();
    expect(affected([plain], [], tree()).get('plain')).toBe('not rendered once on the head');
    expect(affected([plain], [rendered(plain, { problems: true })], tree()).get('plain')).toBe('plain failed to render on the head');
  });

  it('compares generated apps by their generated spec', () => {
    const gen = (path: string) => spec('gen-a', { path }, { appSet: 'gen' });
    expect(affected([gen('plain')], [rendered(gen('plain'))], tree()).get('gen-a')).toBeUndefined();
    expect(affected([gen('plain')], [rendered(gen('other'))], tree()).get('gen-a')).toBe('its spec changed');
  });

  it('treats a parent and its app-of-apps descendants as one unit', () => {
    const root = spec('root', { path: 'apps' });
    const child = spec('child', { path: 'plain' }, { parentApp: 'root' });
    const head = [rendered(root, { children: [child] }), rendered(child)];
    expect(affected([root], head, tree()).get('root')).toBeUndefined();
    expect(affected([root], head, tree({ changed: ['plain/cm.yaml'] })).get('root')).toBe('child: plain/cm.yaml changed');
    expect(affected([root], head, tree({ changed: ['apps/apps.yaml'] })).get('root')).toBe('apps/apps.yaml changed');
  });

  it('renders units that share Application names, whose claims depend on each other', () => {
    const a = spec('a', { path: 'apps' });
    const b = spec('b', { path: 'plain' });
    const child = spec('c', { path: 'other' }, { parentApp: 'a' });
    const head = [rendered(a, { children: [child] }), rendered(child), rendered(b, { objects: [child.app as unknown as K8sObject] })];
    const out = affected([a, b], head, tree());
    expect(out.get('a')).toBe('shares Application names with b');
    expect(out.get('b')).toBe('shares Application names with a');
  });

  it('renders apps whose name is not unique among the base apps', () => {
    expect(affected([plain, plain], [rendered(plain)], tree()).get('plain')).toBe('its name is not unique');
  });
});

describe('mergeBase', () => {
  const a = spec('a', { path: 'apps' });
  const child = spec('c', { path: 'other' }, { parentApp: 'a' });
  const b = spec('b', { path: 'plain' });

  it('keeps the base order, taking rendered units from the partial render and the rest from the head', () => {
    const head = [rendered(b), rendered(a, { children: [child] }), rendered(child)];
    const partial = [rendered(b, { objects: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'base' } }] })];
    const merged = mergeBase([a, b], partial, head)!;
    expect(merged.map((r) => r.name)).toEqual(['a', 'c', 'b']);
    expect(merged[2]).toBe(partial[0]);
    expect(merged[0]).toBe(head[1]);
  });

  it('gives up when a rendered base app names an Application a reused unit owns', () => {
    const head = [rendered(a, { children: [child] }), rendered(child), rendered(b)];
    const partial = [rendered(b, { objects: [child.app as unknown as K8sObject] })];
    expect(mergeBase([a, b], partial, head)).toBeUndefined();
  });
});

describe('readTreeFacts', () => {
  const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } });
  const write = (dir: string, path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  let dir: string;
  let baseDir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tree-facts-'));
    git(dir, 'init', '-q', '-b', 'main');
    write(dir, 'a/one.yaml', 'one');
    write(dir, 'moved/from.yaml', 'same content, renamed');
    write(dir, 'charts/web/Chart.yaml', 'name: web\ndependencies:\n- name: db\n');
    write(dir, 'charts/api/Chart.yaml', 'name: api\n');
    write(dir, 'kust/remote/kustomization.yaml', 'resources:\n- github.com/example/base//app?ref=v1\n');
    write(dir, 'kust/local/kustomization.yaml', 'resources:\n- ../remote\n');
    write(dir, '.gitignore', 'ignored/\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    baseDir = join(dir, '..', `${dir.split('/').pop()}-base`);
    git(dir, 'worktree', 'add', '-q', '--detach', baseDir, 'HEAD');
    git(dir, 'mv', 'moved/from.yaml', 'moved/to.yaml');
    write(dir, 'a/one.yaml', 'one, changed');
    write(dir, 'b/rev.yaml', 'value: $ARGOCD_APP_REVISION');
    symlinkSync('../a/one.yaml', join(dir, 'b/link.yaml'));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'head');
    write(dir, 'untracked/x.yaml', 'x');
    write(dir, 'ignored/y.yaml', 'y');
    write(dir, 'charts/api/Chart.yaml', 'name: api, edited but not committed\n');
  });
  afterAll(() => {
    rmSync(baseDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists changed paths (both sides of a rename, working-tree changes too), links, revision mentions and files that fetch remote content', async () => {
    const facts = (await readTreeFacts(dir, baseDir, 10_000))!;
    expect([...facts.changed].sort()).toEqual(
      ['a/one.yaml', 'b/link.yaml', 'b/rev.yaml', 'charts/api/Chart.yaml', 'ignored/', 'moved/from.yaml', 'moved/to.yaml', 'untracked/'].sort(),
    );
    expect(facts.files).toContain('charts/api/Chart.yaml');
    expect(facts.links).toEqual(['b/link.yaml']);
    expect(facts.revisionMentions).toEqual(['b/rev.yaml']);
    expect([...facts.remoteFetches].sort()).toEqual(['charts/web/Chart.yaml', 'kust/remote/kustomization.yaml']);
  });

  it('gives nothing (so everything renders) outside a git checkout', async () => {
    const plainDir = mkdtempSync(join(tmpdir(), 'no-git-'));
    try {
      expect(await readTreeFacts(plainDir, plainDir, 10_000)).toBeUndefined();
    } finally {
      rmSync(plainDir, { recursive: true, force: true });
    }
  });
});
