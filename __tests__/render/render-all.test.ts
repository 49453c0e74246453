// renderAll over real directory sources in the fixture repo (rendered by renderAppManifests from the
// local checkout through the real resolver).
import { fileURLToPath } from 'node:url';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { expandAppSet } from '../../src/appset/expand.js';
import type { AppSpec } from '../../src/model/argocd.js';
import { writeRenderedApps } from '../../src/pipeline/manifest-files.js';
import { previewPullRequest, type PreviewResult } from '../../src/pipeline/pr-preview.js';
import { renderRepo } from '../../src/pipeline/render-repo.js';
import { renderAll } from '../../src/render/render-all.js';
import { createRepoResolver } from '../../src/render/repos/resolver.js';
import type { RenderContext, RenderedApp, RepoResolver } from '../../src/render/types.js';
import { readSettings } from '../../src/settings.js';
import { createToolLocator } from '../../src/render/tools/locator.js';

const REPO = fileURLToPath(new URL('../fixtures/repos', import.meta.url));
const URL_ = 'https://github.com/example/gitops.git';

function spec(name: string, path: string, namespace = name): AppSpec {
  return {
    app: {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name, namespace: 'argocd' },
      spec: {
        project: 'default',
        source: { repoURL: URL_, targetRevision: 'HEAD', path: `app-of-apps/${path}` },
        destination: { server: 'https://kubernetes.default.svc', namespace },
      },
    },
    origin: { file: `specs/${name}.yaml`, line: 3 },
  };
}

async function context(repos?: RepoResolver): Promise<RenderContext> {
  return {
    repoRoot: REPO,
    tools: createToolLocator({ download: false }),
    repos: repos ?? (await createRepoResolver({ checkoutDir: REPO, cacheDir: mkdtempSync(join(tmpdir(), 'ra-')), repoUrl: URL_, timeoutMs: 10_000 })),
    timeoutMs: 10_000,
    expandAppSet: (appSet, origin) => expandAppSet(appSet, origin, { repoRoot: REPO, clusters: [] }),
  };
}

const byName = (results: RenderedApp[]) => Object.fromEntries(results.map((r) => [r.name, r]));
const names = (r: RenderedApp) => r.objects.map((o) => `${o.kind}/${o.metadata.name}`);

