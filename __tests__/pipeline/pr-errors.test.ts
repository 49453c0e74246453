// Errors belong to the app that has them, and a PR is held to what it broke (issue 13). An app-of-apps
// whose root is a real Helm chart: the PR bumps one child's targetRevision, adds a child whose path
// does not exist, deletes the directory of an app an ApplicationSet in the chart generates, and breaks
// another ApplicationSet in the chart; a plain-file app-of-apps gains a child with a missing path. A
// child with a config-management plugin, a plugin app in the repo's specs (no plugin is defined) and an
// app outside its AppProject's destinations fail on both sides (still failing); a second such app is new.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkoutBase, type BaseCheckout } from '../../src/pipeline/base-checkout.js';
import { writeRenderedApps } from '../../src/pipeline/manifest-files.js';
import { previewFailures, previewPullRequest, type PreviewResult } from '../../src/pipeline/pr-preview.js';
import { renderRepo } from '../../src/pipeline/render-repo.js';
import { formatProblem } from '../../src/model/errors.js';
import { writeFiles } from './generated-repo.js';
import { applicationYaml } from '../support/specs.js';
import { commitBaseAndHead, prSettings, REPO_URL } from './pr-repo.js';

const app = (name: string, source: string, opts: { project?: string; namespace?: string } = {}) => applicationYaml(name, { repoURL: REPO_URL, source, ...opts });

const path = (p: string, revision = 'HEAD') => `path: ${p}\ntargetRevision: ${revision}\n`;
const plugin = 'path: apps/good\nplugin:\n  name: sops\n';
const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  a: "1"\n`;

/** An ApplicationSet as a chart template writes it: its own `{{ }}` escaped from Helm. */
const appSet = (name: string, template: string) => `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata:
  name: ${name}
  namespace: argocd
spec:
  goTemplate: true
  goTemplateOptions: ["missingkey=error"]
  generators:
    - list:
        elements:
          - env: a
  template:
    metadata:
      name: '${helmEscaped(template)}'
    spec:
      project: default
      source:
        repoURL: ${REPO_URL}
        path: '${helmEscaped('apps/gen-{{ .env }}')}'
      destination:
        server: https://kubernetes.default.svc
        namespace: gen
`;

const helmEscaped = (text: string) => text.replace(/\{\{(.*?)\}\}/g, (_, inner: string) => `{{ "{{${inner}}}" }}`);

const CHART_APPS = `{{- range .Values.children }}
---
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: {{ .name }}
  namespace: argocd
spec:
  project: default
  destination:
    server: https://kubernetes.default.svc
    namespace: {{ .name }}
  source:
    repoURL: ${REPO_URL}
    path: {{ .path }}
    targetRevision: {{ .revision | default "HEAD" }}
    {{- if .plugin }}
    plugin:
      name: {{ .plugin }}
    {{- end }}
{{- end }}
`;

const PROJECT = `apiVersion: argoproj.io/v1alpha1
kind: AppProject
metadata:
  name: restricted
  namespace: argocd
spec:
  sourceRepos: ['*']
  destinations:
    - server: https://kubernetes.default.svc
      namespace: allowed
`;

const BASE: Record<string, string> = {
  'argocd/root.yaml': app('root', path('charts/root'), { namespace: 'argocd' }),
  'argocd/plain-root.yaml': app('plain-root', path('plain-apps'), { namespace: 'argocd' }),
  'argocd/legacy.yaml': app('legacy', plugin),
  'argocd/project.yaml': PROJECT,
  'argocd/old-violator.yaml': app('old-violator', path('apps/good'), { project: 'restricted' }),
  'charts/root/Chart.yaml': 'apiVersion: v2\nname: root\nversion: 0.1.0\n',
  'charts/root/values.yaml': `children:
  - name: good
    path: apps/good
    revision: v1
  - name: plugin-child
    path: apps/good
    plugin: sops
