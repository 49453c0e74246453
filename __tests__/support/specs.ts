// Argo CD spec YAML as the tests' repositories hold it: one Application builder instead of a
// template per test file.

export interface ApplicationYamlOptions {
  repoURL: string;
  /** `source.path`; leave out for a chart or when `source` holds it. */
  path?: string;
  /** More `source` fields, as YAML lines relative to the source (indented here). */
  source?: string;
  project?: string;
  server?: string;
  /** Destination namespace; default the app's name. */
  namespace?: string;
}

export function applicationYaml(name: string, o: ApplicationYamlOptions): string {
  const source = [`repoURL: ${o.repoURL}`, ...(o.path === undefined ? [] : [`path: ${o.path}`]), ...(o.source ?? '').split('\n').filter((l) => l.trim() !== '')];
  return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
spec:
  project: ${o.project ?? 'default'}
  destination:
    server: ${o.server ?? 'https://kubernetes.default.svc'}
    namespace: ${o.namespace ?? name}
  source:
${source.map((l) => `    ${l}`).join('\n')}
`;
}
