// Helm sources compared with `helm template` run by hand with the argv Argo CD's repo server builds
// (util/helm/cmd.go template()), on a chart with hooks, a test hook, CRDs and a file:// dependency.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HelmSource } from '../../src/model/argocd.js';
import { SpecError } from '../../src/model/errors.js';
import { renderAppManifests } from '../../src/render/manifests.js';
import { runTool } from '../../src/render/tools/exec.js';
import { CHARTS_URL, REPO, REPO_URL, SHA, app, context, copyOf, names, rawYaml } from './support.js';

const CHART = join(REPO, 'helm', 'app-chart');
const helmApp = (helm: HelmSource, path = 'helm/app-chart') => app('web', { source: { repoURL: REPO_URL, path, helm } });

/** `helm template` on a copy of the fixture's helm/ tree after `helm dependency build`. */
async function rawTemplate(args: (chartDir: string) => string[]) {
  const copy = await copyOf(join(REPO, 'helm'));
  try {
    const chartDir = join(copy.path, 'app-chart');
    await runTool('helm', ['dependency', 'build'], { tool: 'helm', cwd: chartDir, timeoutMs: 60_000 });
    return await rawYaml('helm', ['template', '.', ...args(chartDir)], chartDir);
  } finally {
    await copy.done();
  }
}

