// A seeded generator of a realistic Argo CD repository: 40% Helm apps (one shared chart, per-app
// values), 30% Kustomize overlays over one shared base (one in three with `kustomize.images`, unless
// edits are off), 20% plain YAML, 10% Jsonnet, plus an ApplicationSet adding `appSetApps` directory
// apps; ~15 objects per app. Also the three PRs the bench previews, each as a second commit.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { serviceObjects } from './objects.mjs';

export const REPO_URL = 'https://github.com/example/bench.git';
/** Where the Application specs live (the `apps` input). */
export const SPEC_GLOB = 'argocd/**';
const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@e', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@e' };

export const git = (dir, ...args) => execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' }).trim();

/** mulberry32: small, seedable, good enough to vary values. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function write(dir, path, text) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/** YAML without anchors: objects built from shared parts are written out in full, as people write them. */
const toYaml = (o) => stringify(o, { lineWidth: 0, aliasDuplicateObjects: false });
const yamlDocs = (objects) => objects.map(toYaml).join('---\n');

function application(name, source) {
  return toYaml({
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name, namespace: 'argocd' },
    spec: {
      project: 'default',
      source: { repoURL: REPO_URL, targetRevision: 'HEAD', ...source },
      destination: { server: 'https://kubernetes.default.svc', namespace: name },
    },
  });
}

/** The shared chart: the service objects with the name, replicas, image and salt templated. */
function chartTemplate() {
  const body = yamlDocs(serviceObjects('RELEASE', { configs: 0, replicas: 999, image: 'IMAGE', salt: 'SALT' }))
    .replaceAll('RELEASE', '{{ $.Release.Name }}')
    .replace('replicas: 999', 'replicas: {{ .Values.replicaCount }}')
    .replace('image: IMAGE', 'image: {{ .Values.image }}')
    .replaceAll('xSALT', 'x{{ $.Values.salt }}');
  const configs = [
    '{{- range $i := until (int .Values.configs) }}',
    '---',
    yamlDocs(serviceObjects('RELEASE', { configs: 1, salt: 'SALT' }).slice(-1))
      .replaceAll('RELEASE', '{{ $.Release.Name }}')
      .replaceAll('config-0', 'config-{{ $i }}')
      .replace('index: 0', 'index: {{ $i }}')
      .replaceAll('xSALT', 'x{{ $.Values.salt }}')
      .trimEnd(),
    '{{- end }}',
    '',
  ].join('\n');
  return `${body}${configs}`;
}

/** Jsonnet library: the service objects as a function of name and salt. */
function jsonnetLib() {
  const json = JSON.stringify(serviceObjects('RELEASE', { salt: 'SALT' }), null, 1)
    .replace(/"RELEASE([^"]*)"/g, '(name + "$1")')
    .replace(/"([^"]*)xSALT([^"]*)"/g, '("$1x" + salt + "$2")');
  return `function(name, salt)\n${json}\n`;
}

/**
 * Writes the repo and commits it. Returns the directory, the app names by kind, and the commit.
 * `edits`: one in three Kustomize apps sets `kustomize.images` (Argo CD's `kustomize edit` path).
 */
