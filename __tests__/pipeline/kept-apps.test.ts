// Which base apps stay on the head because what generates them fails there (kept-apps.ts). The
// previews in render-all.test.ts and pr-errors.test.ts run the real renders; this covers the chains.
import type { AppSpec, Origin } from '../../src/model/argocd.js';
import type { K8sObject } from '../../src/model/k8s.js';
import { keptApps } from '../../src/pipeline/kept-apps.js';
import type { RepoRender } from '../../src/pipeline/render-repo.js';
import type { RenderedApp } from '../../src/render/types.js';

const cm = (name: string): K8sObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name } });

function app(name: string, origin: Partial<Origin> = {}, opts: { failed?: boolean; objects?: K8sObject[] } = {}): RenderedApp {
  const spec: AppSpec = {
    app: { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name }, spec: { project: 'default', destination: { namespace: name } } } as AppSpec['app'],
    origin: { file: 'apps.yaml', line: 1, ...origin },
  };
  const problems = opts.failed ? [{ app: name, message: 'broken' }] : [];
  return { name, spec, objects: opts.failed ? [] : (opts.objects ?? [cm(name)]), children: [], problems, warnings: [] };
}

function side(rendered: RenderedApp[], problems: RepoRender['problems'] = [], appSets: string[] = []): RepoRender {
  return {
    loaded: { apps: [], appSets: appSets.map((n) => ({ appSet: { metadata: { name: n } }, origin: { file: 'sets.yaml', line: 1 } })), projects: new Map(), clusters: [], problems: [], locators: new Map() } as unknown as RepoRender['loaded'],
    rendered,
    problems,
    toolVersions: {},
    notes: [],
  };
}

describe('keptApps', () => {
  it('keeps a failing parent’s children and their own children, with one note for the cause', () => {
    const base = side([app('root'), app('child', { parentApp: 'root' }), app('grandchild', { parentApp: 'child' }), app('other')]);
    const head = side([app('root', {}, { failed: true }), app('other')]);
    const kept = keptApps(base, head);
    expect(kept.apps.map((a) => a.name)).toEqual(['child', 'grandchild']);
    expect(kept.notes).toEqual(['root fails to render on the head: the Applications in its last output stay as they are, so they are kept as on the base']);
  });

  it('keeps the apps of an ApplicationSet that errs and generates nothing, not those of one that generates fewer', () => {
    const base = side([app('web-a', { appSet: 'web' }), app('web-b', { appSet: 'web' }), app('db-a', { appSet: 'db' }), app('db-b', { appSet: 'db' })], [], ['web', 'db']);
    const head = side([app('db-a', { appSet: 'db' })], [{ app: 'web', message: 'map has no entry for key "region"' }], ['web', 'db']);
    const kept = keptApps(base, head);
    expect(kept.apps.map((a) => a.name)).toEqual(['web-a', 'web-b']);
    expect(kept.notes).toEqual(["ApplicationSet web fails on the head: Argo CD's controller changes none of its Applications until it generates again, so they are kept as on the base"]);
  });

  it('keeps nothing for an ApplicationSet the head deletes, or one that errs while it still generates', () => {
    const base = side([app('web-a', { appSet: 'web' }), app('web-b', { appSet: 'web' })], [], ['web']);
    expect(keptApps(base, side([], [], [])).apps).toEqual([]);
    const partial = side([app('web-a', { appSet: 'web' })], [{ app: 'web', message: 'a warning-like error' }], ['web']);
    expect(keptApps(base, partial).apps).toEqual([]);
  });

  it('never stands in for an app the head has', () => {
    const base = side([app('root'), app('child', { parentApp: 'root' })]);
    const head = side([app('root', {}, { failed: true }), app('child', {}, { objects: [cm('moved')] })]);
    expect(keptApps(base, head)).toEqual({ apps: [], notes: [] });
  });
});