describe('app-of-apps', () => {
  it('renders Applications found in output recursively and lists them as children', async () => {
    const results = await renderAll([spec('root', 'root', 'argocd')], await context(), { concurrency: 2 });
    expect(results.map((r) => r.name)).toEqual(['root', 'child-a', 'leaf', 'child-b']);
    const r = byName(results);
    expect(r.root.children).toEqual(['child-a', 'child-b']);
    expect(names(r.root)).toEqual(['ConfigMap/root-config', 'Application/child-a', 'Application/child-b']);
    expect(r['child-a'].children).toEqual(['leaf']);
    // A child is located where its parent's output writes it, not at the parent's spec.
    expect(r['child-a'].spec.origin).toEqual({ file: 'app-of-apps/root/apps.yaml', line: 1, parentApp: 'root' });
    expect(r['child-b'].spec.origin).toEqual({ file: 'app-of-apps/root/apps.yaml', line: 16, parentApp: 'root' });
    expect(r.root.definedAt).toEqual({ 'Application/child-a': { file: 'app-of-apps/root/apps.yaml', line: 1 }, 'Application/child-b': { file: 'app-of-apps/root/apps.yaml', line: 16 } });
    expect(r.leaf.spec.origin.parentApp).toBe('child-a');
    expect(r.leaf.objects).toHaveLength(1);
    expect(r.leaf.objects[0].metadata.annotations?.['argocd.argoproj.io/tracking-id']).toBe('leaf:/ConfigMap:leaf/leaf-config');
    for (const x of results) expect(x.problems).toEqual([]);
  });

  it('reports a cycle as an output problem of the app that closes it, keeps its objects and stops following it', async () => {
    const results = await renderAll([spec('cycle-x', 'cycle/x')], await context(), { concurrency: 1 });
    expect(results.map((r) => r.name)).toEqual(['cycle-x', 'cycle-y']);
    const y = byName(results)['cycle-y'];
    expect(y.problems).toEqual([]);
    expect(y.outputProblems).toEqual([
      { file: 'app-of-apps/cycle/y/app.yaml', line: 1, app: 'cycle-y', message: 'app-of-apps cycle: cycle-x → cycle-y → cycle-x' },
    ]);
    expect(names(y)).toEqual(['Application/cycle-x']);
  });

  it('accepts an app that manages its own Application', async () => {
    const [self, ...rest] = await renderAll([spec('self', 'self', 'argocd')], await context(), { concurrency: 1 });
    expect(rest).toEqual([]);
    expect(self.problems).toEqual([]);
    expect(self.children).toEqual([]);
    expect(names(self)).toEqual(['ConfigMap/self-config', 'Application/self']);
  });

  it('reports an Application name rendered by two parents on the later one', async () => {
    const results = await renderAll([spec('dup-p1', 'dup/p1'), spec('dup-p2', 'dup/p2')], await context(), { concurrency: 2 });
    expect(results.map((r) => r.name)).toEqual(['dup-p1', 'dup-child', 'dup-p2']);
    const r = byName(results);
    expect(r['dup-p1'].problems).toEqual([]);
    expect(r['dup-p2'].problems).toEqual([]);
    expect(r['dup-p2'].outputProblems?.map((p) => p.message)).toEqual(['Application dup-child is rendered by dup-p1 and rendered by dup-p2; names must be unique']);
    expect(r['dup-p2'].children).toEqual([]);
  });

  it('does not render a child twice when it is also a given app', async () => {
    const results = await renderAll([spec('root', 'root', 'argocd'), spec('child-b', 'apps/b')], await context(), { concurrency: 2 });
    expect(results.map((r) => r.name)).toEqual(['root', 'child-a', 'leaf', 'child-b']);
    expect(byName(results).root.children).toEqual(['child-a', 'child-b']);
    expect(byName(results).root.warnings).toEqual([]);

    const differing = await renderAll([spec('root', 'root', 'argocd'), spec('child-b', 'apps/leaf')], await context(), { concurrency: 2 });
    expect(byName(differing).root.warnings).toEqual(['Application child-b rendered by root differs from the one defined in specs/child-b.yaml:3; the latter was rendered']);
  });

  it('stops at the depth limit with a problem on the app whose child is too deep', async () => {
    const results = await renderAll([spec('root', 'root', 'argocd')], await context(), { concurrency: 2, maxDepth: 1 });
    expect(results.map((r) => r.name)).toEqual(['root', 'child-a', 'child-b']);
    expect(byName(results)['child-a'].problems).toEqual([]);
    expect(byName(results)['child-a'].outputProblems?.map((p) => p.message)).toEqual(['app-of-apps nesting deeper than 1 levels: root → child-a → leaf']);
  });

  it('gives an invalid child Application its own error, where it is written, and leaves its parent rendered', async () => {
    const [parent, child, ...rest] = await renderAll([spec('invalid-parent', 'invalid')], await context(), { concurrency: 1 });
    expect(rest).toEqual([]);
    expect(parent.problems).toEqual([]);
    expect(parent.outputProblems).toBeUndefined();
    expect(names(parent)).toEqual(['ConfigMap/invalid-parent-config', 'Application/no-destination']);
    expect(parent.children).toEqual(['no-destination']);
    expect(child).toMatchObject({ name: 'no-destination', objects: [], invalidSpec: true });
    expect(child.problems.length).toBeGreaterThan(0);
    expect(child.problems[0]).toMatchObject({ file: 'app-of-apps/invalid/app.yaml', line: 1, app: 'no-destination' });
    expect(child.problems[0].message).toContain('(in Application no-destination rendered by invalid-parent)');
    expect(child.problems[0].field).toMatch(/^spec\.destination/);
  });
});

