// Each app's input hash changes exactly when a file its render reads changes (Kustomize graph, Helm
// chart and values, Jsonnet imports, directory globs, override files), or its spec, the argocd-cm
// settings rendering reads or the tool versions; and it is unknown where the reads cannot be known.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AppSpec, ApplicationSource, ArgoCdConfig } from '../../src/model/argocd.js';
import { createInputHasher } from '../../src/render/inputs/app-inputs.js';
import type { AppInputs } from '../../src/render/types.js';
import type { PluginDef, PluginSpec } from '../../src/render/plugin/definitions.js';
import { WORK_COPY_PREFIX } from '../../src/render/workdir.js';

const URL = 'https://git.example.com/gitops.git';
const TREE: Record<string, string> = {
  'base/kustomization.yaml': 'resources: [deploy.yaml]\n',
  'base/deploy.yaml': 'kind: Deployment\n',
  'base/unused.yaml': 'kind: ConfigMap\n',
  'components/c/kustomization.yaml': 'kind: Component\npatches:\n  - path: p.yaml\n',
  'components/c/p.yaml': 'patch\n',
  'overlay/kustomization.yaml': [
    'resources: [../base, extra.yaml]',
    'components: [../components/c]',
    'patches:\n  - path: patch.yaml',
    'patchesStrategicMerge:\n  - smp.yaml\n  - |-\n    kind: Deployment',
    'configMapGenerator:\n  - name: cfg\n    files: [app.properties, key=other.txt]\n    envs: [env.txt]',
    'replacements:\n  - path: repl.yaml',
    'crds: [crd.yaml]',
    'images:\n  - name: nginx\n    newTag: "1"',
    '',
  ].join('\n'),
  'overlay/extra.yaml': 'kind: Service\n',
  'overlay/patch.yaml': 'p\n',
  'overlay/smp.yaml': 's\n',
  'overlay/app.properties': 'a=1\n',
  'overlay/other.txt': 'o\n',
  'overlay/env.txt': 'E=1\n',
  'overlay/repl.yaml': 'r\n',
  'overlay/crd.yaml': 'c\n',
  'overlay/notes.md': 'not read\n',
  'charts/web/Chart.yaml': 'name: web\nversion: 1.0.0\ndependencies:\n  - name: lib\n    version: 0.1.0\n    repository: file://../lib\n',
  'charts/web/templates/d.yaml': 'kind: Deployment\n',
  'charts/lib/Chart.yaml': 'name: lib\nversion: 0.1.0\n',
  'charts/lib/templates/_h.tpl': 'h\n',
  'charts/other/Chart.yaml': 'name: other\n',
  'values/prod.yaml': 'x: 1\n',
  'values/unused.yaml': 'x: 2\n',
  'jsonnet/main.jsonnet': "local l = import /* the shared lib */ 'lib.libsonnet';\nlocal t = importstr \"data.txt\";\nl + { t: t }\n",
  'jsonnet/data.txt': 'd\n',
  'jsonnet/other.jsonnet': '{}\n',
  'libs/lib.libsonnet': "(import 'deep.libsonnet') + {}\n",
  'libs/deep.libsonnet': '{}\n',
  'libs/unrelated.libsonnet': '{}\n',
  'plain/a.yaml': 'kind: ConfigMap\n',
  'plain/skip.yaml': 'kind: ConfigMap\n',
  'plain/readme.txt': 'text\n',
  'plain/sub/deep.yaml': 'kind: ConfigMap\n',
  'apps/root.yaml': 'kind: Application\n',
};

let repo: string;
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'inputs-'));
  for (const [path, text] of Object.entries(TREE)) write(path, text);
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

function app(source: Partial<ApplicationSource>, name = 'app'): AppSpec {
  return {
    app: {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name },
      spec: { project: 'default', destination: { namespace: 'x' }, source: { repoURL: URL, ...source } },
    },
    origin: { file: 'apps/a.yaml', line: 1 },
  } as AppSpec;
}

/** A fresh hasher each time, as each run (and each side of a preview) has its own. */
function inputs(spec: AppSpec, opts: { cm?: ArgoCdConfig; tools?: Record<string, string>; revision?: string; plugins?: PluginDef[] } = {}): Promise<AppInputs> {
  const repos = { gitDir: async () => repo, helmChart: async () => repo };
  return createInputHasher({ repoRoot: repo, revision: opts.revision ?? 'rev1', argocdCm: opts.cm, repos, toolVersion: async (tool) => (opts.tools ?? { helm: 'v3' })[tool] ?? 'none', plugins: opts.plugins }).inputs(spec);
}

