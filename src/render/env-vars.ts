// The $ARGOCD_APP_* variables Argo CD's repo server builds per source (repository.go newEnv), and its
// Envsubst: Go's os.Expand, where an unknown name expands to "" and `$$` stands for a literal `$`.
import type { AppSpec, ApplicationSource } from '../model/argocd.js';

export type AppEnv = ReadonlyArray<readonly [name: string, value: string]>;

/**
 * Variables for one source. `revision` is the resolved revision of that source (commit SHA for git,
 * chart version for a Helm repository chart).
 */
export function appEnv(spec: AppSpec, source: ApplicationSource, revision: string): AppEnv {
  return [
    ['ARGOCD_APP_NAME', spec.app.metadata.name],
    ['ARGOCD_APP_NAMESPACE', spec.app.spec.destination?.namespace ?? ''],
    ['ARGOCD_APP_PROJECT_NAME', spec.app.spec.project || 'default'],
    ['ARGOCD_APP_REVISION', revision],
    ['ARGOCD_APP_REVISION_SHORT', revision.slice(0, 7)],
    ['ARGOCD_APP_REVISION_SHORT_8', revision.slice(0, 8)],
    ['ARGOCD_APP_SOURCE_REPO_URL', source.repoURL],
    ['ARGOCD_APP_SOURCE_PATH', source.path ?? ''],
    ['ARGOCD_APP_SOURCE_TARGET_REVISION', source.targetRevision ?? ''],
  ];
}

/** `NAME=value` entries for a tool's environment (Argo CD's Env.Environ skips empty entries). */
export function environ(env: AppEnv): Record<string, string> {
  return Object.fromEntries(env.filter(([name, value]) => name !== '' || value !== ''));
}

export function envsubst(text: string, env: AppEnv): string {
  const values = new Map(env);
  return expand(text, (name) => (name === '$' ? '$' : (values.get(name) ?? '')));
}

// A port of Go's os.Expand, so odd inputs (`${}`, `$1`, a trailing `$`) come out as in Argo CD.
function expand(s: string, mapping: (name: string) => string): string {
  let out = '';
  let i = 0;
  for (let j = 0; j < s.length; j++) {
    if (s[j] !== '$' || j + 1 >= s.length) continue;
    out += s.slice(i, j);
    const [name, width] = shellName(s.slice(j + 1));
    if (name === '' && width > 0) {
      // invalid syntax: the characters are eaten
    } else if (name === '') {
      out += '$';
    } else {
      out += mapping(name);
    }
    j += width;
    i = j + 1;
  }
  return i === 0 ? s : out + s.slice(i);
}

function shellName(s: string): [string, number] {
  if (s[0] === '{') {
    if (s.length > 2 && isSpecial(s[1]) && s[2] === '}') return [s[1], 3];
    for (let i = 1; i < s.length; i++) {
      if (s[i] === '}') return i === 1 ? ['', 2] : [s.slice(1, i), i + 1];
    }
    return ['', 1];
  }
  if (isSpecial(s[0])) return [s[0], 1];
  let i = 0;
  while (i < s.length && /[A-Za-z0-9_]/.test(s[i])) i++;
  return [s.slice(0, i), i];
}

function isSpecial(c: string | undefined): boolean {
  return c !== undefined && '*#$@!?-0123456789'.includes(c);
}
