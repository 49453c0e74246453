// Kustomize edits run in a copy of the app directory only (not of the repository). The output must be
// byte-identical to Argo CD's way: `kustomize edit ...` run in place in a full copy of the repository,
// then `kustomize build`, for every edit kind Argo CD's util/kustomize applies; the checkout must be
// left exactly as it was, also when several renders of one directory run at once.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import type { KustomizeSource } from '../../src/model/argocd.js';
import { buildKustomize } from '../../src/render/kustomize.js';
import { runTool } from '../../src/render/tools/exec.js';
import type { AppEnv } from '../../src/render/env-vars.js';

const ENV: AppEnv = [['ARGOCD_APP_NAME', 'shop']];
const FILES: Record<string, string> = {
  'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n  - service.yaml\nimages:\n  - name: redis\n    newTag: "6"\n',
  'base/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  replicas: 1
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.25
        - name: cache
          image: redis
`,
  'base/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n',
  'components/extra/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
configMapGenerator:
  - name: extra
    literals: [mode=extra]
`,
  'apps/shop/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../base
  - local.yaml
patches:
  - path: patch.yaml
configMapGenerator:
  - name: settings
    files: [app.properties]
commonLabels:
  tier: front
images:
  - name: nginx
    newTag: "1.26"
`,
  'apps/shop/local.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: local\ndata: {k: v}\n',
  'apps/shop/patch.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n',
  'apps/shop/app.properties': 'color=blue\n',
  'apps/shop/present/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\ncommonAnnotations: {present: "yes"}\n',
  'kustomization.yaml': 'resources:\n  - base\n',
};

interface Case {
  name: string;
  path?: string;
  kustomize: KustomizeSource;
  /** Argo CD's way, by hand: `kustomize edit` argument lists, then patches appended, then components. */
  edits: string[][];
  patches?: Record<string, unknown>[];
  components?: string[];
}

const PATCH = { target: { kind: 'Deployment' }, patch: '- op: add\n  path: /metadata/annotations/patched\n  value: "true"\n' };
const CASES: Case[] = [
  { name: 'namePrefix', kustomize: { namePrefix: 'p-' }, edits: [['set', 'nameprefix', '--', 'p-']] },
  { name: 'nameSuffix', kustomize: { nameSuffix: '-s' }, edits: [['set', 'namesuffix', '--', '-s']] },
  {
    name: 'images',
    kustomize: { images: ['nginx=registry.example.com/nginx:$ARGOCD_APP_NAME', 'redis@sha256:' + 'a'.repeat(64)] },
    edits: [['set', 'image', 'nginx=registry.example.com/nginx:shop', 'redis@sha256:' + 'a'.repeat(64)]],
  },
  { name: 'replicas', kustomize: { replicas: [{ name: 'web', count: 5 }] }, edits: [['set', 'replicas', 'web=5']] },
  { name: 'commonLabels', kustomize: { commonLabels: { team: '$ARGOCD_APP_NAME' } }, edits: [['add', 'label', 'team:shop']] },
  { name: 'forceCommonLabels', kustomize: { commonLabels: { tier: 'back' }, forceCommonLabels: true }, edits: [['add', 'label', '--force', 'tier:back']] },
  {
    name: 'labelWithoutSelector + labelIncludeTemplates',
    kustomize: { commonLabels: { owner: 'ops' }, labelWithoutSelector: true, labelIncludeTemplates: true },
    edits: [['add', 'label', '--without-selector', '--include-templates', 'owner:ops']],
  },
  {
    name: 'commonAnnotations (envsubst)',
    kustomize: { commonAnnotations: { owner: 'app-$ARGOCD_APP_NAME' }, commonAnnotationsEnvsubst: true },
    edits: [['add', 'annotation', 'owner:app-shop']],
  },
  { name: 'forceCommonAnnotations', kustomize: { commonAnnotations: { a: 'b' }, forceCommonAnnotations: true }, edits: [['add', 'annotation', '--force', 'a:b']] },
  { name: 'namespace', kustomize: { namespace: 'shop-ns' }, edits: [['set', 'namespace', '--', 'shop-ns']] },
  { name: 'patches', kustomize: { patches: [PATCH] }, edits: [], patches: [PATCH] },
  { name: 'components', kustomize: { components: ['../../components/extra'] }, edits: [], components: ['../../components/extra'] },
  {
    name: 'ignoreMissingComponents',
    kustomize: { components: ['missing', 'present'], ignoreMissingComponents: true },
    edits: [],
    components: ['present'],
  },
  {
    name: 'everything at once',
    kustomize: {
      namePrefix: 'p-',
      nameSuffix: '-s',
      images: ['nginx:1.27'],
      replicas: [{ name: 'web', count: 3 }],
      commonLabels: { team: 'a' },
      commonAnnotations: { note: 'x' },
      namespace: 'all',
      patches: [PATCH],
      components: ['../../components/extra'],
    },
    edits: [
      ['set', 'nameprefix', '--', 'p-'],
      ['set', 'namesuffix', '--', '-s'],
      ['set', 'image', 'nginx:1.27'],
      ['set', 'replicas', 'web=3'],
      ['add', 'label', 'team:a'],
      ['add', 'annotation', 'note:x'],
      ['set', 'namespace', '--', 'all'],
    ],
    patches: [PATCH],
    components: ['../../components/extra'],
  },
  { name: 'the repository root as app path', path: '', kustomize: { namePrefix: 'root-', images: ['nginx:2'] }, edits: [['set', 'nameprefix', '--', 'root-'], ['set', 'image', 'nginx:2']] },
];

let repo: string;
let scratch: string;
const run = { kustomize: 'kustomize', timeoutMs: 60_000 };

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'kz-edit-repo-'));
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(join(repo, path, '..'), { recursive: true });
    await writeFile(join(repo, path), text);
  }
  scratch = await mkdtemp(join(tmpdir(), 'kz-edit-ref-'));
});
afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
  await rm(scratch, { recursive: true, force: true });
});

/** Every file and directory under `dir`, repo-relative, with file contents. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        out[relative(dir, p) + '/'] = '';
        await walk(p);
      } else out[relative(dir, p)] = await readFile(p, 'utf8');
    }
  };
  await walk(dir);
  return out;
}

/** Argo CD's way: the whole repository copied, edits run in place in the app dir, then build. */
async function inPlace(c: Case): Promise<string> {
  const copy = await mkdtemp(join(scratch, 'copy-'));
  await cp(repo, copy, { recursive: true });
  const dir = join(copy, c.path ?? 'apps/shop');
  for (const args of c.edits) await runTool('kustomize', ['edit', ...args], { tool: 'kustomize', cwd: dir });
  if (c.patches) {
    const file = join(dir, 'kustomization.yaml');
    const k = parse(await readFile(file, 'utf8')) as { patches?: unknown[] };
    k.patches = [...(k.patches ?? []), ...c.patches];
    await writeFile(file, stringify(k));
  }
  if (c.components) await runTool('kustomize', ['edit', 'add', 'component', ...c.components], { tool: 'kustomize', cwd: dir });
  const { stdout } = await runTool('kustomize', ['build', dir], { tool: 'kustomize', cwd: copy });
  return stdout;
}

function ours(c: Case): Promise<string> {
  const appDir = join(repo, c.path ?? 'apps/shop');
  return buildKustomize({ appDir, repoRoot: repo, kustomize: c.kustomize, env: ENV }, run);
}

describe('kustomize edits without copying the repository', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: byte-identical to in-place edits in a repository copy', async (_name, c) => {
    const before = await snapshot(repo);
    const expected = await inPlace(c);
    const actual = await ours(c);
    expect(actual).toBe(expected);
    expect(actual.length).toBeGreaterThan(100);
    expect(await snapshot(repo)).toEqual(before);
  });

  it('renders of one directory with different edits at the same time do not see each other', async () => {
    const before = await snapshot(repo);
    const picked = CASES.filter((c) => c.path === undefined);
    const sequential = [];
    for (const c of picked) sequential.push(await ours(c));
    const parallel = await Promise.all(picked.map((c) => ours(c)));
    expect(parallel).toEqual(sequential);
    expect(new Set(parallel).size).toBe(picked.length);
    expect(await snapshot(repo)).toEqual(before);
  });

  it('a failing edit names the app directory, never the temporary copy', async () => {
    const before = await snapshot(repo);
    const err = (await buildKustomize(
      { appDir: join(repo, 'apps/shop'), repoRoot: repo, kustomize: { components: ['../../components/nope'] }, env: ENV },
      run,
    ).catch((e: unknown) => e)) as Error & { field?: string };
    expect(err.field).toBe('kustomize.components');
    expect(err.message).not.toContain('.gitops-sync-render-');
    expect(err.message).not.toContain(repo);
    expect(await snapshot(repo)).toEqual(before);
  });
});
