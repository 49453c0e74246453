// A hostile pull request against the real tools, through the whole render pipeline (renderRepo):
// credentials are planted in the action's environment and inputs, files with planted values lie just
// outside the repository, and each app tries one way to read them (Jsonnet import/importstr/importbin,
// a chart symlink read with .Files.Get, value files, file parameters, kustomize resources, symlinks in
// the checkout and in cloned repositories). Each must be that app's clear error, the valid apps beside
// them must still render, and no planted value may appear anywhere in the result. Every tool runs
// through a wrapper that records the environment it was given.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { runDiffMode } from '../../src/action/diff-mode.js';
import { renderRepo, type RepoRender } from '../../src/pipeline/render-repo.js';
import { findOnPath } from '../../src/render/tools/locate.js';
import { readSettings } from '../../src/settings.js';
import { captureIO } from '../support/capture-io.js';
import { FakeGitHub } from '../support/github-server.js';

const PLANTED_ENV = {
  'INPUT_GITHUB-TOKEN': 'planted-input-github-token-5d1e',
  'INPUT_REPO-TOKEN': 'planted-input-repo-token-9c2a',
  'INPUT_HELM-REPO-CREDENTIALS': '[{"url":"oci://registry.example.com","username":"ci","password":"planted-input-helm-password-77b0"}]',
  INPUT_KUBECONFIG: 'planted-input-kubeconfig-client-key-e41f',
  GITHUB_TOKEN: 'planted-github-token-0a9b',
  ACTIONS_RUNTIME_TOKEN: 'planted-actions-runtime-token-3c6d',
  GITOPS_SYNC_REPO_TOKEN: 'planted-cli-repo-token-81fe',
};
const PLANTED_INPUTS = { 'repo-token': 'planted-repo-token-input-6e2c', helmPassword: 'planted-helm-password-input-b7d4' };
const PLANTED_FILES = { outside: 'planted-outside-file-4f0c', values: 'planted-outside-values-2b8e', dir: 'planted-outside-dir-c3a1' };
const PLANTED = [...Object.values(PLANTED_ENV).map((v) => (v.startsWith('[') ? 'planted-input-helm-password-77b0' : v)), ...Object.values(PLANTED_INPUTS), ...Object.values(PLANTED_FILES)];

const cm = (name: string, data: Record<string, string> = { ok: 'true' }) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n${Object.entries(data).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`).join('\n')}\n`;
const jsonnetCm = (name: string, data: string) => `{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: '${name}' }, data: ${data} }\n`;
const chart = (name: string, template: string) => ({
  'Chart.yaml': `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`,
  'templates/cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n${template}\n`,
});

let work: string;
const LOCAL_URL = 'https://github.com/example/hostile.git';

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function commit(repo: string): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
  git('init', '--quiet', '--initial-branch', 'main');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'fixture');
}

interface AppDef {
  name: string;
  source?: Record<string, unknown>;
  sources?: Record<string, unknown>[];
}

function appsYaml(apps: AppDef[]): string {
  return apps
    .map(({ name, source, sources }) =>
      JSON.stringify({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Application',
        metadata: { name, namespace: 'argocd' },
        spec: {
          project: 'default',
          ...(sources ? { sources: sources.map((s) => ({ targetRevision: 'HEAD', ...s })) } : { source: { targetRevision: 'HEAD', ...source } }),
          destination: { server: 'https://kubernetes.default.svc', namespace: 'hostile' },
        },
      }),
    )
    .join('\n---\n');
}

/** A wrapper per tool that appends the environment it got to dumps/<tool>.env, then runs the real tool. */
function wrapTools(): string {
  const wrap = join(work, 'wrap');
  mkdirSync(join(work, 'dumps'), { recursive: true });
  mkdirSync(wrap);
  for (const tool of ['helm', 'kustomize', 'jsonnet', 'jsonnet-deps', 'git']) {
    const real = findOnPath(tool);
    if (!real) throw new Error(`${tool} is not installed (scripts/tools/install.sh)`);
    const dump = join(work, 'dumps', `${tool}.env`);
    writeFileSync(join(wrap, tool), `#!/bin/sh\n/usr/bin/env >> '${dump}'\necho '--' >> '${dump}'\nexec '${real}' "$@"\n`);
    chmodSync(join(wrap, tool), 0o755);
  }
  return wrap;
}