export function generateRepo({ apps, seed = 1, edits = true, appSetApps = 100 }) {
  const random = rng(seed);
  const dir = mkdtempSync(join(tmpdir(), 'bench-repo-'));
  const count = { helm: Math.round(apps * 0.4), kustomize: Math.round(apps * 0.3), plain: Math.round(apps * 0.2) };
  count.jsonnet = apps - count.helm - count.kustomize - count.plain;
  const names = { helm: [], kustomize: [], plain: [], jsonnet: [], appSet: [], images: {} };

  write(dir, 'charts/service/Chart.yaml', 'apiVersion: v2\nname: service\nversion: 1.0.0\n');
  write(dir, 'charts/service/values.yaml', 'replicaCount: 1\nimage: registry.local/app:1\nconfigs: 6\nsalt: "0"\n');
  write(dir, 'charts/service/templates/service.yaml', chartTemplate());
  for (let i = 0; i < count.helm; i++) {
    const name = `helm-${i}`;
    names.helm.push(name);
    const values = { replicaCount: 1 + Math.floor(random() * 3), image: `registry.local/app:${1 + Math.floor(random() * 9)}`, configs: 5 + Math.floor(random() * 3), salt: String(Math.floor(random() * 1000)) };
    write(dir, `helm/${name}/values.yaml`, toYaml(values));
    write(dir, `argocd/helm/${name}.yaml`, application(name, { path: 'charts/service', helm: { valueFiles: [`../../helm/${name}/values.yaml`] } }));
  }

  const base = serviceObjects('svc');
  base.forEach((o, i) => write(dir, `kustomize/bases/common/${String(i).padStart(2, '0')}-${o.kind.toLowerCase()}.yaml`, toYaml(o)));
  write(dir, 'kustomize/bases/common/kustomization.yaml', toYaml({ resources: base.map((o, i) => `${String(i).padStart(2, '0')}-${o.kind.toLowerCase()}.yaml`) }));
  for (let i = 0; i < count.kustomize; i++) {
    const name = `kustomize-${i}`;
    names.kustomize.push(name);
    const patch = toYaml({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'svc' }, spec: { replicas: 1 + Math.floor(random() * 3) } });
    write(dir, `kustomize/overlays/${name}/kustomization.yaml`, toYaml({ resources: ['../../bases/common'], labels: [{ pairs: { team: `team-${i % 7}` } }], patches: [{ patch }] }));
    if (edits && random() < 1 / 3) names.images[name] = `registry.local/app=registry.local/app:v${1 + Math.floor(random() * 9)}`;
    const kustomize = names.images[name] ? { kustomize: { images: [names.images[name]] } } : {};
    write(dir, `argocd/kustomize/${name}.yaml`, application(name, { path: `kustomize/overlays/${name}`, ...kustomize }));
  }

  for (let i = 0; i < count.plain; i++) {
    const name = `plain-${i}`;
    names.plain.push(name);
    const objects = serviceObjects(name, { salt: String(Math.floor(random() * 1000)) });
    for (let f = 0; f < 3; f++) write(dir, `plain/${name}/part-${f}.yaml`, yamlDocs(objects.slice(f * 5, f * 5 + 5)));
    write(dir, `argocd/plain/${name}.yaml`, application(name, { path: `plain/${name}` }));
  }

  write(dir, 'jsonnet/lib/service.libsonnet', jsonnetLib());
  for (let i = 0; i < count.jsonnet; i++) {
    const name = `jsonnet-${i}`;
    names.jsonnet.push(name);
    write(dir, `jsonnet/apps/${name}/main.jsonnet`, `(import 'service.libsonnet')('${name}', '${Math.floor(random() * 1000)}')\n`);
    write(dir, `argocd/jsonnet/${name}.yaml`, application(name, { path: `jsonnet/apps/${name}`, directory: { jsonnet: { libs: ['jsonnet/lib'] } } }));
  }

  for (let i = 0; i < appSetApps; i++) {
    const name = `fleet-${i}`;
    names.appSet.push(`fleet-${name}`);
    write(dir, `fleet/${name}/all.yaml`, yamlDocs(serviceObjects(name, { salt: String(i) })));
  }
  if (appSetApps > 0) write(dir, 'argocd/fleet.yaml', appSet('{{.path.basename}}'));

  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  return { dir, names, baseSha: git(dir, 'rev-parse', 'HEAD') };
}

function appSet(namespace) {
  return toYaml({
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'ApplicationSet',
    metadata: { name: 'fleet', namespace: 'argocd' },
    spec: {
      goTemplate: true,
      generators: [{ git: { repoURL: REPO_URL, revision: 'HEAD', directories: [{ path: 'fleet/*' }] } }],
      template: {
        metadata: { name: 'fleet-{{.path.basename}}' },
        spec: {
          project: 'default',
          source: { repoURL: REPO_URL, targetRevision: 'HEAD', path: '{{.path.path}}' },
          destination: { server: 'https://kubernetes.default.svc', namespace },
        },
      },
    },
  });
}

/**
 * The bench's PRs, each a commit on a branch of its own off the base commit: `one-app` changes one
 * Helm app's values, `base` the Kustomize base every overlay uses (30% of apps), `appset` the
 * ApplicationSet's template (all its apps). Returns, per PR, its head commit and the apps it changes.
 */
export function makePullRequests(repo) {
  const { dir, names, baseSha } = repo;
  const prs = {};
  const commit = (branch, change, changedApps) => {
    git(dir, 'checkout', '-q', '-b', branch, baseSha);
    change();
    git(dir, 'commit', '-qam', branch);
    prs[branch] = { sha: git(dir, 'rev-parse', 'HEAD'), changedApps };
  };
  const helmApp = names.helm[0];
  commit('pr-one-app', () => {
    const path = join(dir, `helm/${helmApp}/values.yaml`);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/replicaCount: \d+/, 'replicaCount: 7'));
  }, [helmApp]);
  commit('pr-base', () => {
    const path = join(dir, 'kustomize/bases/common/02-deployment.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('memory: 64Mi', 'memory: 128Mi'));
  }, names.kustomize);
  if (names.appSet.length > 0) commit('pr-appset', () => writeFileSync(join(dir, 'argocd/fleet.yaml'), appSet('team-{{.path.basename}}')), names.appSet);
  git(dir, 'checkout', '-q', baseSha);
  return prs;
}