function pluginDef(name: string, discover: Partial<PluginSpec['discover']> = {}): PluginDef {
  return {
    name,
    file: 'cmp.yaml',
    line: 1,
    spec: {
      version: '',
      init: { command: [], args: [] },
      generate: { command: ['sh', '-c', 'cat *.yaml'], args: [] },
      discover: { fileName: '', find: { command: [], args: [], glob: '' }, ...discover },
      parameters: { static: [], dynamic: { command: [], args: [] } },
      preserveFileMode: false,
      provideGitCreds: false,
    },
  };
}

async function hash(spec: AppSpec, opts: Parameters<typeof inputs>[1] = {}): Promise<string> {
  const r = await inputs(spec, opts);
  if (r.hash === undefined) throw new Error(`unknown: ${r.reason}`);
  return r.hash;
}

/** Which of `paths` change the hash when edited (one at a time, from the same starting tree). */
async function readsOf(spec: AppSpec, paths: string[]): Promise<string[]> {
  const before = await hash(spec);
  const out: string[] = [];
  for (const p of paths) {
    const old = existsSync(join(repo, p)) ? readFileSync(join(repo, p), 'utf8') : undefined;
    write(p, `${old ?? ''}\n# changed\n`);
    if ((await hash(spec)) !== before) out.push(p);
    if (old === undefined) rmSync(join(repo, p));
    else write(p, old);
  }
  return out;
}

