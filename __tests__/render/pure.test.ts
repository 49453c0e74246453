// Rules ported from Argo CD that need no tool: glob matching, Envsubst, Helm --set escaping, kube
// version parsing, kustomize edit order, List flattening, source type detection.
import { join } from 'node:path';
import type { AppSpec } from '../../src/model/argocd.js';
import { appEnv, envsubst } from '../../src/render/env-vars.js';
import { gobwasMatcher } from '../../src/glob/gobwas.js';
import { escapeCommas, normalizeKubeVersion } from '../../src/render/helm.js';
import { kustomizeEdits } from '../../src/render/kustomize.js';
import { flattenLists, splitYaml } from '../../src/render/parse.js';
import { detectType, explicitType } from '../../src/render/source-type.js';
import { SourceError } from '../../src/render/source-error.js';
import { REPO, app } from './support.js';

describe('gobwas glob (directory include/exclude)', () => {
  it.each([
    ['*.yaml', 'a/b.yaml', true], // no separators: * crosses /
    ['**/*.yaml', 'b.yaml', false], // ** needs its literal /
    ['**/*.yaml', 'x/b.yaml', true],
    ['{a,b}/*.yaml', 'a/x/y.yaml', true],
    ['{*.yml,*.yaml}', 'x.yml', true],
    ['{*.yml,*.yaml}', 'x.json', false],
    ['x?y', 'x/y', true],
    ['[!a]b', 'cb', true],
    ['[!a]b', 'ab', false],
    ['[a-c]x', 'bx', true],
    ['{a,{b,c}d}', 'cd', true],
    ['a.yaml', 'aXyaml', false],
    ['a{', 'a{', false], // invalid pattern matches nothing
  ])('%s vs %s → %s', (pattern, text, expected) => {
    expect(gobwasMatcher(pattern)(text)).toBe(expected);
  });
});

describe('envsubst (Go os.Expand as Argo CD uses it)', () => {
  const env = [
    ['ARGOCD_APP_NAME', 'web'],
    ['ARGOCD_APP_REVISION', 'abc'],
  ] as const;
  it.each([
    ['$ARGOCD_APP_NAME-x', 'web-x'],
    ['${ARGOCD_APP_NAME}x', 'webx'],
    ['$UNKNOWN|', '|'],
    ['$$ARGOCD_APP_NAME', '$ARGOCD_APP_NAME'],
    ['cost: 5$', 'cost: 5$'],
    ['${}x', 'x'],
    ['$1x', 'x'],
    ['a$.b', 'a$.b'],
    ['no vars', 'no vars'],
  ])('%s → %s', (input, out) => {
    expect(envsubst(input, env)).toBe(out);
  });

  it('builds the ARGOCD_APP_* set per source', () => {
    const spec: AppSpec = app('web', {});
    const env = new Map(appEnv(spec, { repoURL: 'https://r', path: 'p', targetRevision: 'main' }, '0123456789abcdef'));
    expect(env.get('ARGOCD_APP_NAME')).toBe('web');
    expect(env.get('ARGOCD_APP_NAMESPACE')).toBe('team-a');
    expect(env.get('ARGOCD_APP_REVISION_SHORT')).toBe('0123456');
    expect(env.get('ARGOCD_APP_REVISION_SHORT_8')).toBe('01234567');
    expect(env.get('ARGOCD_APP_SOURCE_PATH')).toBe('p');
    expect(env.get('ARGOCD_APP_SOURCE_TARGET_REVISION')).toBe('main');
    expect(env.get('ARGOCD_APP_SOURCE_REPO_URL')).toBe('https://r');
  });
});

describe('helm argument details', () => {
  it('escapes commas like cleanSetParameters', () => {
    expect(escapeCommas('a,b')).toBe('a\\,b');
    expect(escapeCommas('a\\,b')).toBe('a\\,b');
    expect(escapeCommas('{a,b}')).toBe('{a,b}');
  });
  it('normalizes kube versions like ParseGeneric', () => {
    expect(normalizeKubeVersion('v1.30.2-gke.100')).toBe('1.30.2');
    expect(normalizeKubeVersion('1.29')).toBe('1.29');
    expect(() => normalizeKubeVersion('latest')).toThrow(SourceError);
  });
});

describe('kustomize edits', () => {
  it('follow Argo CD order and flags', () => {
    const edits = kustomizeEdits(
      {
        namespace: 'ns',
        commonAnnotations: { a: '$ARGOCD_APP_NAME' },
        commonLabels: { team: '$ARGOCD_APP_NAME' },
        forceCommonLabels: true,
        labelWithoutSelector: true,
        replicas: [{ name: 'web', count: '3' }],
        images: ['nginx=nginx:$ARGOCD_APP_REVISION'],
        nameSuffix: '-s',
        namePrefix: 'p-',
      },
      [
        ['ARGOCD_APP_NAME', 'web'],
        ['ARGOCD_APP_REVISION', 'abc'],
      ],
    );
    expect(edits.map((e) => e.args)).toEqual([
      ['set', 'nameprefix', '--', 'p-'],
      ['set', 'namesuffix', '--', '-s'],
      ['set', 'image', 'nginx=nginx:abc'],
      ['set', 'replicas', 'web=3'],
      ['add', 'label', '--force', '--without-selector', 'team:web'],
      ['add', 'annotation', 'a:$ARGOCD_APP_NAME'], // substituted only with commonAnnotationsEnvsubst
      ['set', 'namespace', '--', 'ns'],
    ]);
  });
  it('rejects a non-integer replica count naming the field', () => {
    expect(() => kustomizeEdits({ replicas: [{ name: 'w', count: 'three' }] }, [])).toThrow(
      expect.objectContaining({ field: 'kustomize.replicas[0].count' }),
    );
  });
});

describe('parsing and List flattening', () => {
  it('drops empty docs, flattens any object with an items array, drops null lists', () => {
    const { objects, error } = splitYaml('---\nkind: A\n---\n\n---\nkind: BList\nitems: [{kind: B1}, {kind: B2}]\n---\nkind: CList\nitems: null\n');
    expect(error).toBeUndefined();
    expect(flattenLists(objects).map((o) => o.kind)).toEqual(['A', 'B1', 'B2']);
  });
  it('reports a document without kind', () => {
    expect(splitYaml('kind: A\n---\nfoo: bar\n')).toEqual({ objects: [{ kind: 'A' }], positions: [{ line: 1 }], error: "Object 'Kind' is missing" });
  });
});

describe('source type', () => {
  it('explicit block wins; two blocks are an error', () => {
    expect(explicitType({ repoURL: 'r', directory: {} })).toBe('Directory');
    expect(explicitType({ repoURL: 'r' })).toBeUndefined();
    expect(() => explicitType({ repoURL: 'r', helm: {}, kustomize: {} })).toThrow('multiple application sources defined: Kustomize,Helm');
  });
  it('detects from files: kustomization beats Chart.yaml, else Directory', async () => {
    expect(await detectType(join(REPO, 'both-types'))).toBe('Kustomize');
    expect(await detectType(join(REPO, 'helm', 'app-chart'))).toBe('Helm');
    expect(await detectType(join(REPO, 'kustomize', 'overlay'))).toBe('Kustomize');
    expect(await detectType(join(REPO, 'dir-app'))).toBe('Directory');
  });
});