/** A git repository served to the resolver as a remote (cloned into the cache over file://). */
function remote(name: string, files: Record<string, string>, links: Record<string, string> = {}): string {
  const repo = join(work, 'remotes', name);
  writeTree(repo, files);
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    symlinkSync(target, join(repo, path));
  }
  commit(repo);
  return `file://${repo}`;
}

async function render(checkout: string, wrap: string): Promise<RepoRender> {
  const inputs: Record<string, string> = {
    repo: checkout,
    'repo-url': LOCAL_URL,
    'repo-token': PLANTED_INPUTS['repo-token'],
    'helm-repo-credentials': JSON.stringify([{ url: 'https://charts.example.com', username: 'ci', password: PLANTED_INPUTS.helmPassword }]),
    'helm-path': join(wrap, 'helm'),
    'kustomize-path': join(wrap, 'kustomize'),
    'jsonnet-path': join(wrap, 'jsonnet'),
    concurrency: '2',
  };
  const settings = readSettings((n) => inputs[n] ?? '', { mode: 'render', installMissingTools: false, cacheDir: join(work, 'cache') });
  return renderRepo(settings);
}

function expectNoPlanted(value: unknown): void {
  const text = JSON.stringify(value);
  for (const planted of PLANTED) expect(text).not.toContain(planted);
}

const saved = process.env;
let wrap: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'hostile-pr-'));
  wrap = wrapTools();
  process.env = { ...saved, ...PLANTED_ENV, PATH: `${wrap}${delimiter}${saved.PATH ?? ''}` };
  // Files just outside every repository, each holding a planted value a tool would happily render.
  writeTree(work, {
    x: jsonnetCm('outside', `{ s: '${PLANTED_FILES.outside}' }`),
    'outside-values.yaml': `leak: ${PLANTED_FILES.values}\n`,
    'outside-cm.yaml': cm('outside', { s: PLANTED_FILES.outside }),
    'outside-dir/secret.txt': PLANTED_FILES.dir,
    'outside-lib/evil.libsonnet': `{ s: '${PLANTED_FILES.dir}' }`,
    'outside-kust/kustomization.yaml': 'resources:\n- cm.yaml\n',
    'outside-kust/cm.yaml': cm('outside-kust', { s: PLANTED_FILES.dir }),
    'outside-chart/Chart.yaml': 'apiVersion: v2\nname: outside\nversion: 0.1.0\n',
    'outside-chart/templates/cm.yaml': cm('outside-chart', { s: PLANTED_FILES.dir }),
  });
});
afterAll(() => {
  process.env = saved;
  rmSync(work, { recursive: true, force: true });
});

const problemOf = (result: RepoRender, name: string) => {
  const app = result.rendered.find((a) => a.name === name);
  if (!app) throw new Error(`no app ${name}`);
  return app;
};

