// Kustomize sources compared with `kustomize edit` + `kustomize build` run by hand on a copy, in the
// order Argo CD's util/kustomize runs them; the checkout itself must stay untouched.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { KustomizeSource } from '../../src/model/argocd.js';
import { SpecError } from '../../src/model/errors.js';
import { renderAppManifests } from '../../src/render/manifests.js';
import { runTool } from '../../src/render/tools/exec.js';
import { REPO, REPO_URL, SHA, app, context, copyOf, names, rawYaml } from './support.js';

const OVERLAY = join(REPO, 'kustomize', 'overlay');

describe('kustomize source', () => {
  it('plain build when no options are set', async () => {
    const objects = await renderAppManifests(app('plain', { source: { repoURL: REPO_URL, path: 'kustomize/overlay' } }), context());
    expect(objects).toEqual(await rawYaml('kustomize', ['build', OVERLAY], REPO));
    expect(objects.find((o) => o.kind === 'Service')?.metadata.annotations).toEqual({ 'from-overlay': 'yes' });
  });

  it('applies images, namePrefix, commonLabels and the other options like kustomize edit does', async () => {
    const kustomize: KustomizeSource = {
      namePrefix: 'p-',
      nameSuffix: '-s',
      images: ['nginx=registry.example.com/nginx:$ARGOCD_APP_REVISION_SHORT'],
      replicas: [{ name: 'web', count: 4 }],
      commonLabels: { team: '$ARGOCD_APP_NAME' },
      commonAnnotations: { owner: 'app-$ARGOCD_APP_NAME' },
      commonAnnotationsEnvsubst: true,
      namespace: 'overlay-ns',
      patches: [{ target: { kind: 'Deployment' }, patch: '- op: add\n  path: /metadata/annotations/patched\n  value: "true"\n' }],
      components: ['../components/extra'],
    };
    const before = await readFile(join(OVERLAY, 'kustomization.yaml'), 'utf8');
    const objects = await renderAppManifests(app('kz', { source: { repoURL: REPO_URL, path: 'kustomize/overlay', kustomize } }), context());
    expect(await readFile(join(OVERLAY, 'kustomization.yaml'), 'utf8')).toBe(before);

    const copy = await copyOf(REPO);
    try {
      const dir = join(copy.path, 'kustomize', 'overlay');
      const edit = (...args: string[]) => runTool('kustomize', ['edit', ...args], { tool: 'kustomize', cwd: dir });
      await edit('set', 'nameprefix', '--', 'p-');
      await edit('set', 'namesuffix', '--', '-s');
      await edit('set', 'image', `nginx=registry.example.com/nginx:${SHA.slice(0, 7)}`);
      await edit('set', 'replicas', 'web=4');
      await edit('add', 'label', 'team:kz');
      await edit('add', 'annotation', 'owner:app-kz');
      await edit('set', 'namespace', '--', 'overlay-ns');
      const file = join(dir, 'kustomization.yaml');
      const k = parse(await readFile(file, 'utf8')) as { patches: unknown[] };
      k.patches.push(kustomize.patches![0]);
      await writeFile(file, stringify(k));
      await edit('add', 'component', '../components/extra');
      expect(objects).toEqual(await rawYaml('kustomize', ['build', dir], copy.path));
    } finally {
      await copy.done();
    }

    expect(names(objects).sort()).toEqual(['ConfigMap/p-extra-s', 'Deployment/p-web-s', 'Service/p-web-s']);
    const deployment = objects.find((o) => o.kind === 'Deployment') as unknown as {
      metadata: { namespace: string; labels: Record<string, string>; annotations: Record<string, string> };
      spec: { replicas: number; template: { spec: { containers: { image: string }[] } } };
    };
    expect(deployment.metadata).toMatchObject({ namespace: 'overlay-ns', labels: { team: 'kz' }, annotations: { owner: 'app-kz', patched: 'true' } });
    expect(deployment.spec.replicas).toBe(4);
    expect(deployment.spec.template.spec.containers[0].image).toBe(`registry.example.com/nginx:${SHA.slice(0, 7)}`);
  });

  it('passes kustomize.buildOptions from argocd-cm to kustomize build', async () => {
    const spec = app('outside', { source: { repoURL: REPO_URL, path: 'kustomize/outside-ref' } });
    await expect(renderAppManifests(spec, context())).rejects.toBeInstanceOf(SpecError);
    const ctx = context({ argocdCm: { 'kustomize.buildOptions': '--load-restrictor  LoadRestrictionsNone' } });
    const objects = await renderAppManifests(spec, ctx);
    expect(objects).toEqual(await rawYaml('kustomize', ['build', join(REPO, 'kustomize/outside-ref'), '--load-restrictor', 'LoadRestrictionsNone'], REPO));
    expect(names(objects)).toEqual(['ConfigMap/shared']);
  });

  it('passes the cluster kube version and API versions to helm inflation with --enable-helm', async () => {
    const buildOptions = '--enable-helm --load-restrictor LoadRestrictionsNone';
    const ctx = context({ kubeVersion: 'v1.28.4+k3s1', apiVersions: ['monitoring.coreos.com/v1'], argocdCm: { 'kustomize.buildOptions': buildOptions } });
    const objects = await renderAppManifests(app('inflate', { source: { repoURL: REPO_URL, path: 'kustomize/with-helm' } }), ctx);
    const dir = join(REPO, 'kustomize/with-helm');
    expect(objects).toEqual(
      await rawYaml('kustomize', ['build', dir, '--enable-helm', '--load-restrictor', 'LoadRestrictionsNone', '--helm-kube-version', '1.28.4', '--helm-api-versions', 'monitoring.coreos.com/v1'], REPO),
    );
    expect(objects[0].data).toEqual({ kubeVersion: 'v1.28.4', hasMonitoring: 'true' });
  });

  it('a kustomize build error names file, app and field', async () => {
    const err = (await renderAppManifests(app('broken', { source: { repoURL: REPO_URL, path: 'kustomize/broken' } }), context()).catch((e: unknown) => e)) as SpecError;
    expect(err).toBeInstanceOf(SpecError);
    expect(err.problem).toMatchObject({ file: 'apps/broken.yaml', line: 3, app: 'broken', field: 'spec.source.path' });
    expect(err.problem.message).toMatch(/^kustomize build failed: .*does-not-exist\.yaml/);
    expect(err.problem.message).not.toContain(REPO);
  });

  it('a failing edit names the option', async () => {
    const spec = app('badimg', { source: { repoURL: REPO_URL, path: 'kustomize/overlay', kustomize: { components: ['../components/missing'] } } });
    await expect(renderAppManifests(spec, context())).rejects.toMatchObject({ problem: { field: 'spec.source.kustomize.components' } });
    const ignoring = app('ign', { source: { repoURL: REPO_URL, path: 'kustomize/overlay', kustomize: { components: ['../components/missing', 'present'], ignoreMissingComponents: true } } });
    // securejoin keeps `..` inside the app dir, so both are "missing" and `edit add component` gets no args, as upstream
    await expect(renderAppManifests(ignoring, context())).rejects.toMatchObject({ problem: { field: 'spec.source.kustomize.components' } });
  });
});
