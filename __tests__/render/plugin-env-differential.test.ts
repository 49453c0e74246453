// The plugin environment against Argo CD's own code: scripts/argocd/plugin-env-ref runs v3.6.1's
// reposerver newEnv + getPluginEnvs (after the gRPC protobuf round trip the repo server sees) on each
// case; pluginEnv must give the same variables. Go iterates maps in random order, so the lists are
// compared sorted, and the effective environment (a later duplicate wins) as a whole.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { AppSpec, ApplicationSource } from '../../src/model/argocd.js';
import { appEnv } from '../../src/render/env-vars.js';
import { pluginEnv } from '../../src/render/plugin/env.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Case {
  appName: string;
  namespace: string;
  project: string;
  revision: string;
  kubeVersion: string;
  apiVersions: string[];
  source: ApplicationSource;
}

const SHA = '0123456789abcdef0123456789abcdef01234567';
const base = (source: Partial<ApplicationSource>, over: Partial<Case> = {}): Case => ({
  appName: 'guestbook',
  namespace: 'team-a',
  project: 'apps',
  revision: SHA,
  kubeVersion: '',
  apiVersions: [],
  source: { repoURL: 'https://git.example.com/gitops.git', path: 'apps/guestbook', targetRevision: 'main', ...source },
  ...over,
});

const CASES: Case[] = [
  base({}),
  base({ plugin: {} }),
  base({ plugin: { name: 'p', parameters: [] } }),
  base({ plugin: { env: [{ name: 'A', value: '$ARGOCD_APP_NAME/${ARGOCD_APP_REVISION_SHORT_8}' }, { name: 'B', value: '$$ $$$ $ ${} ${ $1 $* $UNKNOWN x$' }] } }),
  base({ plugin: { env: [{ name: 'K', value: '$KUBE_VERSION|$KUBE_API_VERSIONS|$ARGOCD_APP_NAMESPACE' }, { name: 'C', value: '$A' }, { name: 'A', value: 'later' }] } }, { kubeVersion: 'v1.30.2-gke.1', apiVersions: ['v1', 'apps/v1', 'example.com/v1alpha1/Widget'] }),
  base({ plugin: { env: [{ name: 'weird.name-1', value: 'x=y=z' }] } }, { kubeVersion: '1.29', namespace: '', revision: 'abc' }),
  base(
    {
      plugin: {
        parameters: [
          { name: 'image-tag', string: 'v1.2.3' },
          { name: 'Ünïcode name', string: 'ü' },
          { name: 'html', string: '<b>&amp;</b>', array: ['<', '>'], map: { '&': '&' } },
          { name: 'empty-map', map: {} },
          { name: 'empty-array', array: [] },
          { name: 'empty-string', string: '' },
          { name: '' },
          { name: 'dup', string: 'first' },
          { name: 'DUP', string: 'second' },
          { name: 'labels', map: { 'app.kubernetes.io/name': 'web', tier: 'front', 'a-b': '1' } },
          { name: 'list', array: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'] },
          { name: 'sep', string: 'line\u2028sep' },
        ],
      },
    },
    { kubeVersion: '1.31.0' },
  ),
];

function ours(c: Case): string[] {
  const spec = { app: { metadata: { name: c.appName }, spec: { project: c.project, destination: { namespace: c.namespace } } } } as unknown as AppSpec;
  return pluginEnv(appEnv(spec, c.source, c.revision), { kubeVersion: c.kubeVersion, apiVersions: c.apiVersions }, c.source.plugin).map(([k, v]) => `${k}=${v}`);
}

const effective = (env: string[]) => Object.fromEntries(env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));

describe("the plugin environment against Argo CD's getPluginEnvs", () => {
  let reference: { env?: string[]; err?: string }[];
  beforeAll(() => {
    const bin = execFileSync('bash', [join(repo, 'scripts', 'argocd', 'build-plugin-env-ref.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop()!;
    const out = execFileSync(bin, [], { input: CASES.map((c) => JSON.stringify(c)).join('\n') + '\n', encoding: 'utf8' });
    reference = out.trim().split('\n').map((l) => JSON.parse(l) as { env?: string[]; err?: string });
  }, 900_000);

  it.each(CASES.map((c, i) => [i, c] as const))('case %i', (i, c) => {
    const want = reference[i];
    expect(want.err).toBeUndefined();
    const got = ours(c);
    expect([...got].sort()).toEqual([...want.env!].sort());
    expect(effective(got)).toEqual(effective(want.env!));
  });
});