describe('input hashes', () => {
  it('plugin: the whole repository, the plugin definitions and the revision count', async () => {
    const plugins = [pluginDef('cmp')];
    const spec = app({ path: 'plain', plugin: { name: 'cmp' } });
    const opts = { plugins };
    const before = await hash(spec, opts);
    expect(await hash(spec, opts)).toBe(before);
    write('values/unused.yaml', 'x: 3\n'); // outside the app's path: a plugin may read it
    const edited = await hash(spec, opts);
    expect(edited).not.toBe(before);
    expect(await hash(spec, { plugins: [pluginDef('cmp', { fileName: '*.yaml' })] })).not.toBe(edited);
    expect(await hash(spec, { plugins, revision: 'rev2' })).not.toBe(edited);
  });

  it('plugin discovery: which plugin a fileName or glob rule picks counts; a find.command rule makes the whole tree count', async () => {
    const plain = app({ path: 'plain' });
    const byFile = { plugins: [pluginDef('cmp', { fileName: '*.marker' })] };
    const byCommand = { plugins: [pluginDef('cmp', { find: { command: ['sh', '-c', 'ls'], args: [], glob: '' } })] };
    const [file0, command0] = [await hash(plain, byFile), await hash(plain, byCommand)];
    write('libs/unrelated.libsonnet', '{ changed: true }\n');
    expect(await hash(plain, byFile)).toBe(file0); // no rule matches: a directory app's inputs
    const command1 = await hash(plain, byCommand);
    expect(command1).not.toBe(command0);
    write('plain/x.marker', '');
    const file1 = await hash(plain, byFile);
    expect(file1).not.toBe(file0); // now a plugin app
    write('values/unused.yaml', 'x: 4\n');
    expect(await hash(plain, byFile)).not.toBe(file1); // and the whole repository counts
  });

  it('kustomize: the whole graph is read, nothing else', async () => {
    const spec = app({ path: 'overlay' });
    const read = Object.keys(TREE).filter((p) => p.startsWith('overlay/') || p.startsWith('base/') || p.startsWith('components/'));
    expect(await readsOf(spec, [...read, 'values/prod.yaml'])).toEqual(read.filter((p) => !['overlay/notes.md', 'base/unused.yaml'].includes(p)));
    // Creating a second kustomization file or a component dir's file counts too.
    const before = await hash(spec);
    write('base/kustomization.yml', 'x');
    expect(await hash(spec)).not.toBe(before);
  });

  it('kustomize: spec components are followed; remote bases and unknown fields make the set unknown', async () => {
    write('more/kustomization.yaml', 'kind: Component\n');
    const spec = app({ path: 'base', kustomize: { components: ['../more'] } });
    expect(await readsOf(spec, ['more/kustomization.yaml', 'overlay/extra.yaml'])).toEqual(['more/kustomization.yaml']);
    write('base/kustomization.yaml', 'resources: [https://github.com/org/repo//base?ref=main]\n');
    expect(await inputs(app({ path: 'base' }))).toEqual({ hash: undefined, reason: 'resources https://github.com/org/repo//base?ref=main is remote' });
    write('base/kustomization.yaml', 'someFutureField: [x]\n');
    expect((await inputs(app({ path: 'base' }))).hash).toBeUndefined();
    write('base/kustomization.yaml', 'resources: [a\n');
    expect((await inputs(app({ path: 'base' }))).hash).toBeUndefined();
  });

  it('kustomize: a base shared by several apps of one run counts for each of them, parsed or broken', async () => {
    write('overlay2/kustomization.yaml', 'resources: [../base]\n');
    const specs = [app({ path: 'overlay' }, 'a'), app({ path: 'overlay2' }, 'b'), app({ path: 'base' }, 'c')];
    const repos = { gitDir: async () => repo, helmChart: async () => repo };
    const shared = () => createInputHasher({ repoRoot: repo, revision: 'rev1', repos, toolVersion: async (tool) => ({ helm: 'v3' } as Record<string, string>)[tool] ?? 'none' });
    const together = async () => {
      const hasher = shared();
      return Promise.all(specs.map((s) => hasher.inputs(s)));
    };
    // One hasher for all apps (as in a run) gives each app the hash a hasher of its own gives it.
    expect(await together()).toEqual(await Promise.all(specs.map((s) => inputs(s))));
    expect(await readsOf(specs[1], ['base/deploy.yaml', 'base/kustomization.yaml'])).toEqual(['base/deploy.yaml', 'base/kustomization.yaml']);
    write('base/kustomization.yaml', 'resources: [a\n');
    expect((await together()).map((r) => r.hash)).toEqual([undefined, undefined, undefined]);
  });

  it('helm: the chart directory, file:// dependencies and the named value files', async () => {
    const spec = app({ path: 'charts/web', helm: { valueFiles: ['../../values/prod.yaml', 'missing.yaml'], ignoreMissingValueFiles: true } });
    const candidates = ['charts/web/templates/d.yaml', 'charts/lib/templates/_h.tpl', 'values/prod.yaml', 'values/unused.yaml', 'charts/other/Chart.yaml', 'charts/web/missing.yaml'];
    expect(await readsOf(spec, candidates)).toEqual(['charts/web/templates/d.yaml', 'charts/lib/templates/_h.tpl', 'values/prod.yaml', 'charts/web/missing.yaml']);
    write('charts/web/Chart.yaml', 'name: web\ndependencies:\n  - name: r\n    version: ^1.0.0\n    repository: https://charts.example.com\n');
    expect((await inputs(spec)).hash).toBeUndefined();
  });

  it('jsonnet: imports through the -J libs, candidates that do not exist yet included', async () => {
    const spec = app({ path: 'jsonnet', directory: { jsonnet: { libs: ['libs'] } } });
    const candidates = ['jsonnet/main.jsonnet', 'jsonnet/data.txt', 'libs/lib.libsonnet', 'libs/deep.libsonnet', 'libs/unrelated.libsonnet', 'jsonnet/lib.libsonnet', 'jsonnet/deep.libsonnet'];
    expect(await readsOf(spec, candidates)).toEqual(['jsonnet/main.jsonnet', 'jsonnet/data.txt', 'libs/lib.libsonnet', 'libs/deep.libsonnet', 'jsonnet/lib.libsonnet']);
  });

  it('directory: the manifests include/exclude/recurse select, and the skip marker', async () => {
    const flat = app({ path: 'plain', directory: { exclude: 'skip.yaml' } });
    expect(await readsOf(flat, ['plain/a.yaml', 'plain/skip.yaml', 'plain/readme.txt', 'plain/sub/deep.yaml'])).toEqual(['plain/a.yaml']);
    const deep = app({ path: 'plain', directory: { recurse: true } });
    expect(await readsOf(deep, ['plain/a.yaml', 'plain/sub/deep.yaml', 'plain/readme.txt', 'plain/new.yaml'])).toEqual(['plain/a.yaml', 'plain/sub/deep.yaml', 'plain/new.yaml']);
    // A render's temporary work copy inside the directory is not the user's file.
    const before = await hash(deep);
    write(`plain/${WORK_COPY_PREFIX}x1/a.yaml`, 'kind: ConfigMap\n');
    expect(await hash(deep)).toBe(before);
  });

  it('parameter override files and symlink targets count', async () => {
    const overlay = app({ path: 'overlay' });
    expect(await readsOf(overlay, ['overlay/.argocd-source.yaml', 'overlay/.argocd-source-app.yaml', 'overlay/.argocd-source-other.yaml'])).toEqual([
      'overlay/.argocd-source.yaml',
      'overlay/.argocd-source-app.yaml',
    ]);
    const spec = app({ path: 'plain' });
    symlinkSync('../values/prod.yaml', join(repo, 'plain/link.yaml'));
    expect(await readsOf(spec, ['values/prod.yaml'])).toEqual(['values/prod.yaml']);
  });

  it('never reads through a link out of the checkout (the render refuses it), nor from a pipe', async () => {
    // A hostile PR: reading /dev/zero would never end.
    symlinkSync('/dev/zero', join(repo, 'overlay/.argocd-source.yaml'));
    expect(await inputs(app({ path: 'overlay' }))).toEqual({ hash: undefined, reason: 'repository contains out-of-bounds symlinks. file: overlay/.argocd-source.yaml' });
    // Every app of the checkout: the render of each refuses the checkout too.
    expect(await inputs(app({ path: 'charts/web' }))).toMatchObject({ hash: undefined, reason: expect.stringMatching(/out-of-bounds symlinks/) });
    rmSync(join(repo, 'overlay/.argocd-source.yaml'));
    // A pipe in a chart (a directory handed to the CLI may hold one) counts by its kind, unread.
    execFileSync('mkfifo', [join(repo, 'charts/web/templates/pipe.yaml')]);
    expect(await hash(app({ path: 'charts/web' }))).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the spec, the argocd-cm keys rendering reads and the versions of the tools it runs count; other settings do not', async () => {
    const spec = app({ path: 'overlay' });
    const h = await hash(spec);
    expect(await hash(app({ path: 'overlay' }, 'renamed'))).not.toBe(h);
    expect(await hash(spec, { cm: { 'kustomize.buildOptions': '--enable-helm' } })).not.toBe(h);
    expect(await hash(spec, { cm: { 'application.instanceLabelKey': 'x' } })).not.toBe(h);
    expect(await hash(spec, { cm: { 'resource.customizations': 'x', 'url': 'https://argo' } })).toBe(h);
    // Only the tools the app's sources run count: kustomize here, helm for a chart.
    expect(await hash(spec, { tools: { helm: 'v3', kustomize: 'v6' } })).not.toBe(h);
    expect(await hash(spec, { tools: { helm: 'v4' } })).toBe(h);
    const chart = app({ path: 'charts/web' });
    expect(await hash(chart, { tools: { helm: 'v4' } })).not.toBe(await hash(chart));
    // The revision counts only where something mentions it.
    expect(await hash(spec, { revision: 'rev2' })).toBe(h);
    const mentions = app({ path: 'charts/web', helm: { parameters: [{ name: 'rev', value: '$ARGOCD_APP_REVISION' }] } });
    expect(await hash(mentions, { revision: 'rev2' })).not.toBe(await hash(mentions));
  });

  it('says whether the inputs may define Applications (app-of-apps), and gives up on inexact charts', async () => {
    expect(await inputs(app({ path: 'apps' }))).toMatchObject({ mayDefineApps: true });
    expect(await inputs(app({ path: 'plain' }))).toMatchObject({ mayDefineApps: false });
    expect(await inputs(app({ path: 'plain', plugin: { name: 'cmp' } }))).toMatchObject({ mayDefineApps: true });
    expect(await inputs(app({ chart: 'web', targetRevision: '1.2.3' }))).toMatchObject({ mayDefineApps: true });
    // A version range counts by the version it resolves to (the pulled chart's Chart.yaml).
    const ranged = app({ chart: 'web', targetRevision: '1.x' });
    write('Chart.yaml', 'name: web\nversion: 1.2.3\n');
    const h = await hash(ranged);
    write('Chart.yaml', 'name: web\nversion: 1.2.4\n');
    expect(await hash(ranged)).not.toBe(h);
    write('Chart.yaml', 'name: web\nversion: latest\n');
    expect((await inputs(ranged)).hash).toBeUndefined();
  });
});
