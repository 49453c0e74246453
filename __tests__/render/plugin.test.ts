// Config management plugins run for real: shell commands that call the real helm and kustomize,
// print their environment, discover apps, fail, hang, and try to reach past their copy of the
// repository. Outputs are compared with the same commands run by hand with Argo CD's environment.
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseAllDocuments } from 'yaml';
import type { AppSpec, ApplicationSource } from '../../src/model/argocd.js';
import type { K8sObject } from '../../src/model/k8s.js';
import { renderAppManifests } from '../../src/render/manifests.js';
import { loadPlugins, type PluginDef } from '../../src/render/plugin/definitions.js';
import { renderAll } from '../../src/render/render-all.js';
import { createToolLocator } from '../../src/render/tools/locator.js';
import { runTool } from '../../src/render/tools/exec.js';
import type { RenderContext } from '../../src/render/types.js';

const REPO_URL = 'https://git.example.com/platform/gitops.git';
const SHA = 'fedcba9876543210fedcba9876543210fedcba98';

const work = mkdtempSync(join(tmpdir(), 'plugin-test-'));
const repo = join(work, 'repo');

function write(rel: string, text: string, mode?: number): void {
  const file = join(repo, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  if (mode !== undefined) chmodSync(file, mode);
}

const PLUGINS = `
apiVersion: argoproj.io/v1alpha1
kind: ConfigManagementPlugin
metadata:
  name: helm-kustomize
spec:
  version: v1.0
  init:
    command: [sh, -c]
    args: ["helm dependency build chart >/dev/null"]
  generate:
    command: [sh, -c]
    args: ["helm template \\"$ARGOCD_APP_NAME\\" chart --namespace \\"$ARGOCD_APP_NAMESPACE\\" > all.yaml && kustomize build ."]
---
apiVersion: argoproj.io/v1alpha1
kind: ConfigManagementPlugin
metadata:
  name: env-dump
spec:
  generate:
    command: [node, -e]
    args:
      - |
        const data = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== '_'));
        process.stdout.write(JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'env' }, data }));
  parameters:
    static:
      - name: from-announcement
        string: announced-default
    dynamic:
      command: [sh, -c, "touch ${join(work, 'dynamic-ran')}; echo '[]'"]
---
apiVersion: argoproj.io/v1alpha1
kind: ConfigManagementPlugin
metadata:
  name: marker
spec:
  discover:
    fileName: "*.marker"
  generate:
    command: [sh, -c, 'printf "kind: ConfigMap\\napiVersion: v1\\nmetadata:\\n  name: by-marker\\n"']
---
apiVersion: argoproj.io/v1alpha1
kind: ConfigManagementPlugin
metadata:
  name: tmpl-glob
spec:
  discover:
    find:
      glob: "**/*.tmpl"
  generate:
    command: [sh, -c, 'for f in $(find . -name "*.tmpl" | sort); do echo ---; cat "$f"; done']
---
apiVersion: argoproj.io/v1alpha1
kind: ConfigManagementPlugin
metadata:
  name: z-command
spec:
  discover:
    find:
      command: [sh, -c, 'test -f use-z-command && echo yes; true']
  generate:
    command: [sh, -c, 'echo "{\\"apiVersion\\":\\"v1\\",\\"kind\\":\\"ConfigMap\\",\\"metadata\\":{\\"name\\":\\"by-command\\"}}"']
---
apiVersion: argoproj.io/v1alpha1
kind: ConfigManagementPlugin
metadata:
  name: failing
spec:
  generate:
    command: [sh, -c]
    args: ["for i in 1 2 3 4 5 6 7 8 9 10 11 12; do echo line-$i >&2; done; echo \\"token was [$GITHUB_TOKEN]\\" >&2; exit 3"]
---
apiVersion: argoproj.io/v1alpha1
kind: ConfigManagementPlugin
metadata:
  name: hanging
spec:
  generate:
    command: [sleep, "30"]
---
apiVersion: argoproj.io/v1alpha1
kind: ConfigManagementPlugin
metadata:
  name: escape
spec:
  generate:
    command: [sh, -c]
    args:
      - |
        echo tampered > config.yaml
        touch ../../planted-by-plugin
        cat ../../../outside.txt 2>/dev/null || echo "kind: ConfigMap
        apiVersion: v1
        metadata:
          name: outside-unreadable"
---
apiVersion: argoproj.io/v1alpha1
kind: ConfigManagementPlugin
metadata:
  name: run-script
spec:
  generate:
    command: [./gen.sh]
---
apiVersion: argoproj.io/v1alpha1
kind: ConfigManagementPlugin
metadata:
  name: run-script-modes
spec:
  preserveFileMode: true
  generate:
    command: [./gen.sh]
---
apiVersion: argoproj.io/v1alpha1
kind: ConfigManagementPlugin
metadata:
  name: garbage
spec:
  generate:
    command: [sh, -c, 'echo "kind: [unclosed"']
`;

let plugins: PluginDef[];

beforeAll(async () => {
  write('plugins/plugins.yaml', PLUGINS);
  // Helm + Kustomize: a chart with a file:// dependency that only `helm dependency build` provides.
  write('apps/hk/chart/Chart.yaml', 'apiVersion: v2\nname: web\nversion: 0.1.0\ndependencies:\n  - name: common\n    version: 0.1.0\n    repository: file://../common\n');
  write('apps/hk/chart/templates/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-web\ndata:\n  ns: {{ .Release.Namespace }}\n');
  write('apps/hk/common/Chart.yaml', 'apiVersion: v2\nname: common\nversion: 0.1.0\n');
  write('apps/hk/common/templates/sa.yaml', 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: {{ .Release.Name }}-common\n');
  write('apps/hk/kustomization.yaml', 'resources:\n  - all.yaml\nnamePrefix: prod-\nlabels:\n  - pairs:\n      team: a\n');
  write('apps/plain/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: plain\n');
  // Discovery: a marker file beats the kustomization next to it (plugins come first, as in Argo CD).
  write('apps/marked/app.marker', '');
  write('apps/marked/kustomization.yaml', 'resources: []\n');
  write('apps/templated/sub/a.tmpl', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: tmpl-a\n');
  write('apps/commanded/use-z-command', '');
  write('apps/commanded/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: directory-not-used\n');
  write('apps/escape/config.yaml', 'original\n');
  write('apps/script/gen.sh', '#!/bin/sh\necho "{\\"apiVersion\\":\\"v1\\",\\"kind\\":\\"ConfigMap\\",\\"metadata\\":{\\"name\\":\\"from-script\\"}}"\n', 0o755);
  writeFileSync(join(work, 'outside.txt'), 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: stolen\n');
  const loaded = await loadPlugins(repo, ['plugins/*.yaml']);
  expect(loaded.problems).toEqual([]);
  plugins = loaded.plugins;
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function app(name: string, source: Partial<ApplicationSource>, namespace = 'team-a'): AppSpec {
  return {
    app: {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name, namespace: 'argocd' },
      spec: { project: 'apps', destination: { server: 'https://kubernetes.default.svc', namespace }, source: { repoURL: REPO_URL, targetRevision: 'main', path: `apps/${name}`, ...source } },
    },
    origin: { file: `argocd/${name}.yaml`, line: 1 },
  };
}

function context(overrides: Partial<RenderContext> = {}): RenderContext {
  return {
    repoRoot: repo,
    revision: SHA,
    tools: createToolLocator({ download: false }),
    repos: { gitDir: async () => repo, helmChart: async () => Promise.reject(new Error('no charts')) },
    timeoutMs: 60_000,
    plugins,
    ...overrides,
  };
}

function yamlDocs(text: string): K8sObject[] {
  return parseAllDocuments(text)
    .map((d) => d.toJS() as K8sObject | null)
    .filter((o): o is K8sObject => o !== null);
}

describe('a Helm + Kustomize plugin', () => {
  it('runs init (helm dependency build) then generate, like the same commands run by hand with Argo CD\'s environment', async () => {
    const objects = await renderAppManifests(app('hk', { plugin: { name: 'helm-kustomize-v1.0' } }), context());

    const copy = join(work, 'by-hand');
    cpSync(repo, copy, { recursive: true });
    const env = {
      PATH: process.env.PATH!,
      HOME: process.env.HOME!,
      ARGOCD_APP_NAME: 'hk',
      ARGOCD_APP_NAMESPACE: 'team-a',
      ARGOCD_APP_PROJECT_NAME: 'apps',
      ARGOCD_APP_REVISION: SHA,
      ARGOCD_APP_REVISION_SHORT: SHA.slice(0, 7),
      ARGOCD_APP_REVISION_SHORT_8: SHA.slice(0, 8),
      ARGOCD_APP_SOURCE_REPO_URL: REPO_URL,
      ARGOCD_APP_SOURCE_PATH: 'apps/hk',
      ARGOCD_APP_SOURCE_TARGET_REVISION: 'main',
      KUBE_VERSION: '',
      KUBE_API_VERSIONS: '',
      ARGOCD_APP_PARAMETERS: 'null',
    };
    const cwd = join(copy, 'apps/hk');
    await runTool('sh', ['-c', 'helm dependency build chart >/dev/null'], { tool: 'plugin', cwd, env });
    const { stdout } = await runTool('sh', ['-c', 'helm template "$ARGOCD_APP_NAME" chart --namespace "$ARGOCD_APP_NAMESPACE" > all.yaml && kustomize build .'], { tool: 'plugin', cwd, env });
    const byHand = yamlDocs(stdout);

    expect(objects).toEqual(byHand);
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual(['ConfigMap/prod-hk-web', 'ServiceAccount/prod-hk-common']);
    expect(objects.find((o) => o.kind === 'ConfigMap')).toMatchObject({ metadata: { labels: { team: 'a' } }, data: { ns: 'team-a' } });
    // Init and generate wrote into the private copy only.
    expect(existsSync(join(repo, 'apps/hk/all.yaml'))).toBe(false);
    expect(existsSync(join(repo, 'apps/hk/chart/charts'))).toBe(false);
  });
});

describe('the plugin environment', () => {
  const saved = { ...process.env };
  beforeAll(() => {
    process.env.GITHUB_TOKEN = 'ghs_plantedRunnerToken123';
    process.env['INPUT_GITHUB-TOKEN'] = 'ghs_plantedInputToken456';
    process.env.KUBECONFIG = '/home/runner/.kube/config';
    process.env.AWS_SECRET_ACCESS_KEY = 'planted-aws-secret';
  });
  afterAll(() => {
    process.env = saved;
  });

  it('is exactly what Argo CD builds: app variables, ARGOCD_ENV_* with $VAR expansion, parameters; nothing else of the runner', async () => {
    const spec = app('envapp', {
      path: 'apps/plain',
      plugin: {
        name: 'env-dump',
        env: [
          { name: 'RELEASE', value: '$ARGOCD_APP_NAME-${ARGOCD_APP_REVISION_SHORT}' },
          { name: 'PRICE', value: '$$5 and $UNDEFINED_VAR.' },
          { name: 'TOKEN', value: '$GITHUB_TOKEN' },
          { name: 'lower.case', value: 'kept' },
        ],
        parameters: [
          { name: 'image-tag', string: 'v1.2.3' },
          { name: 'extra<args>', array: ['--a', '--b&c'] },
          { name: 'labels', map: { 'app.kubernetes.io/team': 'a', tier: 'web' } },
          { name: 'empty', array: [] },
        ],
      },
    });
    const [cm] = await renderAppManifests(spec, context({ kubeVersion: 'v1.31.2-gke.100', apiVersions: ['v1', 'apps/v1'] }));
    const data = cm.data as Record<string, string>;
    // What a CMP sidecar has too: where programs are, a home, temp dirs, locale, proxies, git's ssh, helm's dirs.
    const usual = /^(PATH|HOME|TMPDIR|TEMP|TMP|LANG|LC_ALL|SYSTEMROOT|(HTTPS?|NO)_PROXY|(https?|no)_proxy|SSL_CERT_(FILE|DIR)|SSH_AUTH_SOCK|GIT_SSH(_COMMAND)?|XDG_(CACHE|CONFIG|DATA)_HOME|HELM_.*)$/;
    const runner = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => usual.test(k) && v !== undefined)) as Record<string, string>;
    expect(data).toEqual({
      ...runner,
      ARGOCD_APP_NAME: 'envapp',
      ARGOCD_APP_NAMESPACE: 'team-a',
      ARGOCD_APP_PROJECT_NAME: 'apps',
      ARGOCD_APP_REVISION: SHA,
      ARGOCD_APP_REVISION_SHORT: 'fedcba9',
      ARGOCD_APP_REVISION_SHORT_8: 'fedcba98',
      ARGOCD_APP_SOURCE_REPO_URL: REPO_URL,
      ARGOCD_APP_SOURCE_PATH: 'apps/plain',
      ARGOCD_APP_SOURCE_TARGET_REVISION: 'main',
      KUBE_VERSION: '1.31.2',
      KUBE_API_VERSIONS: 'v1,apps/v1',
      ARGOCD_ENV_RELEASE: 'envapp-fedcba9',
      ARGOCD_ENV_PRICE: '$5 and .',
      ARGOCD_ENV_TOKEN: '',
      'ARGOCD_ENV_lower.case': 'kept',
      // Go's json.Marshal: keys sorted, <, > and & escaped; an empty array stays [].
      ARGOCD_APP_PARAMETERS:
        '[{"name":"image-tag","string":"v1.2.3"},{"array":["--a","--b\\u0026c"],"name":"extra\\u003cargs\\u003e"},' +
        '{"map":{"app.kubernetes.io/team":"a","tier":"web"},"name":"labels"},{"array":[],"name":"empty"}]',
      PARAM_IMAGE_TAG: 'v1.2.3',
      PARAM_EXTRA_ARGS__0: '--a',
      PARAM_EXTRA_ARGS__1: '--b&c',
      PARAM_LABELS_APP_KUBERNETES_IO_TEAM: 'a',
      PARAM_LABELS_TIER: 'web',
    });
    // Announcements are for Argo CD's UI: their defaults never reach generate, the dynamic command never runs.
    expect(JSON.stringify(data)).not.toContain('announced-default');
    expect(existsSync(join(work, 'dynamic-ran'))).toBe(false);
    expect(JSON.stringify(data)).not.toMatch(/plantedRunnerToken|plantedInputToken|planted-aws-secret|kube\/config/);
  });
});

describe('discovery', () => {
  it('picks the first plugin whose fileName, find.glob or find.command matches, before Helm/Kustomize detection', async () => {
    const names = async (name: string) => (await renderAppManifests(app(name, {}), context())).map((o) => o.metadata.name);
    expect(await names('marked')).toEqual(['by-marker']);
    expect(await names('templated')).toEqual(['tmpl-a']);
    expect(await names('commanded')).toEqual(['by-command']);
    // No rule matches: a plain directory app.
    expect(await names('plain')).toEqual(['plain']);
    // Without plugins the marked app is a Kustomize app again.
    expect(await renderAppManifests(app('marked', {}), context({ plugins: [] }))).toEqual([]);
  });

  it('renders plugin sources of a multi-source app in source order, each with its own ARGOCD_APP_SOURCE_PATH', async () => {
    const spec = app('multi', {});
    spec.app.spec.sources = [
      { repoURL: REPO_URL, path: 'apps/marked' },
      { repoURL: REPO_URL, path: 'apps/plain' },
      { repoURL: REPO_URL, path: 'apps/templated', plugin: { name: 'env-dump' } },
    ];
    delete spec.app.spec.source;
    const objects = await renderAppManifests(spec, context());
    expect(objects.map((o) => o.metadata.name)).toEqual(['by-marker', 'plain', 'env']);
    expect(objects[2].data).toMatchObject({ ARGOCD_APP_NAME: 'multi', ARGOCD_APP_SOURCE_PATH: 'apps/templated' });
  });

  it('renders a `plugin: {}` app with the plugin discovery finds, and fails clearly when none matches', async () => {
    expect((await renderAppManifests(app('marked', { plugin: {} }), context())).map((o) => o.metadata.name)).toEqual(['by-marker']);
    await expect(renderAppManifests(app('plain', { plugin: {} }), context())).rejects.toMatchObject({
      problem: { app: 'plain', field: 'spec.source', message: expect.stringMatching(/^could not find plugin supporting the given repository \(discover rules tried: marker: fileName "\*\.marker"; tmpl-glob/) },
    });
  });

  it('refuses a named plugin whose discover rule does not match the app', async () => {
    await expect(renderAppManifests(app('plain', { plugin: { name: 'marker' } }), context())).rejects.toMatchObject({
      problem: { app: 'plain', field: 'spec.source.plugin.name', message: 'config management plugin "marker" does not support this app: its discover rule (fileName "*.marker") does not match the app\'s directory' },
    });
  });
});

describe('failures stay the app\'s own', () => {
  it('names the plugin, the command and the app, with the end of stderr; the other apps render', async () => {
    process.env.GITHUB_TOKEN = 'ghs_plantedRunnerToken123';
    const results = await renderAll(
      [
        app('undefined-plugin', { path: 'apps/plain', plugin: { name: 'nope' } }),
        app('failing', { path: 'apps/plain', plugin: { name: 'failing' } }),
        app('hanging', { path: 'apps/plain', plugin: { name: 'hanging' } }),
        app('garbage', { path: 'apps/plain', plugin: { name: 'garbage' } }),
        app('plain', {}),
      ],
      context({ timeoutMs: 1500 }),
      { concurrency: 2 },
    );
    delete process.env.GITHUB_TOKEN;
    const byName = Object.fromEntries(results.map((r) => [r.name, r]));
    expect(byName.plain.problems).toEqual([]);
    expect(byName.plain.objects.map((o) => o.metadata.name)).toEqual(['plain']);
    expect(byName['undefined-plugin'].problems).toEqual([
      {
        file: 'argocd/undefined-plugin.yaml',
        line: 1,
        app: 'undefined-plugin',
        field: 'spec.source.plugin.name',
        message: expect.stringMatching(/^config management plugin "nope" is not defined \(defined: env-dump, escape, failing, garbage, hanging, helm-kustomize-v1\.0, marker,/),
      },
    ]);
    const failing = byName.failing.problems[0];
    expect(failing).toMatchObject({ app: 'failing', field: 'spec.source' });
    expect(failing.message).toMatch(/^plugin failing: generate command `sh -c 'for i in .*; exit 3'` failed \(exit code 3\): line-4\nline-5\n/s);
    // The last ten lines of stderr; the runner's token never reached the plugin.
    expect(failing.message).toMatch(/line-12\ntoken was \[\]$/);
    expect(failing.message).not.toMatch(/line-3\n/);
    expect(byName.hanging.problems[0]).toMatchObject({ app: 'hanging', message: 'plugin hanging: generate command `sleep 30` timed out after 1.5s' });
    expect(byName.garbage.problems[0].message).toMatch(/^plugin garbage: generate output is not YAML or JSON manifests: /);
    expect(results.every((r) => r.name === 'plain' || r.objects.length === 0)).toBe(true);
  });

  it('tells an app naming a plugin that none is defined when the plugins input is empty', async () => {
    await expect(renderAppManifests(app('plain', { plugin: { name: 'cmp' } }), context({ plugins: [] }))).rejects.toMatchObject({
      problem: { field: 'spec.source.plugin.name', message: 'the app uses a config management plugin ("cmp"), but none is defined: list ConfigManagementPlugin files in the plugins input' },
    });
  });
});

describe('the private copy', () => {
  it('keeps the checkout untouched and what is beside it out of reach of relative paths', async () => {
    const objects = await renderAppManifests(app('escape', { plugin: { name: 'escape' } }), context());
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['ConfigMap/outside-unreadable']);
    expect(readFileSync(join(repo, 'apps/escape/config.yaml'), 'utf8')).toBe('original\n');
    expect(existsSync(join(repo, 'planted-by-plugin'))).toBe(false);
  });

  it('resets file modes to 0644 as the CMP server\'s untar does, unless preserveFileMode', async () => {
    await expect(renderAppManifests(app('script', { plugin: { name: 'run-script' } }), context())).rejects.toMatchObject({
      problem: { message: expect.stringMatching(/^plugin run-script: generate command `\.\/gen\.sh` failed: /) },
    });
    const objects = await renderAppManifests(app('script', { plugin: { name: 'run-script-modes' } }), context());
    expect(objects.map((o) => o.metadata.name)).toEqual(['from-script']);
  });
});
