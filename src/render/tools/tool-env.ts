// The environment of every external tool the action runs. A pull request controls what the tools
// read (a Jsonnet `importstr "/proc/self/environ"`, a kustomize env file line naming a variable), so
// a tool sees only what it needs: never the action's inputs (INPUT_*), tokens (GITHUB_TOKEN,
// ACTIONS_*), runner variables, KUBECONFIG or gitops-sync's own settings. This is the only place a
// tool environment is built; runTool calls it for every spawn.

export type ToolKind = 'helm' | 'kustomize' | 'jsonnet' | 'jsonnet-deps' | 'git' | 'plugin';

/** Taken from the action's environment for every tool: where programs are, a home, temp dirs, locale. */
const BASE = ['PATH', 'HOME', 'TMPDIR', 'TEMP', 'TMP', 'LANG', 'LC_ALL', 'SYSTEMROOT'];
/** Tools that reach the network (helm pulls and remote value files, kustomize remote bases, git). */
const NETWORK = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy', 'SSL_CERT_FILE', 'SSL_CERT_DIR'];
/** How git reaches ssh remotes; kustomize runs git for remote bases. */
const GIT_SSH = ['SSH_AUTH_SOCK', 'GIT_SSH', 'GIT_SSH_COMMAND'];

const INHERITED: Readonly<Record<ToolKind, readonly string[]>> = {
  // helm's own settings (HELM_CACHE_HOME, HELM_REGISTRY_CONFIG, ...) and the XDG dirs it derives them from.
  helm: [...BASE, ...NETWORK, 'XDG_CACHE_HOME', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME'],
  kustomize: [...BASE, ...NETWORK, ...GIT_SSH],
  jsonnet: BASE,
  'jsonnet-deps': BASE,
  git: [...BASE, ...NETWORK, ...GIT_SSH],
  // A config management plugin's commands typically run helm, kustomize and git: what those get.
  plugin: [...BASE, ...NETWORK, ...GIT_SSH, 'XDG_CACHE_HOME', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME'],
};
const INHERITED_PREFIX: Readonly<Partial<Record<ToolKind, string>>> = { helm: 'HELM_', plugin: 'HELM_' };

/**
 * Variables a caller may add for a tool, as Argo CD's repo server sets them: `ARGOCD_APP_*` for
 * kustomize (util/kustomize Build; helm and jsonnet get none), git's prompt switch and
 * `GIT_CONFIG_*` (the token header), helm's `HELM_*` dirs, and what Argo CD hands a config management
 * plugin (plugin/env.ts). Anything else a caller passes is dropped.
 */
const ADDABLE: Readonly<Record<ToolKind, RegExp>> = {
  helm: /^HELM_[A-Z_]+$/,
  kustomize: /^ARGOCD_APP_[A-Z0-9_]+$/,
  jsonnet: /^$/,
  'jsonnet-deps': /^$/,
  git: /^(GIT_TERMINAL_PROMPT|GIT_CONFIG_COUNT|GIT_CONFIG_(KEY|VALUE)_\d+)$/,
  plugin: /^(ARGOCD_APP_[A-Z0-9_]+|KUBE_VERSION|KUBE_API_VERSIONS|ARGOCD_ENV_[^=\0]*|PARAM_[A-Z0-9_]*)$/,
};

/**
 * The whole environment for one run of `tool`: the allowed variables of `parent` (the action's
 * environment), plus the allowed ones of `extra`.
 */
export function toolEnv(
  tool: ToolKind,
  extra: Readonly<Record<string, string>> = {},
  parent: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const env: Record<string, string> = {};
  const prefix = INHERITED_PREFIX[tool];
  // Each read of process.env asks the C++ side: look up the few names rather than walk them all.
  const names = prefix === undefined ? INHERITED[tool] : Object.keys(parent).filter((n) => INHERITED[tool].includes(n) || n.startsWith(prefix));
  for (const name of names) {
    const value = parent[name];
    if (value !== undefined) env[name] = value;
  }
  for (const [name, value] of Object.entries(extra)) if (ADDABLE[tool].test(name)) env[name] = value;
  return env;
}
