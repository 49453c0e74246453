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
  /** The destination by another field than the server, e.g. `name: east`. */
  destination?: string;
  /** Destination namespace; default the app's name. */
  namespace?: string;
  /** More `spec` fields (syncPolicy, ignoreDifferences), as YAML lines relative to the spec. */
  spec?: string;
}

export function applicationYaml(name: string, o: ApplicationYamlOptions): string {
  const lines = (text = '') => text.split('\n').filter((l) => l.trim() !== '');
  const indent = (n: number, list: string[]) => list.map((l) => `${' '.repeat(n)}${l}`).join('\n');
  const source = [`repoURL: ${o.repoURL}`, ...(o.path === undefined ? [] : [`path: ${o.path}`]), ...lines(o.source)];
  const spec = lines(o.spec);
  return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
spec:
  project: ${o.project ?? 'default'}
  destination:
    ${o.destination ?? `server: ${o.server ?? 'https://kubernetes.default.svc'}`}
    namespace: ${o.namespace ?? name}
  source:
${indent(4, source)}
${spec.length > 0 ? `${indent(2, spec)}\n` : ''}`;
}
