import { formatProblem } from '../../src/model/errors.js';
import {
  validateAppSet,
  validateArgoCdConfig,
  validateClusterSecret,
  validateProject,
} from '../../src/load/validate-kinds.js';
import { parseDocuments } from '../../src/load/yaml-docs.js';

function run<T extends { problems: unknown[] }>(
  fn: (raw: unknown, origin: { file: string; line: number }, lineOf: (p: readonly (string | number)[]) => number) => T,
  text: string,
): T {
  const [doc] = parseDocuments(text, 'k.yaml');
  return fn(doc.value, { file: 'k.yaml', line: doc.line }, doc.lineOf);
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('validateProject', () => {
  it('defaults group to the core group in resource lists', () => {
    const { project, problems } = run(
      validateProject,
      'kind: AppProject\nmetadata:\n  name: p\nspec:\n  clusterResourceWhitelist:\n    - kind: Namespace\n',
    );
    expect(problems).toEqual([]);
    expect(project?.spec.clusterResourceWhitelist).toEqual([{ group: '', kind: 'Namespace' }]);
  });

  it('accepts a project without spec', () => {
    const { project, problems } = run(validateProject, 'kind: AppProject\nmetadata:\n  name: p\n');
    expect(problems).toEqual([]);
    expect(project?.spec).toEqual({});
  });

  it('reports bad fields with the project name', () => {
    const text = `kind: AppProject
metadata:
  name: team-a
spec:
  sourceRepos: https://github.com/x
  namespaceResourceBlacklist:
    - group: apps
  syncWindows:
    - kind: maybe
      schedule: '* * * * *'
      duration: 1h
    - kind: allow
`;
    expect(run(validateProject, text).problems.map(formatProblem)).toEqual([
      'k.yaml:5: field spec.sourceRepos: AppProject "team-a": must be a list of strings, got string "https://github.com/x"',
      'k.yaml:7: field spec.namespaceResourceBlacklist[0].kind: AppProject "team-a": is required',
      "k.yaml:9: field spec.syncWindows[0].kind: AppProject \"team-a\": kind 'maybe' mismatch: can only be allow or deny",
      'k.yaml:12: field spec.syncWindows[1].schedule: AppProject "team-a": is required',
      'k.yaml:12: field spec.syncWindows[1].duration: AppProject "team-a": is required',
    ]);
  });
});

describe('validateAppSet', () => {
  it('keeps the template verbatim', () => {
    const text = "kind: ApplicationSet\nmetadata:\n  name: s\nspec:\n  generators:\n    - list:\n        elements: [{a: 1}]\n  template:\n    metadata:\n      name: '{{a}}'\n    spec:\n      project: null\n";
    const { appSet, problems } = run(validateAppSet, text);
    expect(problems).toEqual([]);
    expect(appSet?.spec.template).toEqual({ metadata: { name: '{{a}}' }, spec: { project: null } });
  });

  it('requires generators and a template', () => {
    const text = 'kind: ApplicationSet\nmetadata:\n  name: s\nspec:\n  generators: {list: {}}\n';
    expect(run(validateAppSet, text).problems.map(formatProblem)).toEqual([
      'k.yaml:5: app s: field spec.generators: must be a list of objects, got an object',
      'k.yaml:4: app s: field spec.template: is required',
    ]);
  });
});

describe('validateArgoCdConfig', () => {
  it('keeps string values and reports the others', () => {
    const text = 'kind: ConfigMap\nmetadata:\n  name: argocd-cm\ndata:\n  a: x\n  timeout.reconciliation: 180\n  b:\n';
    const { config, problems } = run(validateArgoCdConfig, text);
    expect(config).toEqual({ a: 'x' });
    expect(problems.map(formatProblem)).toEqual([
      'k.yaml:6: field data.timeout.reconciliation: ConfigMap "argocd-cm": must be a string, got number',
    ]);
  });
});

describe('validateClusterSecret', () => {
  const secret = (body: string) =>
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: c\n  labels:\n    argocd.argoproj.io/secret-type: cluster\n${body}`;

  it('decodes base64 data, lets stringData win, and never keeps config', () => {
    const text = secret(`data:
  name: ${b64('from-data')}
  server: ${b64('https://data.example.com')}
  namespaces: ${b64('a,b')}
  config: ${b64('{"bearerToken":"SECRET"}')}
stringData:
  name: from-string-data
`);
    const { cluster, problems } = run(validateClusterSecret, text);
    expect(problems).toEqual([]);
    expect(cluster).toEqual({
      name: 'from-string-data',
      server: 'https://data.example.com',
      namespaces: ['a', 'b'],
      labels: { 'argocd.argoproj.io/secret-type': 'cluster' },
      annotations: {},
      origin: { file: 'k.yaml', line: 1 },
    });
    expect(JSON.stringify(cluster)).not.toContain('SECRET');
  });

  it('requires server and rejects bad base64 and non-JSON config without quoting it', () => {
    const text = secret(`data:
  name: '%%%'
stringData:
  config: 'token: SECRET'
`);
    const messages = run(validateClusterSecret, text).problems.map(formatProblem);
    expect(messages).toEqual([
      'k.yaml:8: field data.name: cluster Secret "c": must be a base64-encoded string',
      'k.yaml:9: field stringData.server: cluster Secret "c": is required',
      'k.yaml:10: field stringData.config: cluster Secret "c": failed to unmarshal cluster config: not valid JSON',
    ]);
    expect(messages.join('\n')).not.toContain('SECRET');
  });
});