`,
  'charts/root/templates/apps.yaml': CHART_APPS,
  'charts/root/templates/appsets.yaml': `${appSet('gen', 'gen-{{ .env }}')}---\n${appSet('envs', 'envs-{{ .env }}')}`,
  'plain-apps/children.yaml': `${cm('plain-settings')}---\n${app('plain-good', path('apps/good'))}`,
  'apps/good/cm.yaml': cm('good'),
  'apps/gen-a/cm.yaml': cm('gen-a'),
};

const HEAD: Record<string, string> = {
  'charts/root/values.yaml': `children:
  - name: good
    path: apps/good
    revision: v2
  - name: plugin-child
    path: apps/good
    plugin: sops
  - name: lost-child
    path: apps/lost
`,
  'charts/root/templates/appsets.yaml': `${appSet('gen', 'gen-{{ .env }}')}---\n${appSet('envs', 'envs-{{ .region }}')}`,
  'plain-apps/children.yaml': `${cm('plain-settings')}---\n${app('plain-good', path('apps/good'))}---\n${app('plain-lost', path('apps/plain-lost'))}`,
  'argocd/new-violator.yaml': app('new-violator', path('apps/good'), { project: 'restricted' }),
};

describe('PR preview errors: whose they are, where they are, and whether this PR made them', () => {
  let dir: string;
  let base: BaseCheckout;
  let result: PreviewResult;
  // Only the argocd/ specs are given: plain-apps/ is found in the output of plain-root.
  const settings = () => prSettings(dir, { apps: 'argocd/**' });
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pr-errors-'));
    writeFiles(dir, BASE);
    const { baseSha } = commitBaseAndHead(dir, () => {
      writeFiles(dir, HEAD);
      rmSync(join(dir, 'apps/gen-a'), { recursive: true });
    });
    base = await checkoutBase(dir, baseSha, { timeoutMs: 30_000 });
    result = await previewPullRequest(settings(), { headDir: dir, baseDir: base.dir }, { marker: 'wf/job', now: () => 0 });
  }, 180_000);
  afterAll(async () => {
    await base?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  const problemOf = (app: string) => [...result.errorStatus.newErrors, ...result.errorStatus.stillFailing].find((p) => p.app === app);

  it("shows the parent's Application CR changes while a child fails", () => {
    const root = result.diffs.find((d) => d.name === 'root')!;
    expect(root).toMatchObject({ status: 'changed', problems: [] });
    expect(root.resources.map((r) => `${r.status} ${r.key.kind}/${r.key.name}`)).toEqual([
      'modified Application/good',
      'added Application/lost-child',
      'modified ApplicationSet/envs',
    ]);
    expect(root.resources[0].diff).toContain('-    targetRevision: v1\n+    targetRevision: v2');
    expect(result.diffs.find((d) => d.name === 'plain-root')).toMatchObject({ status: 'changed', problems: [] });
    expect(result.failedApps.sort()).toEqual(['gen-a', 'legacy', 'lost-child', 'plain-lost', 'plugin-child']);
    // envs fails, so Argo CD's controller leaves envs-a as it is; the failed apps are errors, not changes.
    expect(result.changedApps.map((a) => `${a.name}:${a.status}`)).toEqual(['new-violator:added', 'plain-root:changed', 'root:changed']);
    expect(result.diffs.find((d) => d.name === 'envs-a')).toMatchObject({ status: 'unchanged' });
    expect(result.renderNotes).toContain("ApplicationSet envs fails on the head: Argo CD's controller changes none of its Applications until it generates again, so they are kept as on the base");
  });

  it('gives each failing child its own error, located where it is defined', () => {
    // Rendered by Helm: the chart template named by helm's `# Source:` comment.
    expect(problemOf('lost-child')).toMatchObject({ file: 'charts/root/templates/apps.yaml', field: 'spec.source.path' });
    expect(problemOf('plugin-child')).toMatchObject({ file: 'charts/root/templates/apps.yaml', field: 'spec.source.plugin.name' });
    // A plain file: its file and line.
    expect(problemOf('plain-lost')).toMatchObject({ file: 'plain-apps/children.yaml', line: 23, field: 'spec.source.path' });
    // Generated by an ApplicationSet in the chart.
    const gen = problemOf('gen-a')!;
    expect(formatProblem(gen)).toMatch(/^generated by ApplicationSet gen \(charts\/root\/templates\/appsets\.yaml\): app gen-a: field spec\.source\.path: /);
  });

  it('gives an ApplicationSet that fails inside an app-of-apps its own error, not its parent', () => {
    expect(problemOf('envs')).toMatchObject({ file: 'charts/root/templates/appsets.yaml', app: 'envs' });
    expect(problemOf('envs')!.message).toContain('region');
    expect(result.failedApps).not.toContain('root');
  });

  it('tells new errors from those the base has too', () => {
    const s = result.errorStatus;
    expect(s.newFailedApps.sort()).toEqual(['gen-a', 'lost-child', 'plain-lost']);
    expect(s.stillFailingApps.sort()).toEqual(['legacy', 'plugin-child']);
    expect(s.newErrors.map((p) => p.app).sort()).toEqual(['envs', 'gen-a', 'lost-child', 'plain-lost']);
    expect(s.stillFailing.map((p) => p.app).sort()).toEqual(['legacy', 'plugin-child']);
    expect(s.newViolations.map((v) => v.app)).toEqual(['new-violator']);
    expect(s.existingViolations.map((v) => v.app)).toEqual(['old-violator']);
  });

  it('fails on new errors by default, on every error with fail-on errors, and never with never', () => {
    expect(previewFailures(result, { failOn: 'new-errors', failOnPolicy: true })).toEqual([
      '3 apps failed to render (gen-a, lost-child, plain-lost)',
      '1 new problem loading specs or tools',
      '1 new policy violation',
    ]);
    expect(previewFailures(result, { failOn: 'errors', failOnPolicy: true })).toEqual([
      '5 apps failed to render (gen-a, legacy, lost-child, plain-lost, plugin-child)',
      '1 problem loading specs or tools',
      '2 policy violations',
    ]);
    expect(previewFailures(result, { failOn: 'errors', failOnPolicy: false })).toEqual([
      '5 apps failed to render (gen-a, legacy, lost-child, plain-lost, plugin-child)',
      '1 problem loading specs or tools',
    ]);
    expect(previewFailures(result, { failOn: 'never', failOnPolicy: true })).toEqual([]);
  });

  it('counts only new errors in the headline and shows the still-failing ones collapsed', () => {
    const summary = result.parts[0];
    expect(summary).toContain(':x: [**4 errors**](#');
    expect(summary).toContain(':no_entry: **1 policy violation**');
    expect(summary).toContain("<details><summary><b>Still failing</b> (3): these fail on the base too, not this PR's doing</summary>");
    const still = summary.slice(summary.indexOf('<b>Still failing</b>'));
    expect(still).toContain('app legacy: field spec.source.plugin');
    expect(still).toContain('app plugin-child: field spec.source.plugin');
    expect(still).toContain('old-violator: policy:');
    // Not in the table, the errors list or an app section.
    expect(summary.slice(0, summary.indexOf('<b>Still failing</b>'))).not.toContain('plugin-child');
    expect(result.counts).toMatchObject({ errors: 4, stillFailing: 2, policyViolations: 1, existingPolicyViolations: 1 });
  });

  it('writes the parent’s render while its children fail (render)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pr-errors-out-'));
    try {
      const rendered = await renderRepo(settings());
      await writeRenderedApps(out, rendered.rendered);
      expect(readFileSync(join(out, 'root.yaml'), 'utf8')).toContain('name: lost-child');
      expect(existsSync(join(out, 'plain-root.yaml'))).toBe(true);
      expect(existsSync(join(out, 'lost-child.yaml'))).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