describe('helm source', () => {
  it('matches helm template with parameters, set-file, value files, valuesObject, capabilities', async () => {
    const helm: HelmSource = {
      releaseName: 'rel',
      parameters: [
        { name: 'image.tag', value: '$ARGOCD_APP_REVISION_SHORT' },
        { name: 'build', value: '123', forceString: true },
        { name: 'list', value: '{a,b}' },
        { name: 'config.csv', value: 'x,y' },
      ],
      fileParameters: [{ name: 'fileGreeting', path: 'greeting.txt' }],
      valueFiles: ['values-prod.yaml', 'missing.yaml'],
      ignoreMissingValueFiles: true,
      valuesObject: { config: { fromObject: 'yes' } },
      values: 'config: {fromValues: ignored}',
      kubeVersion: 'v1.29.3',
      apiVersions: ['monitoring.coreos.com/v1'],
    };
    const objects = await renderAppManifests(helmApp(helm), context());

    const copy = await copyOf(REPO); // for the temp values file only
    const valuesFile = join(copy.path, 'inline-values.yaml');
    await writeFile(valuesFile, 'config:\n  fromObject: "yes"\n');
    try {
      const raw = await rawTemplate(() => [
        '--name-template', 'rel', '--namespace', 'team-a', '--kube-version', '1.29.3',
        '--set', `image.tag=${SHA.slice(0, 7)}`, '--set', 'list={a,b}', '--set', 'config.csv=x\\,y',
        '--set-string', 'build=123',
        '--set-file', `fileGreeting=${join(CHART, 'greeting.txt')}`,
        '--values', join(CHART, 'values-prod.yaml'), '--values', valuesFile,
        '--api-versions', 'monitoring.coreos.com/v1', '--include-crds',
      ]);
      expect(objects).toEqual(raw);
    } finally {
      await copy.done();
    }

    expect(names(objects)).toEqual(
      expect.arrayContaining(['CustomResourceDefinition/widgets.example.com', 'Job/rel-migrate', 'Pod/rel-test', 'ConfigMap/rel-sub', 'Deployment/rel-web']),
    );
    const settings = objects.find((o) => o.metadata.name === 'rel-settings') as unknown as { data: Record<string, string> };
    expect(settings.data).toMatchObject({
      namespace: 'team-a',
      kubeVersion: 'v1.29.3',
      hasMonitoring: 'true',
      greeting: 'hello-prod',
      fileGreeting: 'greetings from a file\n',
      fromObject: 'yes',
      csv: 'x,y',
      buildType: 'string',
      list: 'a;b',
    });
    expect(settings.data.fromValues).toBeUndefined();
    expect(objects.find((o) => o.kind === 'Deployment')).toMatchObject({ spec: { replicas: 3 } });
    // the checkout is never written to: dependencies were built on a copy
    expect(await readdir(CHART)).not.toContain('charts');
    expect(await readdir(CHART)).not.toContain('Chart.lock');
  });

  it('uses the app name, helm.namespace, values text, skipCrds and skipTests', async () => {
    const helm: HelmSource = { namespace: 'other', values: 'greeting: from-values-text\n', skipCrds: true, skipTests: true };
    const objects = await renderAppManifests(helmApp(helm), context({ kubeVersion: '1.31.0', apiVersions: [] }));
    const copy = await copyOf(REPO);
    const valuesFile = join(copy.path, 'inline-values.yaml');
    await writeFile(valuesFile, helm.values!);
    try {
      const raw = await rawTemplate(() => ['--name-template', 'web', '--namespace', 'other', '--kube-version', '1.31.0', '--values', valuesFile, '--skip-tests']);
      expect(objects).toEqual(raw);
    } finally {
      await copy.done();
    }
    expect(names(objects)).not.toContain('CustomResourceDefinition/widgets.example.com');
    expect(names(objects)).not.toContain('Pod/web-test');
    expect(names(objects)).toContain('Job/web-migrate'); // hooks stay in helm's output
  });

  it('renders a chart from a Helm repository (resolver) with the app name as release', async () => {
    const spec = app('from-repo', { source: { repoURL: CHARTS_URL, chart: 'subchart', targetRevision: '0.1.0', helm: { parameters: [{ name: 'message', value: 'hi' }] } } });
    const objects = await renderAppManifests(spec, context());
    expect(objects).toEqual(await rawYaml('helm', ['template', '.', '--name-template', 'from-repo', '--namespace', 'team-a', '--set', 'message=hi', '--include-crds'], join(REPO, 'helm', 'subchart')));
  });

  describe('errors name file, app and field', () => {
    it('a missing values file', async () => {
      const err = (await renderAppManifests(helmApp({ valueFiles: ['values-prod.yaml', 'values-missing.yaml'] }), context()).catch((e: unknown) => e)) as SpecError;
      expect(err).toBeInstanceOf(SpecError);
      expect(err.problem).toEqual({ file: 'apps/web.yaml', line: 3, app: 'web', field: 'spec.source.helm.valueFiles[1]', message: 'values file "values-missing.yaml" not found' });
    });

    it('a values file outside the repository', async () => {
      await expect(renderAppManifests(helmApp({ valueFiles: ['../../../../etc/passwd'] }), context())).rejects.toMatchObject({
        problem: { field: 'spec.source.helm.valueFiles[0]', message: "file '../../../../etc/passwd' resolved to outside repository root" },
      });
    });

    it('a URL scheme that argocd-cm does not allow', async () => {
      const ctx = context({ argocdCm: { 'helm.valuesFileSchemes': 'https' } });
      await expect(renderAppManifests(helmApp({ valueFiles: ['http://example.com/v.yaml'] }), ctx)).rejects.toMatchObject({
        problem: { field: 'spec.source.helm.valueFiles[0]', message: "the URL scheme 'http' is not allowed" },
      });
    });

    it('a template error, with helm stderr cleaned up', async () => {
      const err = (await renderAppManifests(helmApp({}, 'helm/broken-chart'), context()).catch((e: unknown) => e)) as SpecError;
      expect(err).toBeInstanceOf(SpecError);
      expect(err.problem).toMatchObject({ file: 'apps/web.yaml', app: 'web', field: 'spec.source.path' });
      expect(err.problem.message).toMatch(/^helm template failed: .*host is required/);
      expect(err.problem.message).not.toMatch(/\n|Error: |at .*\.js/);
    });

    it('an unsupported helm version', async () => {
      await expect(renderAppManifests(helmApp({ version: 'v2' }), context())).rejects.toMatchObject({
        problem: { field: 'spec.source.helm.version', message: "helm chart version 'v2' is not supported" },
      });
    });
  });
});