describe('a hostile pull request renders no credential and no file outside the repository', () => {
  let result: RepoRender;
  beforeAll(async () => {
    const checkout = join(work, 'checkout');
    writeTree(checkout, {
      'valid-dir/cm.yaml': cm('valid-dir'),
      'valid-jsonnet/main.jsonnet': "local c = import 'common.libsonnet';\n" + jsonnetCm('valid-jsonnet', "{ name: c.name, note: importstr 'note.txt', fromCode: std.extVar('lib') }"),
      'valid-jsonnet/note.txt': 'hello',
      'jsonnet-lib/common.libsonnet': "{ name: 'from-lib' }",
      ...Object.fromEntries(Object.entries(chart('valid-helm', '  note: {{ .Files.Get "files/note.txt" | quote }}\n  v: {{ .Values.v | quote }}')).map(([k, v]) => [`valid-helm/${k}`, v])),
      'valid-helm/files/note.txt': 'from-chart',
      'valid-helm/values.yaml': 'v: default\n',
      'valid-helm/values-prod.yaml': 'v: prod\n',
      'valid-kustomize/kustomization.yaml': 'resources:\n- cm.yaml\n',
      'valid-kustomize/cm.yaml': cm('valid-kustomize'),
      'j-environ/main.jsonnet': jsonnetCm('environ', "{ env: importstr '/proc/self/environ' }"),
      'j-passwd/main.jsonnet': jsonnetCm('passwd', "{ p: importstr '/etc/passwd' }"),
      'j-importbin/main.jsonnet': jsonnetCm('bin', "{ n: std.toString(importbin '/proc/self/environ') }"),
      'j-parent/main.jsonnet': "import '../../x'\n",
      'j-devzero/main.jsonnet': jsonnetCm('devzero', "{ z: importstr '/dev/zero' }"),
      'j-nested/main.jsonnet': "(import 'inner.libsonnet')\n",
      'j-nested/inner.libsonnet': jsonnetCm('nested', "{ env: importstr '../../x' }"),
      'j-libs/main.jsonnet': "(import 'evil.libsonnet')\n",
      'j-extcode/main.jsonnet': jsonnetCm('extcode', "{ p: std.extVar('p') }"),
      ...Object.fromEntries(Object.entries(chart('h-values', '  leak: {{ .Values.leak | quote }}')).map(([k, v]) => [`h-values/${k}`, v])),
      ...Object.fromEntries(Object.entries(chart('h-passwd', '  leak: {{ .Values.leak | quote }}')).map(([k, v]) => [`h-passwd/${k}`, v])),
      ...Object.fromEntries(Object.entries(chart('h-fileparam', '  leak: {{ .Values.leak | quote }}')).map(([k, v]) => [`h-fileparam/${k}`, v])),
      // kustomize's own root-only load restrictor refuses a generator file outside the kustomization
      'h-dep/Chart.yaml': 'apiVersion: v2\nname: h-dep\nversion: 0.1.0\ndependencies:\n- name: outside\n  version: 0.1.0\n  repository: file://../../outside-chart\n',
      'h-dep/templates/cm.yaml': cm('h-dep'),
      'k-file/kustomization.yaml': 'configMapGenerator:\n- name: leak\n  files:\n  - ../../outside-dir/secret.txt\n',
      'k-resource/kustomization.yaml': 'resources:\n- ../../outside-cm.yaml\n',
      'k-dir/kustomization.yaml': 'resources:\n- ../valid-kustomize\n- ../k-base\n',
      'k-charthome/kustomization.yaml': 'helmGlobals:\n  chartHome: ../..\nhelmCharts:\n- name: outside-chart\n  releaseName: x\n  valuesFile: values.yaml\n',
      'k-charthome/values.yaml': '{}\n',
      'argocd/argocd-cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: argocd-cm\n  namespace: argocd\ndata:\n  kustomize.buildOptions: --enable-helm\n',
      'k-base/kustomization.yaml': 'resources:\n- ../../outside-kust\n',
      'apps/apps.yaml': appsYaml([
        { name: 'valid-dir', source: { repoURL: LOCAL_URL, path: 'valid-dir' } },
        { name: 'valid-jsonnet', source: { repoURL: LOCAL_URL, path: 'valid-jsonnet', directory: { jsonnet: { libs: ['jsonnet-lib'], extVars: [{ name: 'lib', value: "(import 'common.libsonnet').name", code: true }] } } } },
        { name: 'valid-helm', source: { repoURL: LOCAL_URL, path: 'valid-helm', helm: { valueFiles: ['values-prod.yaml'] } } },
        { name: 'valid-kustomize', source: { repoURL: LOCAL_URL, path: 'valid-kustomize' } },
        { name: 'j-environ', source: { repoURL: LOCAL_URL, path: 'j-environ' } },
        { name: 'j-passwd', source: { repoURL: LOCAL_URL, path: 'j-passwd' } },
        { name: 'j-importbin', source: { repoURL: LOCAL_URL, path: 'j-importbin' } },
        { name: 'j-parent', source: { repoURL: LOCAL_URL, path: 'j-parent' } },
        { name: 'j-devzero', source: { repoURL: LOCAL_URL, path: 'j-devzero' } },
        { name: 'j-nested', source: { repoURL: LOCAL_URL, path: 'j-nested' } },
        { name: 'j-libs', source: { repoURL: LOCAL_URL, path: 'j-libs', directory: { jsonnet: { libs: ['../outside-lib'] } } } },
        {
          name: 'j-extcode',
          source: { repoURL: LOCAL_URL, path: 'j-extcode', directory: { jsonnet: { extVars: [{ name: 'p', value: "importstr '/proc/self/environ'", code: true }] } } },
        },
        { name: 'h-values', source: { repoURL: LOCAL_URL, path: 'h-values', helm: { valueFiles: ['../../outside-values.yaml'] } } },
        { name: 'h-passwd', source: { repoURL: LOCAL_URL, path: 'h-passwd', helm: { valueFiles: ['../../../../../../../../../etc/passwd'] } } },
        { name: 'h-fileparam', source: { repoURL: LOCAL_URL, path: 'h-fileparam', helm: { fileParameters: [{ name: 'leak', path: '../../outside-dir/secret.txt' }] } } },
        { name: 'h-dep', source: { repoURL: LOCAL_URL, path: 'h-dep' } },
        { name: 'k-file', source: { repoURL: LOCAL_URL, path: 'k-file' } },
        { name: 'k-resource', source: { repoURL: LOCAL_URL, path: 'k-resource' } },
        { name: 'k-dir', source: { repoURL: LOCAL_URL, path: 'k-dir' } },
        { name: 'k-charthome', source: { repoURL: LOCAL_URL, path: 'k-charthome' } },
        // Symlinks, each in a repository of its own (a symlink refuses its whole repository), cloned into the cache.
        {
          name: 'r-chart-environ',
          source: { repoURL: remote('chart-environ', chart('environ', '  env: {{ .Files.Get "env" | quote }}'), { env: '/proc/self/environ' }), path: '.' },
        },
        {
          name: 'r-chart-dir',
          source: { repoURL: remote('chart-dir', chart('dir', '  s: {{ .Files.Get "files/secret.txt" | quote }}'), { files: '../../../../outside-dir' }), path: '.' },
        },
        {
          name: 'r-kustomize-link',
          source: { repoURL: remote('kustomize-link', { 'kustomization.yaml': 'resources:\n- linked.yaml\n' }, { 'linked.yaml': '../../../../outside-cm.yaml' }), path: '.' },
        },
        {
          name: 'r-dir-absolute',
          source: { repoURL: remote('dir-absolute', { 'ok.yaml': cm('ok') }, { 'cm.yaml': join(work, 'outside-cm.yaml') }), path: '.' },
        },
        {
          name: 'r-jsonnet-lib-link',
          source: { repoURL: remote('jsonnet-lib-link', { 'app/main.jsonnet': "(import 'evil.libsonnet')\n" }, { lib: join(work, 'outside-lib') }), path: 'app', directory: { jsonnet: { libs: ['lib'] } } },
        },
        {
          name: 'r-ref-link',
          sources: [
            { repoURL: LOCAL_URL, path: 'valid-helm', helm: { valueFiles: ['$vals/values.yaml'] } },
            { repoURL: remote('ref-link', { 'values.yaml': 'v: from-ref\n' }, { 'leak.yaml': '/proc/self/environ' }), ref: 'vals' },
          ],
        },
        { name: 'r-valid', source: { repoURL: remote('valid', { 'cm.yaml': cm('r-valid') }), path: '.' } },
      ]),
    });
    commit(checkout);
    result = await render(checkout, wrap);
  }, 180_000);

  it('renders the valid apps beside the hostile ones', () => {
    expect(result.problems).toEqual([]);
    for (const name of ['valid-dir', 'valid-jsonnet', 'valid-helm', 'valid-kustomize', 'r-valid']) {
      expect(problemOf(result, name).problems).toEqual([]);
      expect(problemOf(result, name).objects).toHaveLength(1);
    }
    expect(problemOf(result, 'valid-jsonnet').objects[0].data).toEqual({ name: 'from-lib', note: 'hello', fromCode: 'from-lib' });
    expect(problemOf(result, 'valid-helm').objects[0].data).toEqual({ note: 'from-chart', v: 'prod' });
  });

  it.each([
    ['j-environ', 'spec.source.path', /^jsonnet import "\/proc\/\d+\/environ" resolves outside repository root$/],
    ['j-passwd', 'spec.source.path', /^jsonnet import "\/etc\/passwd" resolves outside repository root$/],
    ['j-importbin', 'spec.source.path', /^jsonnet import "\/proc\/\d+\/environ" resolves outside repository root$/],
    ['j-parent', 'spec.source.path', /^jsonnet import ".*\/x" resolves outside repository root$/],
    // jsonnet-deps reads an import before anything can refuse it: an endless one is stopped by its memory limit
    ['j-devzero', 'spec.source.path', /^resolving jsonnet imports used more than 1024 MiB of memory and was stopped$/],
    ['j-nested', 'spec.source.path', /^jsonnet import ".*\/x" resolves outside repository root$/],
    ['j-libs', 'spec.source.directory.jsonnet.libs[0]', /^file '\.\.\/outside-lib' resolved to outside repository root$/],
    ['j-extcode', 'spec.source.path', /^jsonnet import "\/proc\/\d+\/environ" resolves outside repository root$/],
    ['h-values', 'spec.source.helm.valueFiles[0]', /^file '\.\.\/\.\.\/outside-values\.yaml' resolved to outside repository root$/],
    ['h-passwd', 'spec.source.helm.valueFiles[0]', /resolved to outside repository root$/],
    ['h-fileparam', 'spec.source.helm.fileParameters[0].path', /^file '\.\.\/\.\.\/outside-dir\/secret\.txt' resolved to outside repository root$/],
    ['k-charthome', 'spec.source.path', /^kustomization in "k-charthome": helmGlobals\.chartHome entry "\.\.\/\.\." resolves outside the repository$/],
    ['h-dep', 'spec.source.path', /^Chart\.yaml dependencies\[0\]: repository "file:\/\/\.\.\/\.\.\/outside-chart" is outside the repository$/],
    ['k-file', 'spec.source.path', /kustomize build failed: .*security; file '.*outside-dir\/secret\.txt' is not in or below/],
    ['k-resource', 'spec.source.path', /^kustomization in "k-resource": resources entry "\.\.\/\.\.\/outside-cm\.yaml" resolves outside the repository$/],
    ['k-dir', 'spec.source.path', /^kustomization in "k-base": resources entry "\.\.\/\.\.\/outside-kust" resolves outside the repository$/],
    ['r-chart-environ', 'spec.source.repoURL', /^repository contains out-of-bounds symlinks\. file: env$/],
    ['r-chart-dir', 'spec.source.repoURL', /^repository contains out-of-bounds symlinks\. file: files$/],
    ['r-kustomize-link', 'spec.source.repoURL', /^repository contains out-of-bounds symlinks\. file: linked\.yaml$/],
    ['r-dir-absolute', 'spec.source.repoURL', /^repository contains out-of-bounds symlinks\. file: cm\.yaml$/],
    ['r-ref-link', 'spec.sources[1].repoURL', /^repository contains out-of-bounds symlinks\. file: leak\.yaml$/],
    ['r-jsonnet-lib-link', 'spec.source.repoURL', /^repository contains out-of-bounds symlinks\. file: lib$/],
  ])('%s is that app’s error, naming file, app and field', (name, field, message) => {
    const app = problemOf(result, name);
    expect(app.objects).toEqual([]);
    expect(app.problems).toHaveLength(1);
    expect(app.problems[0]).toMatchObject({ file: 'apps/apps.yaml', app: name, field });
    expect(app.problems[0].message).toMatch(message);
  });

  it('puts no planted credential or outside file anywhere in the result', () => {
    expectNoPlanted(result);
  });

  it('runs every tool with the minimal environment', () => {
    // The shell of the wrapper adds PWD, SHLVL, _ and OLDPWD itself.
    const base = ['PATH', 'HOME', 'TMPDIR', 'TEMP', 'TMP', 'LANG', 'LC_ALL', 'SYSTEMROOT', 'PWD', 'SHLVL', '_', 'OLDPWD'];
    const network = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy', 'SSL_CERT_FILE', 'SSL_CERT_DIR'];
    const ssh = ['SSH_AUTH_SOCK', 'GIT_SSH', 'GIT_SSH_COMMAND'];
    const allowedFor: Record<string, string[]> = {
      helm: [...base, ...network, 'XDG_CACHE_HOME', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME'],
      kustomize: [...base, ...network, ...ssh],
      jsonnet: base,
      'jsonnet-deps': base,
      git: [...base, ...network, ...ssh, 'GIT_TERMINAL_PROMPT'],
    };
    for (const [tool, allowedNames] of Object.entries(allowedFor)) {
      const allowed = new Set(allowedNames);
      const text = readFileSync(join(work, 'dumps', `${tool}.env`), 'utf8');
      for (const planted of PLANTED) expect(text).not.toContain(planted);
      const names = new Set(text.split('\n').filter((l) => l.includes('=')).map((l) => l.slice(0, l.indexOf('='))));
      const extra = [...names].filter((n) => !allowed.has(n) && !(tool === 'kustomize' && n.startsWith('ARGOCD_APP_')) && !(tool === 'helm' && n.startsWith('HELM_')));
      expect({ tool, extra }).toEqual({ tool, extra: [] });
      // Argo CD gives the ARGOCD_APP_* variables to kustomize only.
      expect([tool, names.has('ARGOCD_APP_NAME')]).toEqual([tool, tool === 'kustomize']);
    }
  });
});

describe('an out-of-bounds symlink in the checkout refuses every app of the checkout', () => {
  it('while an app from another repository still renders', async () => {
    const checkout = join(work, 'checkout-link');
    writeTree(checkout, {
      'a/cm.yaml': cm('a'),
      ...Object.fromEntries(Object.entries(chart('c', '  env: {{ .Files.Get "env" | quote }}')).map(([k, v]) => [`c/${k}`, v])),
      'apps/apps.yaml': appsYaml([
        { name: 'a', source: { repoURL: LOCAL_URL, path: 'a' } },
        { name: 'c', source: { repoURL: LOCAL_URL, path: 'c' } },
        { name: 'other', source: { repoURL: remote('other', { 'cm.yaml': cm('other') }), path: '.' } },
      ]),
    });
    symlinkSync('/proc/self/environ', join(checkout, 'c', 'env'));
    commit(checkout);
    const result = await render(checkout, wrap);
    for (const name of ['a', 'c']) {
      expect(problemOf(result, name).problems).toEqual([
        expect.objectContaining({ app: name, field: 'spec.source.repoURL', message: 'repository contains out-of-bounds symlinks. file: c/env' }),
      ]);
    }
    expect(problemOf(result, 'other').problems).toEqual([]);
    expect(problemOf(result, 'other').objects).toHaveLength(1);
    expectNoPlanted(result);
  }, 120_000);
});

describe('without jsonnet-deps', () => {
  it('Jsonnet apps fail instead of running unchecked, saying what is missing, and other apps render', async () => {
    const checkout = join(work, 'checkout-no-deps');
    writeTree(checkout, {
      'j/main.jsonnet': jsonnetCm('j', '{}'),
      'a/cm.yaml': cm('a'),
      'apps/apps.yaml': appsYaml([
        { name: 'j', source: { repoURL: LOCAL_URL, path: 'j' } },
        { name: 'a', source: { repoURL: LOCAL_URL, path: 'a' } },
      ]),
    });
    commit(checkout);
    // jsonnet alone in its directory, and a PATH (git only) without jsonnet-deps
    const lone = join(work, 'lone');
    mkdirSync(lone);
    symlinkSync(findOnPath('jsonnet', saved.PATH)!, join(lone, 'jsonnet'));
    const pathBefore = process.env.PATH;
    process.env.PATH = ['/usr/bin', '/bin'].join(delimiter);
    expect(findOnPath('jsonnet-deps')).toBeUndefined();
    try {
      const result = await render(checkout, lone);
      // The missing tool is the Jsonnet app's problem, said once, with how to get it; nothing else fails.
      expect(result.problems).toEqual([]);
      expect(problemOf(result, 'j').problems).toEqual([expect.objectContaining({ app: 'j', field: 'spec.source', message: expect.stringMatching(/^jsonnet-deps not found beside jsonnet or on PATH: .*build it from the same go-jsonnet release/) })]);
      expect(problemOf(result, 'a').objects).toHaveLength(1);
    } finally {
      process.env.PATH = pathBefore;
    }
  }, 60_000);
});

describe('in diff mode, as the action previews the pull request', () => {
  it('puts no planted value in the comment, job summary, diff file, outputs or logs', async () => {
    const dir = join(work, 'pr');
    const valid = { name: 'valid', source: { repoURL: LOCAL_URL, path: 'valid' } };
    writeTree(dir, { 'valid/cm.yaml': cm('valid'), 'apps/apps.yaml': appsYaml([valid]) });
    commit(dir);
    const sha = () => execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
    const baseSha = sha();
    writeTree(dir, {
      'valid/cm.yaml': cm('valid', { changed: 'yes' }),
      'environ/main.jsonnet': jsonnetCm('environ', "{ env: importstr '/proc/self/environ' }"),
      'parent/main.jsonnet': "import '../../x'\n",
      ...Object.fromEntries(Object.entries(chart('values', '  leak: {{ .Values.leak | quote }}')).map(([k, v]) => [`values/${k}`, v])),
      'apps/apps.yaml': appsYaml([
        valid,
        { name: 'environ', source: { repoURL: LOCAL_URL, path: 'environ' } },
        { name: 'parent', source: { repoURL: LOCAL_URL, path: 'parent' } },
        { name: 'values', source: { repoURL: LOCAL_URL, path: 'values', helm: { valueFiles: ['../../outside-values.yaml'] } } },
        {
          name: 'chart-link',
          source: { repoURL: remote('pr-chart', chart('pr-chart', '  env: {{ .Files.Get "env" | quote }}'), { env: '/proc/self/environ' }), path: '.' },
        },
      ]),
    });
    execFileSync('git', ['add', '-A'], { cwd: dir });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'hostile'], { cwd: dir });
    const headSha = sha();

    const token = 'ghs_planted-github-token-for-the-fake-api';
    const gh = new FakeGitHub({ token, repo: 'example/hostile' });
    await gh.start();
    const runnerTemp = mkdtempSync(join(tmpdir(), 'hostile-runner-'));
    const before = process.env;
    const event = join(runnerTemp, 'event.json');
    const repo = { full_name: 'example/hostile' };
    writeFileSync(event, JSON.stringify({ action: 'opened', number: 9, pull_request: { number: 9, base: { sha: baseSha, ref: 'main', repo }, head: { sha: headSha, ref: 'evil', repo } } }));
    process.env = {
      ...before,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'example/hostile',
      GITHUB_API_URL: gh.baseUrl,
      GITHUB_WORKFLOW: 'preview',
      GITHUB_JOB: 'diff',
      RUNNER_TEMP: runnerTemp,
    };
    try {
      const inputs: Record<string, string> = {
        repo: dir,
        'repo-url': LOCAL_URL,
        'github-token': token,
        'repo-token': PLANTED_INPUTS['repo-token'],
        'helm-repo-credentials': JSON.stringify([{ url: 'https://charts.example.com', username: 'ci', password: PLANTED_INPUTS.helmPassword }]),
        'helm-path': join(wrap, 'helm'),
        'kustomize-path': join(wrap, 'kustomize'),
        'jsonnet-path': join(wrap, 'jsonnet'),
      };
      const settings = readSettings((n) => inputs[n] ?? '', { mode: 'diff', installMissingTools: false, cacheDir: join(work, 'cache') });
      const c = captureIO();
      const failure = await runDiffMode(settings, c.io);
      expect(failure).toMatch(/^4 apps failed to render/);
      expect(gh.comments).toHaveLength(1);
      const body = gh.comments[0].body;
      for (const name of ['environ', 'parent', 'values', 'chart-link']) expect(body).toContain(`\`${name}\``);
      expect(body).toContain('resolves outside repository root');
      expect(body).toContain('repository contains out-of-bounds symlinks. file: env');
      const channels = { body, summaries: c.summaries, outputs: c.outputs, logs: c.logs, diffFile: readFileSync(c.outputs['diff-file'], 'utf8') };
      expectNoPlanted(channels);
      expect(JSON.stringify(channels)).not.toContain(token);
    } finally {
      process.env = before;
      await gh.stop();
      rmSync(runnerTemp, { recursive: true, force: true });
    }
  }, 180_000);
});
