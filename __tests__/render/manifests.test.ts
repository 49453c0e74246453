// renderAppManifests across sources: multi-source with a `$values` ref, ref-only sources skipped,
// source order kept, a plugin source without plugin definitions, and every failure naming file, app and field.
import { join } from 'node:path';
import { SpecError } from '../../src/model/errors.js';
import { renderAppManifests } from '../../src/render/manifests.js';
import { CHARTS_URL, REPO, REPO_URL, VALUES_REPO, VALUES_URL, app, context, copyOf, names, rawYaml } from './support.js';
import { runTool } from '../../src/render/tools/exec.js';

describe('multi-source apps', () => {
  const spec = app('multi', {
    sources: [
      { repoURL: REPO_URL, path: 'helm/app-chart', targetRevision: 'HEAD', helm: { valueFiles: ['$values/envs/prod/values.yaml'], skipCrds: true } },
      { repoURL: VALUES_URL, targetRevision: 'main', ref: 'values' },
      { repoURL: REPO_URL, path: 'dir-app', directory: { include: 'b.json' } },
    ],
  });

  it('renders sources in order, with $values value files from the ref source, and skips the ref-only source', async () => {
    const objects = await renderAppManifests(spec, context());
    const copy = await copyOf(join(REPO, 'helm'));
    try {
      const chart = join(copy.path, 'app-chart');
      await runTool('helm', ['dependency', 'build'], { tool: 'helm', cwd: chart });
      const raw = await rawYaml('helm', ['template', '.', '--name-template', 'multi', '--namespace', 'team-a', '--values', join(VALUES_REPO, 'envs/prod/values.yaml')], chart);
      expect(objects).toEqual([...raw, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'from-json' } }]);
    } finally {
      await copy.done();
    }
    const settings = objects.find((o) => o.metadata.name === 'multi-settings');
    expect(settings?.data).toMatchObject({ greeting: 'hello-from-values-repo' });
    expect(names(objects).at(-1)).toBe('ServiceAccount/from-json');
  });

  it('names the source index when a $ref value file is missing', async () => {
    const broken = app('multi2', {
      sources: [
        { repoURL: VALUES_URL, ref: 'values' },
        { repoURL: REPO_URL, path: 'helm/app-chart', helm: { valueFiles: ['values-prod.yaml', '$values/envs/staging/values.yaml'] } },
      ],
    });
    const err = (await renderAppManifests(broken, context()).catch((e: unknown) => e)) as SpecError;
    expect(err).toBeInstanceOf(SpecError);
    expect(err.problem).toEqual({
      file: 'apps/multi2.yaml',
      line: 3,
      app: 'multi2',
      field: 'spec.sources[1].helm.valueFiles[1]',
      message: 'values file "$values/envs/staging/values.yaml" not found',
    });
  });

  it('a $ref path cannot climb out of the ref repo', async () => {
    const escape = app('multi3', {
      sources: [
        { repoURL: VALUES_URL, ref: 'values' },
        { repoURL: REPO_URL, path: 'helm/app-chart', helm: { valueFiles: ['$values/../repo/helm/app-chart/values-prod.yaml'] } },
      ],
    });
    await expect(renderAppManifests(escape, context())).rejects.toMatchObject({
      problem: { field: 'spec.sources[1].helm.valueFiles[0]', message: expect.stringMatching(/outside repository root/) },
    });
  });
});

describe('source handling', () => {
  it('exposes $ARGOCD_APP_* per source: revision of the checkout, target revision for a chart', async () => {
    const spec = app('envs', {
      sources: [
        { repoURL: CHARTS_URL, chart: 'subchart', targetRevision: '0.1.0', helm: { parameters: [{ name: 'message', value: '$ARGOCD_APP_REVISION/$ARGOCD_APP_SOURCE_TARGET_REVISION/$ARGOCD_APP_NAMESPACE' }] } },
        { repoURL: REPO_URL, path: 'helm/subchart', targetRevision: 'main', helm: { releaseName: 'second', parameters: [{ name: 'message', value: '${ARGOCD_APP_REVISION_SHORT}@$ARGOCD_APP_SOURCE_PATH' }] } },
      ],
    });
    const objects = await renderAppManifests(spec, context({ revision: 'fedcba9876543210' }));
    expect(objects.map((o) => o.data)).toEqual([{ message: '0.1.0/0.1.0/team-a' }, { message: 'fedcba9@helm/subchart' }]);
  });

  it('merges .argocd-source.yaml then .argocd-source-<app>.yaml onto the source, keeping its path', async () => {
    const source = { repoURL: REPO_URL, path: 'override-app' };
    expect(names(await renderAppManifests(app('other', { source }), context()))).toEqual(['ConfigMap/extra', 'ConfigMap/keep']);
    expect(names(await renderAppManifests(app('ov', { source }), context()))).toEqual(['ConfigMap/keep']);
  });

  it('fails an app naming a config management plugin when none is defined, with its own error', async () => {
    const spec = app('cmp', { source: { repoURL: REPO_URL, path: 'dir-app', plugin: { name: 'argocd-vault-plugin' } } });
    await expect(renderAppManifests(spec, context())).rejects.toMatchObject({
      problem: { file: 'apps/cmp.yaml', app: 'cmp', field: 'spec.source.plugin.name', message: expect.stringMatching(/uses a config management plugin \("argocd-vault-plugin"\), but none is defined/) },
    });
  });

  it('reports two type blocks, an unreachable repo and a missing chart on their fields', async () => {
    const both = app('both', { source: { repoURL: REPO_URL, path: 'dir-app', helm: {}, directory: {} } });
    await expect(renderAppManifests(both, context())).rejects.toMatchObject({
      problem: { field: 'spec.source', message: 'multiple application sources defined: Helm,Directory' },
    });
    const unreachable = app('gone', { sources: [{ repoURL: REPO_URL, path: 'dir-app' }, { repoURL: 'https://elsewhere/x.git', path: '.' }] });
    await expect(renderAppManifests(unreachable, context())).rejects.toMatchObject({
      problem: { field: 'spec.sources[1].repoURL', message: expect.stringMatching(/not reachable/) },
    });
    const noChart = app('nochart', { source: { repoURL: CHARTS_URL, chart: 'nope', targetRevision: '1.0.0' } });
    await expect(renderAppManifests(noChart, context())).rejects.toMatchObject({
      problem: { field: 'spec.source.chart', message: expect.stringMatching(/chart nope not found/) },
    });
  });

  it('an app without a source is an error', async () => {
    await expect(renderAppManifests(app('empty', {}), context())).rejects.toMatchObject({
      problem: { app: 'empty', field: 'spec.source', message: 'the application has no source' },
    });
  });
});