describe('ApplicationSets in an app\'s output', () => {
  it('renders the Applications they generate as children, after the Applications in the output', async () => {
    const results = await renderAll([spec('appsets-root', 'appsets/root', 'argocd')], await context(), { concurrency: 2 });
    expect(results.map((r) => r.name)).toEqual(['appsets-root', 'plain-child', 'gen-one', 'gen-two']);
    const r = byName(results);
    for (const x of results) expect(x.problems).toEqual([]);
    expect(r['appsets-root'].children).toEqual(['plain-child', 'gen-one', 'gen-two']);
    expect(names(r['appsets-root'])).toEqual(['Application/plain-child', 'ApplicationSet/envs']);
    expect(r['gen-one'].spec.origin).toEqual({ file: 'app-of-apps/appsets/root/apps.yaml', line: 2, parentApp: 'appsets-root', appSet: 'envs' });
    expect(r['plain-child'].spec.origin).toEqual({ file: 'app-of-apps/appsets/root/apps.yaml', line: 26, parentApp: 'appsets-root' });
    // Generated like a top-level ApplicationSet's apps: its namespace, the finalizer, parameters filled in.
    expect(r['gen-two'].spec.app.metadata).toMatchObject({ namespace: 'argocd', finalizers: ['resources-finalizer.argocd.argoproj.io'] });
    expect(r['gen-two'].objects.map((o) => o.metadata.annotations?.['argocd.argoproj.io/tracking-id'])).toEqual(['gen-two:/ConfigMap:gen-two/b-config']);
  });

  it('leaves them alone when the context cannot expand them', async () => {
    const { expandAppSet: _, ...ctx } = await context();
    const results = await renderAll([spec('appsets-root', 'appsets/root', 'argocd')], ctx, { concurrency: 1 });
    expect(results.map((r) => r.name)).toEqual(['appsets-root', 'plain-child']);
  });

  it("gives an invalid or failing ApplicationSet its own error, where it is written, and leaves the parent rendered", async () => {
    const [parent, ...rest] = await renderAll([spec('appsets-invalid', 'appsets/invalid')], await context(), { concurrency: 1 });
    expect(rest).toEqual([]);
    expect(names(parent)).toEqual(['ConfigMap/invalid-appsets-config', 'ApplicationSet/bad-frame', 'ApplicationSet/bad-template']);
    expect(parent.children).toEqual([]);
    expect(parent.problems).toEqual([]);
    const own = parent.outputProblems ?? [];
    expect(own).toHaveLength(2);
    expect(own[0]).toMatchObject({ file: 'app-of-apps/appsets/invalid/appsets.yaml', app: 'bad-frame', field: 'spec.generators' });
    expect(own[0].message).toContain('(in ApplicationSet bad-frame rendered by appsets-invalid)');
    expect(own[1]).toMatchObject({ file: 'app-of-apps/appsets/invalid/appsets.yaml', app: 'bad-template' });
    expect(own[1].field).toMatch(/^spec\.template/);
    expect(own[1].message).toMatch(/region.*\(in ApplicationSet bad-template rendered by appsets-invalid\)$/);
  });

  it('reports a generated name that a given app already has, and renders the other generated ones', async () => {
    const results = await renderAll([spec('child-b', 'apps/b'), spec('appsets-collide', 'appsets/collide')], await context(), { concurrency: 2 });
    expect(results.map((r) => r.name)).toEqual(['child-b', 'appsets-collide', 'taker-own']);
    const parent = byName(results)['appsets-collide'];
    expect(parent.children).toEqual(['taker-own']);
    expect(parent.problems).toEqual([]);
    expect(parent.outputProblems).toEqual([
      {
        file: 'app-of-apps/appsets/collide/appset.yaml',
        line: 2,
        generatedBy: 'taker',
        app: 'appsets-collide',
        message: 'Application child-b is defined in specs/child-b.yaml:3 and generated by ApplicationSet taker (rendered by appsets-collide); names must be unique',
      },
    ]);
  });

  it('names an app given as generated by the same ApplicationSet as a child instead of rendering it again', async () => {
    const given: AppSpec = { ...spec('gen-one', 'apps/b'), origin: { file: 'specs/envs.yaml', line: 1, appSet: 'envs' } };
    given.app.spec.destination.namespace = 'gen-one';
    const results = await renderAll([spec('appsets-root', 'appsets/root', 'argocd'), given], await context(), { concurrency: 2 });
    expect(results.map((r) => r.name)).toEqual(['appsets-root', 'plain-child', 'gen-two', 'gen-one']);
    const root = byName(results)['appsets-root'];
    expect(root.children).toEqual(['plain-child', 'gen-one', 'gen-two']);
    expect(root.problems).toEqual([]);
  });
});

