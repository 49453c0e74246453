// Generators on their own: parameter names and values exactly as Argo CD's generators produce them.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { childParams } from '../../src/appset/generators/index.js';
import { filterDirectories } from '../../src/appset/generators/git-directories.js';
import { filepathMatch as pathMatch } from '../../src/glob/filepath.js';
import { branchSlug } from '../../src/appset/generators/pull-request.js';
import { renderFastTemplate } from '../../src/appset/fasttemplate.js';
import type { GenContext, Generator } from '../../src/appset/types.js';
import { typedCollection } from '../../src/appset/gotemplate/values.js';
import type { ClusterSecret } from '../../src/model/argocd.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'appset', 'repo');
const ctx = (goTemplate: boolean): GenContext => ({ repoRoot, appSetName: 'test', clusters: [], goTemplate, goTemplateOptions: [], applyNestedSelectors: false, notes: [] });
const git = (extra: object): Generator => ({ git: { repoURL: 'https://git.example.com/r.git', revision: 'HEAD', ...extra } });

describe('git directories', () => {
  test('path.Match: * stays within a segment, hidden directories never listed', async () => {
    const flat = await childParams(git({ directories: [{ path: 'apps/*' }] }), ctx(false));
    expect(flat.map((p) => p.path)).toEqual(['apps/billing', 'apps/frontend', 'apps/legacy']);
  });

  test('flat parameters', async () => {
    const [p] = await childParams(git({ directories: [{ path: 'apps/billing/overlays/staging' }] }), ctx(false));
    expect([p]).toEqual([
      {
        path: 'apps/billing/overlays/staging',
        'path.basename': 'staging',
        'path.basenameNormalized': 'staging',
        'path[0]': 'apps',
        'path[1]': 'billing',
        'path[2]': 'overlays',
        'path[3]': 'staging',
      },
    ]);
  });

  test('go template parameters with pathParamPrefix and values', async () => {
    const [p] = await childParams(
      git({ directories: [{ path: 'apps/billing/overlays/staging' }], pathParamPrefix: 'app', values: { env: '{{ .app.path.basename }}' } }),
      ctx(true),
    );
    expect(p.values).toEqual({ env: 'staging' });
    expect((p.app as { path: unknown }).path).toEqual({
      path: 'apps/billing/overlays/staging',
      basename: 'staging',
      basenameNormalized: 'staging',
      segments: ['apps', 'billing', 'overlays', 'staging'],
    });
    // Go types as Argo CD's generators make them: values map[string]string, segments []string.
    expect(typedCollection(p.values)).toBe('map[string]string');
    expect(typedCollection((p.app as { path: { segments: unknown } }).path.segments)).toBe('[]string');
    expect(p).not.toHaveProperty('commitSHA');
    expect(p.app).not.toHaveProperty('commitSHA');
  });

  test('exclude wins over include', () => {
    const all = ['apps/a/x', 'apps/b/x', 'apps/b/y'];
    expect(filterDirectories([{ path: 'apps/*/*' }, { path: 'apps/b/x', exclude: true }], all)).toEqual(['apps/a/x', 'apps/b/y']);
    expect(pathMatch('apps/[ab]/?', 'apps/b/x')).toBe(true);
    expect(pathMatch('apps/*', 'apps/b/x')).toBe(false);
  });
});

describe('git files', () => {
  test('JSON and YAML files flattened, with path parameters', async () => {
    const ps = await childParams(git({ files: [{ path: 'clusters/**/config.*' }] }), ctx(false));
    expect(ps).toEqual([
      {
        'cluster.name': 'dev',
        'cluster.address': 'https://dev.example.com',
        replicas: '1',
        path: 'clusters/dev',
        'path.basename': 'dev',
        'path.filename': 'config.json',
        'path.basenameNormalized': 'dev',
        'path.filenameNormalized': 'config.json',
        'path[0]': 'clusters',
        'path[1]': 'dev',
      },
      {
        'cluster.name': 'prod',
        'cluster.address': 'https://prod.example.com',
        replicas: '3',
        path: 'clusters/prod',
        'path.basename': 'prod',
        'path.filename': 'config.yaml',
        'path.basenameNormalized': 'prod',
        'path.filenameNormalized': 'config.yaml',
        'path[0]': 'clusters',
        'path[1]': 'prod',
      },
    ]);
  });

  test('a list file yields one set per element; excludes apply', async () => {
    const ps = await childParams(git({ files: [{ path: '**/*.yaml' }, { path: 'clusters/**', exclude: true }, { path: 'apps/**', exclude: true }] }), ctx(true));
    expect(ps.map((p) => [p.env, p.region, (p.path as { filename: string }).filename])).toEqual([
      ['qa', 'eu', 'list.yaml'],
      ['uat', 'us', 'list.yaml'],
    ]);
  });
});

