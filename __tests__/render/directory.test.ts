// Directory sources: file selection (extensions, recurse, include/exclude, skip marker, unrelated YAML),
// multi-doc YAML, JSON, List flattening, and Jsonnet compared with running the jsonnet binary by hand.
import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SpecError } from '../../src/model/errors.js';
import { renderAppManifests } from '../../src/render/manifests.js';
import { REPO, REPO_URL, SHA, app, context, copyOf, names, resolver } from './support.js';
import { runTool } from '../../src/render/tools/exec.js';

const dirApp = (directory?: object) => app('dir', { source: { repoURL: REPO_URL, path: 'dir-app', targetRevision: 'HEAD', ...(directory ? { directory } : {}) } });

describe('directory source', () => {
  it('reads yaml/yml/json in walk order, flattens Lists, skips marked and unrelated files, no recursion', async () => {
    const objects = await renderAppManifests(dirApp(), context());
    expect(names(objects)).toEqual([
      'ConfigMap/from-a',
      'ConfigMap/list-item-1',
      'Secret/list-item-2',
      'ServiceAccount/from-json',
      'ConfigMap/excluded-x',
    ]);
    // YAML 1.1 like Go's decoder: an unquoted yes is a boolean
    expect(objects[0].data).toEqual({ enabled: true });
  });

  it('recurses into subdirectories with recurse', async () => {
    const objects = await renderAppManifests(dirApp({ recurse: true }), context());
    expect(names(objects)).toEqual(expect.arrayContaining(['ConfigMap/from-sub-c', 'ConfigMap/from-sub-d']));
    expect(objects).toHaveLength(7);
  });

  it('checks exclude before include, with brace globs across directories', async () => {
    const objects = await renderAppManifests(dirApp({ recurse: true, include: '{*.yml,*.json,a.yaml,excluded-*}', exclude: 'excluded-*' }), context());
    expect(names(objects)).toEqual(['ConfigMap/from-a', 'ConfigMap/list-item-1', 'Secret/list-item-2', 'ServiceAccount/from-json', 'ConfigMap/from-sub-d']);
  });

  it('fails on a file that looks like a manifest but does not parse, naming file, app and field', async () => {
    const spec = app('bad', { source: { repoURL: REPO_URL, path: 'bad-yaml' } });
    const err = await renderAppManifests(spec, context()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SpecError);
    expect((err as SpecError).problem).toMatchObject({ file: 'apps/bad.yaml', app: 'bad', field: 'spec.source.path' });
    expect((err as SpecError).message).toMatch(/failed to unmarshal "broken.yaml"/);
  });

  it('follows symlinks inside the repo and rejects ones that leave it', async () => {
    const copy = await copyOf(REPO);
    try {
      await symlink('../kustomize/shared/cm.yaml', join(copy.path, 'dir-app', 'linked.yaml'));
      const ctx = context({ repoRoot: copy.path, repos: { ...resolver, gitDir: async () => copy.path } });
      expect(names(await renderAppManifests(dirApp({ include: 'linked.yaml' }), ctx))).toEqual(['ConfigMap/shared']);
      await symlink('/etc/hostname', join(copy.path, 'dir-app', 'escape.yaml'));
      await expect(renderAppManifests(dirApp(), ctx)).rejects.toMatchObject({
        problem: { field: 'spec.source.path', message: 'illegal filepath in symlink at "escape.yaml"' },
      });
    } finally {
      await copy.done();
    }
  });

  it('reads every file with disableExtensionFilter, include and exclude still applying', async () => {
    const copy = await copyOf(REPO);
    try {
      await writeFile(join(copy.path, 'dir-app', 'extra.txt'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-txt\n');
      const ctx = context({ repoRoot: copy.path, repos: { ...resolver, gitDir: async () => copy.path } });
      expect(names(await renderAppManifests(dirApp(), ctx))).not.toContain('ConfigMap/from-txt');
      // README.md (holding a ConfigMap) and extra.txt are read too, in walk order.
      expect(names(await renderAppManifests(dirApp({ disableExtensionFilter: true }), ctx))).toEqual([
        'ConfigMap/not-a-manifest-extension',
        'ConfigMap/from-a',
        'ConfigMap/list-item-1',
        'Secret/list-item-2',
        'ServiceAccount/from-json',
        'ConfigMap/excluded-x',
        'ConfigMap/from-txt',
      ]);
      expect(names(await renderAppManifests(dirApp({ disableExtensionFilter: true, exclude: '*.txt' }), ctx))).not.toContain('ConfigMap/from-txt');
    } finally {
      await copy.done();
    }
  });

  it('refuses more than 10M of manifest files, as the repo server does by default; skipped files do not count', async () => {
    const copy = await copyOf(REPO);
    try {
      const big = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  blob: "${'x'.repeat(5_500_000)}"\n`;
      await writeFile(join(copy.path, 'dir-app', 'big-1.yaml'), big('big-1'));
      const ctx = context({ repoRoot: copy.path, repos: { ...resolver, gitDir: async () => copy.path } });
      expect(names(await renderAppManifests(dirApp(), ctx))).toContain('ConfigMap/big-1');
      await writeFile(join(copy.path, 'dir-app', 'big-2.yaml'), `# +argocd:skip-file-rendering\n${big('big-2')}`);
      expect(names(await renderAppManifests(dirApp(), ctx))).not.toContain('ConfigMap/big-2');
      await writeFile(join(copy.path, 'dir-app', 'big-2.yaml'), big('big-2'));
      await expect(renderAppManifests(dirApp(), ctx)).rejects.toMatchObject({
        problem: { field: 'spec.source.path', message: expect.stringContaining('failed to get potentially valid manifests: exceeded max combined manifest file size') },
      });
    } finally {
      await copy.done();
    }
  });

  it('reports a missing app path on spec.source.path', async () => {
    const spec = app('missing', { source: { repoURL: REPO_URL, path: 'nope' } });
    await expect(renderAppManifests(spec, context())).rejects.toMatchObject({
      problem: { app: 'missing', field: 'spec.source.path', message: 'nope: app path does not exist' },
    });
  });
});

describe('jsonnet in a directory source', () => {
  const jsonnet = {
    extVars: [
      { name: 'team', value: 'platform' },
      { name: 'rev', value: '$ARGOCD_APP_REVISION_SHORT' },
      { name: 'tag', value: '1.27' },
      { name: 'flag', value: 'true', code: true },
    ],
    tlas: [
      { name: 'env', value: '$ARGOCD_APP_NAME' },
      { name: 'replicas', value: '2', code: true },
    ],
    libs: ['jsonnet-libs'],
  };
  const spec = app('jn', { source: { repoURL: REPO_URL, path: 'jsonnet-app', directory: { jsonnet } } });

  it('matches the jsonnet binary run with the same ext vars, TLAs and -J paths', async () => {
    const objects = await renderAppManifests(spec, context());
    const appDir = join(REPO, 'jsonnet-app');
    const { stdout } = await runTool(
      'jsonnet',
      ['-J', appDir, '-J', join(REPO, 'jsonnet-libs'), '--ext-str', 'team=platform', '--ext-str', `rev=${SHA.slice(0, 7)}`,
        '--ext-str', 'tag=1.27', '--ext-code', 'flag=true', '--tla-str', 'env=jn', '--tla-code', 'replicas=2', join(appDir, 'main.jsonnet')],
      { tool: 'jsonnet', cwd: appDir },
    );
    const raw = JSON.parse(stdout) as [object, { items: object[] }];
    expect(objects).toEqual([raw[0], ...raw[1].items]);
    expect(names(objects)).toEqual(['Deployment/web-jn', 'ConfigMap/cm-jn']);
    expect(objects[0]).toMatchObject({ metadata: { labels: { rev: SHA.slice(0, 7) } }, spec: { replicas: 2 } });
  });

  it('fails with a clear message when a TLA is missing', async () => {
    const broken = app('jn2', { source: { repoURL: REPO_URL, path: 'jsonnet-app', directory: { jsonnet: { ...jsonnet, tlas: [] } } } });
    await expect(renderAppManifests(broken, context())).rejects.toMatchObject({
      problem: { app: 'jn2', field: 'spec.source.path', message: expect.stringMatching(/evaluating jsonnet "main.jsonnet" failed: .*env/) },
    });
  });

  it('rejects a lib path outside the repo, naming the lib field', async () => {
    const outside = app('jn3', { source: { repoURL: REPO_URL, path: 'jsonnet-app', directory: { jsonnet: { ...jsonnet, libs: ['../../..'] } } } });
    await expect(renderAppManifests(outside, context())).rejects.toMatchObject({
      problem: { field: 'spec.source.directory.jsonnet.libs[0]', message: expect.stringMatching(/outside repository root/) },
    });
  });
});