describe('render command output (renderRepo, then writeRenderedApps, as the CLI runs them)', () => {
  const APPSET_REPO = fileURLToPath(new URL('../fixtures/render/appset-of-apps', import.meta.url));
  const settingsFor = (repo: string) => {
    const inputs: Record<string, string> = { repo, 'repo-url': 'https://github.com/example/appset-of-apps.git' };
    return readSettings((name) => inputs[name] ?? '', { mode: 'render', installMissingTools: false, cacheDir: mkdtempSync(join(tmpdir(), 'ra-cache-')) });
  };

  it("writes a file for each Application that an ApplicationSet in a Helm chart's output generates", async () => {
    const result = await renderRepo(settingsFor(APPSET_REPO));
    expect(result.problems).toEqual([]);
    expect(result.rendered.flatMap((a) => a.problems)).toEqual([]);

    const out = mkdtempSync(join(tmpdir(), 'ra-out-'));
    await writeRenderedApps(out, result.rendered);
    expect(readdirSync(out).sort()).toEqual(['metrics.yaml', 'platform.yaml', 'root.yaml', 'tools.yaml', 'web-production.yaml', 'web-staging.yaml']);
    const read = (file: string) => parseAllDocuments(readFileSync(join(out, file), 'utf8')).map((d) => d.toJS());
    expect(read('root.yaml').map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['Application/tools', 'ApplicationSet/web']);
    const [cm] = read('web-production.yaml');
    expect(cm.metadata).toMatchObject({ name: 'web', namespace: 'web-production' });
    expect(cm.metadata.annotations['argocd.argoproj.io/tracking-id']).toBe('web-production:/ConfigMap:web-production/web');
  });

  it('expands an ApplicationSet that the repo specs hold and a root app renders only once, reporting it once', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'ra-repo-'));
    cpSync(APPSET_REPO, repo, { recursive: true });
    // Generates nothing: missing key. The repo-level problem is the only one; the root app is fine.
    const broken = readFileSync(join(repo, 'argocd/platform/appset.yaml'), 'utf8')
      .replace('name: platform-tools', 'name: broken-tools')
      .replace('goTemplate: true', 'goTemplate: true\n  goTemplateOptions: ["missingkey=error"]')
      .replace("'{{ .name }}'", "'{{ .missing }}'");
    writeFileSync(join(repo, 'argocd/platform/broken.yaml'), broken);
    const result = await renderRepo(settingsFor(repo));
    expect(result.rendered.filter((a) => a.name === 'metrics').map((a) => a.spec.origin)).toEqual([{ file: 'argocd/platform/appset.yaml', line: 1, appSet: 'platform-tools' }]);
    const platform = result.rendered.find((a) => a.name === 'platform')!;
    expect(platform.children).toEqual(['metrics']);
    expect(platform.problems).toEqual([]);
    expect(platform.warnings).toEqual([]);
    expect(result.problems.map((p) => [p.file, p.app])).toEqual([['argocd/platform/broken.yaml', 'broken-tools']]);
  });
});