describe('list, matrix, selector', () => {
  test('flat mode needs string values', async () => {
    await expect(childParams({ list: { elements: [{ n: 1 }] } }, ctx(false))).rejects.toThrow('error parsing value as string');
    expect(await childParams({ list: { elements: [{ a: 'x', values: { v: 'y' } }] } }, ctx(false))).toEqual([{ a: 'x', 'values.v': 'y' }]);
  });

  test('elementsYaml adds elements', async () => {
    expect(await childParams({ list: { elementsYaml: '- a: 1\n- a: 2\n' } }, ctx(true))).toEqual([{ a: 1 }, { a: 2 }]);
  });

  test('flat matrix refuses conflicting keys; second child sees the first one\'s params', async () => {
    const conflict: Generator = { matrix: { generators: [{ list: { elements: [{ k: 'a' }] } }, { list: { elements: [{ k: 'b' }] } }] } };
    await expect(childParams(conflict, ctx(false))).rejects.toThrow('found duplicate key k with different value');
    const chained: Generator = { matrix: { generators: [{ list: { elements: [{ env: 'qa' }] } }, { list: { elements: [{ name: 'app-{{env}}' }] } }] } };
    expect(await childParams(chained, ctx(false))).toEqual([{ env: 'qa', name: 'app-qa' }]);
    await expect(childParams({ matrix: { generators: [{ list: { elements: [] } }] } }, ctx(false))).rejects.toThrow('found less than two generators');
  });

  test('generator selector filters on flattened params', async () => {
    const gen: Generator = { list: { elements: [{ env: 'qa', tier: { level: '1' } }, { env: 'prod', tier: { level: '2' } }] }, selector: { matchLabels: { 'tier.level': '2' } } };
    expect((await childParams(gen, ctx(true))).map((p) => p.env)).toEqual(['prod']);
  });
});

test('fasttemplate and branch slugs', () => {
  expect(renderFastTemplate('{{ a }}-{{b}}-{{ missing }}-{{}}', { a: '1', b: '2' })).toBe('1-2-{{ missing }}-{{}}');
  expect(branchSlug('Feature/New_UI!!')).toBe('feature-new_ui');
  expect(branchSlug('a'.repeat(40) + '-' + 'b'.repeat(20))).toBe('a'.repeat(40));
});

describe('clusters', () => {
  const origin = { file: 'clusters.yaml', line: 1 } as never;
  const clusters: ClusterSecret[] = [
    { name: 'prod', server: 'https://prod', labels: { env: 'prod' }, annotations: { owner: 'a', 'argocd.argoproj.io/refresh': 'x' }, origin },
    { name: 'bare', server: 'https://bare', labels: {}, annotations: {}, origin },
  ];

  test('go template: labels and annotations are map[string]string, present only when the Secret has some', async () => {
    const ps = await childParams({ clusters: {} }, { ...ctx(true), clusters });
    const prod = ps.find((p) => p.name === 'prod') as { metadata: { labels: unknown; annotations: unknown } };
    expect(prod.metadata).toEqual({ labels: { env: 'prod' }, annotations: { owner: 'a' } });
    expect(typedCollection(prod.metadata.labels)).toBe('map[string]string');
    expect(typedCollection(prod.metadata.annotations)).toBe('map[string]string');
    expect(ps.find((p) => p.name === 'bare')?.metadata).toEqual({});
    expect(ps.find((p) => p.name === 'in-cluster')).not.toHaveProperty('metadata');
  });

  test('flat: Argo CD state annotations are not parameters', async () => {
    const ps = await childParams({ clusters: {} }, { ...ctx(false), clusters });
    const prod = ps.find((p) => p.name === 'prod') as Record<string, unknown>;
    expect(prod['metadata.annotations.owner']).toBe('a');
    expect(prod).not.toHaveProperty(['metadata.annotations.argocd.argoproj.io/refresh']);
  });
});
