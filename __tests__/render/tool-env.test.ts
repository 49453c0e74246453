// What each external tool sees of the action's environment: exactly the allowed variables, never an
// input, token, runner variable, kubeconfig or gitops-sync setting. The spawns go through runTool with
// /usr/bin/env as the "tool", which prints the environment it was given and nothing else.
import { runTool } from '../../src/render/tools/exec.js';
import { toolEnv, type ToolKind } from '../../src/render/tools/tool-env.js';

const BASE = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/home/runner', TMPDIR: '/tmp', LANG: 'C.UTF-8' };
const NETWORK = { HTTPS_PROXY: 'http://proxy.internal:3128', NO_PROXY: 'localhost', SSL_CERT_FILE: '/etc/ssl/corp.pem' };
const SECRETS = {
  'INPUT_GITHUB-TOKEN': 'planted-input-github-token',
  'INPUT_REPO-TOKEN': 'planted-input-repo-token',
  'INPUT_HELM-REPO-CREDENTIALS': '[{"url":"oci://r","username":"u","password":"planted-helm-password"}]',
  INPUT_KUBECONFIG: 'planted-kubeconfig',
  GITHUB_TOKEN: 'planted-github-token',
  ACTIONS_RUNTIME_TOKEN: 'planted-actions-runtime-token',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'planted-oidc-token',
  RUNNER_TEMP: '/home/runner/work/_temp',
  GITOPS_SYNC_REPO_TOKEN: 'planted-cli-repo-token',
  GITOPS_SYNC_HELM_REPO_CREDENTIALS: 'planted-cli-helm-creds',
  KUBECONFIG: '/home/runner/.kube/config',
  AWS_SECRET_ACCESS_KEY: 'planted-aws-secret',
  JSONNET_PATH: '/home/runner/jsonnet-lib',
};
const PARENT = {
  ...BASE,
  ...NETWORK,
  ...SECRETS,
  HELM_CACHE_HOME: '/home/runner/.helm-cache',
  XDG_CONFIG_HOME: '/home/runner/.config',
  SSH_AUTH_SOCK: '/tmp/ssh-agent.sock',
};

/** The exact environment each tool gets from PARENT. */
const EXPECTED: Record<ToolKind, Record<string, string>> = {
  helm: { ...BASE, ...NETWORK, HELM_CACHE_HOME: PARENT.HELM_CACHE_HOME, XDG_CONFIG_HOME: PARENT.XDG_CONFIG_HOME },
  kustomize: { ...BASE, ...NETWORK, SSH_AUTH_SOCK: PARENT.SSH_AUTH_SOCK },
  jsonnet: BASE,
  'jsonnet-deps': BASE,
  git: { ...BASE, ...NETWORK, SSH_AUTH_SOCK: PARENT.SSH_AUTH_SOCK },
  plugin: { ...BASE, ...NETWORK, SSH_AUTH_SOCK: PARENT.SSH_AUTH_SOCK, HELM_CACHE_HOME: PARENT.HELM_CACHE_HOME, XDG_CONFIG_HOME: PARENT.XDG_CONFIG_HOME },
};

describe('toolEnv', () => {
  it.each(Object.keys(EXPECTED) as ToolKind[])('%s gets exactly its variables from the action environment', (tool) => {
    expect(toolEnv(tool, {}, PARENT)).toEqual(EXPECTED[tool]);
  });

  it('adds only the variables Argo CD sets for that tool', () => {
    const extra = { ARGOCD_APP_NAME: 'guestbook', GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraHeader', HELM_REGISTRY_CONFIG: '/tmp/r.json', ...SECRETS };
    expect(toolEnv('kustomize', extra, PARENT)).toEqual({ ...EXPECTED.kustomize, ARGOCD_APP_NAME: 'guestbook' });
    expect(toolEnv('git', extra, PARENT)).toEqual({ ...EXPECTED.git, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraHeader' });
    expect(toolEnv('helm', extra, PARENT)).toEqual({ ...EXPECTED.helm, HELM_REGISTRY_CONFIG: '/tmp/r.json' });
    expect(toolEnv('jsonnet', extra, PARENT)).toEqual(EXPECTED.jsonnet);
    const pluginExtra = { ...extra, KUBE_VERSION: '1.30.0', KUBE_API_VERSIONS: 'v1', 'ARGOCD_ENV_any.name': 'x', PARAM_REPLICAS: '2', ARGOCD_APP_PARAMETERS: '[]' };
    expect(toolEnv('plugin', pluginExtra, PARENT)).toEqual({
      ...EXPECTED.plugin,
      ARGOCD_APP_NAME: 'guestbook',
      KUBE_VERSION: '1.30.0',
      KUBE_API_VERSIONS: 'v1',
      'ARGOCD_ENV_any.name': 'x',
      PARAM_REPLICAS: '2',
      ARGOCD_APP_PARAMETERS: '[]',
    });
  });
});

describe('runTool', () => {
  const saved = process.env;
  beforeEach(() => {
    process.env = { ...PARENT };
  });
  afterEach(() => {
    process.env = saved;
  });

  it.each(Object.keys(EXPECTED) as ToolKind[])('spawns %s with that environment and no other', async (tool) => {
    const { stdout } = await runTool('/usr/bin/env', [], { tool, env: { ARGOCD_APP_NAME: 'guestbook', ...SECRETS } });
    const seen = Object.fromEntries(stdout.trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    expect(seen).toEqual(tool === 'kustomize' || tool === 'plugin' ? { ...EXPECTED[tool], ARGOCD_APP_NAME: 'guestbook' } : EXPECTED[tool]);
    for (const value of Object.values(SECRETS)) expect(stdout).not.toContain(value);
  });
});