describe('PR preview deletions by ApplicationSets in rendered output', () => {
  const APPSET_REPO = fileURLToPath(new URL('../fixtures/render/appset-of-apps', import.meta.url));
  /** The fixture as base, and a copy with `edit` applied to one file as head. */
  async function preview(file: string, edit: (text: string) => string) {
    const base = mkdtempSync(join(tmpdir(), 'ra-base-'));
    const head = mkdtempSync(join(tmpdir(), 'ra-head-'));
    cpSync(APPSET_REPO, base, { recursive: true });
    cpSync(APPSET_REPO, head, { recursive: true });
    writeFileSync(join(head, file), edit(readFileSync(join(head, file), 'utf8')));
    const inputs: Record<string, string> = { repo: head, 'repo-url': 'https://github.com/example/appset-of-apps.git' };
    const settings = readSettings((name) => inputs[name] ?? '', { mode: 'diff', installMissingTools: false, cacheDir: mkdtempSync(join(tmpdir(), 'ra-cache-')) });
    return previewPullRequest(settings, { baseDir: base, headDir: head }, { marker: 'm' });
  }

  it('warns about the Applications it no longer generates', async () => {
    const result = await preview('root-chart/values.yaml', () => 'envs: [staging]\n');
    expect(result.appSetDeletions).toEqual([{ appSet: 'web', removed: ['web-production'], preserved: false }]);
  });

  it('reads preserveResourcesOnDeletion from it', async () => {
    const result = await preview('root-chart/templates/appset.yaml', (t) =>
      t.replace('spec:\n  generators:', 'spec:\n  syncPolicy:\n    preserveResourcesOnDeletion: true\n  generators:').replace('{{- range .Values.envs }}', '{{- range (list "staging") }}'),
    );
    expect(result.appSetDeletions).toEqual([{ appSet: 'web', removed: ['web-production'], preserved: true }]);
  });

  it('deletes nothing when it is invalid on the head, or its app fails to render there', async () => {
    const invalid = await preview('root-chart/templates/appset.yaml', (t) => t.replace('  generators:\n    - list:', '  generators:\n    list:'));
    // The invalid ApplicationSet has the error; the app whose chart renders it does not.
    expect(invalid.failedApps).toEqual([]);
    expect(invalid.problems).toEqual([expect.objectContaining({ app: 'web', file: 'root-chart/templates/appset.yaml', field: 'spec.generators' })]);
    expect(invalid.appSetDeletions).toEqual([]);
    // Argo CD's controller changes none of its Applications: they compare unchanged, not removed.
    const status = (r: PreviewResult, name: string) => r.diffs.find((d) => d.name === name)?.status;
    expect(invalid.changedApps.map((a) => a.name)).toEqual(['root']);
    expect([status(invalid, 'web-production'), status(invalid, 'web-staging')]).toEqual(['unchanged', 'unchanged']);
    expect(invalid.renderNotes).toContain("ApplicationSet web fails on the head: Argo CD's controller changes none of its Applications until it generates again, so they are kept as on the base");
    const unrendered = await preview('root-chart/templates/tools.yaml', (t) => `{{ fail "broken" }}\n${t}`);
    expect(unrendered.failedApps).toEqual(['root']);
    expect(unrendered.appSetDeletions).toEqual([]);
    // The root syncs nothing while it fails (an error, not a change): its children, and what the ApplicationSet in its output generated, stay.
    expect(unrendered.changedApps).toEqual([]);
    expect(['tools', 'web-production', 'web-staging'].map((n) => status(unrendered, n))).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(unrendered.renderNotes).toContain('root fails to render on the head: the Applications in its last output stay as they are, so they are kept as on the base');
  });

  it('removes the Applications of an ApplicationSet the head deletes', async () => {
    const result = await preview('root-chart/templates/appset.yaml', () => '');
    expect(result.changedApps.map((a) => `${a.name}:${a.status}`).sort()).toEqual(['root:changed', 'web-production:removed', 'web-staging:removed']);
    expect(result.renderNotes.filter((n) => n.includes('kept as on the base'))).toEqual([]);
  });
});

describe('isolation and concurrency', () => {
  it('turns one app failure into its problems and renders the others', async () => {
    const results = await renderAll([spec('broken', 'no/such/dir'), spec('fine', 'apps/b')], await context(), { concurrency: 2 });
    const r = byName(results);
    expect(r.broken.objects).toEqual([]);
    expect(r.broken.problems).toHaveLength(1);
    expect(r.broken.problems[0]).toMatchObject({ file: 'specs/broken.yaml', app: 'broken' });
    expect(r.fine.problems).toEqual([]);
    expect(names(r.fine)).toEqual(['ConfigMap/b-config']);
  });

  it('never renders more apps at once than the concurrency allows', async () => {
    let active = 0;
    let peak = 0;
    const repos: RepoResolver = {
      async gitDir() {
        peak = Math.max(peak, ++active);
        await new Promise((resolve) => setTimeout(resolve, 40));
        active--;
        return REPO;
      },
      helmChart: () => Promise.reject(new Error('no charts here')),
    };
    const apps = ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => spec(`app-${n}`, 'apps/b'));
    const results = await renderAll(apps, await context(repos), { concurrency: 2 });
    expect(results.every((r) => r.problems.length === 0)).toBe(true);
    expect(peak).toBe(2);
  });
});
