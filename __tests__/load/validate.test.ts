import { formatProblem } from '../../src/model/errors.js';
import { validateApplication } from '../../src/load/validate.js';
import { parseDocuments } from '../../src/load/yaml-docs.js';

/** An Application whose spec body starts on line 6 of `app.yaml`. */
function app(specBody: string, name = 'demo'): string {
  return `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${name}\nspec:\n${specBody}`;
}

const DEST = `  destination:
    server: https://kubernetes.default.svc
    namespace: demo
`;
const SOURCE = `  source:
    repoURL: https://github.com/example/repo.git
    path: app
`;

function validate(text: string) {
  const [doc] = parseDocuments(text, 'app.yaml');
  return validateApplication(doc.value, { file: 'app.yaml', line: doc.line }, doc.lineOf);
}

function messages(text: string): string[] {
  return validate(text).problems.map(formatProblem);
}

describe('validateApplication: normalization', () => {
  it('defaults the project and trims trailing slashes from the server', () => {
    const { app: a, problems } = validate(app(`  project: ""\n  destination:\n    server: https://x.example.com//\n${SOURCE}`));
    expect(problems).toEqual([]);
    expect(a?.spec.project).toBe('default');
    expect(a?.spec.destination.server).toBe('https://x.example.com');
    expect(a?.spec.source?.path).toBe('app');
    expect(a?.metadata.name).toBe('demo');
  });

  it('uses `sources` when non-empty and drops `source`', () => {
    const { app: a, problems } = validate(
      app(`${DEST}${SOURCE}  sources:
    - repoURL: https://charts.example.com
      chart: web
      targetRevision: 1.0.0
    - repoURL: https://github.com/example/values.git
      ref: values
`),
    );
    expect(problems).toEqual([]);
    expect(a?.spec.source).toBeUndefined();
    expect(a?.spec.sources?.map((s) => s.chart ?? s.ref)).toEqual(['web', 'values']);
  });

  it('uses `source` when `sources` is empty, and ignores an invalid `source` beside `sources`', () => {
    const single = validate(app(`${DEST}${SOURCE}  sources: []\n`));
    expect(single.problems).toEqual([]);
    expect(single.app?.spec.sources).toBeUndefined();
    expect(single.app?.spec.source?.repoURL).toBe('https://github.com/example/repo.git');
    const multi = validate(app(`${DEST}  source:\n    path: 3\n  sources:\n    - repoURL: r\n      path: p\n`));
    expect(multi.problems).toEqual([]);
  });

  it('treats null fields as unset but keeps nulls inside helm valuesObject', () => {
    const { app: a, problems } = validate(
      app(`${DEST}  source:
    repoURL: r
    path: p
    kustomize:
    helm:
      valuesObject:
        removeMe: null
  syncPolicy:
    automated:
`),
    );
    expect(problems).toEqual([]);
    expect(a?.spec.source).not.toHaveProperty('kustomize');
    expect(a?.spec.source?.helm?.valuesObject).toEqual({ removeMe: null });
    expect(a?.spec.syncPolicy).toEqual({});
  });

  it('accepts the documented option shapes', () => {
    const { problems } = validate(
      app(`${DEST}  source:
    repoURL: r
    path: p
    kustomize:
      images: [nginx:1.25]
      replicas:
        - name: web
          count: 2
        - name: api
          count: "3"
      commonLabels: {team: a}
  syncPolicy:
    automated: {prune: true, selfHeal: false}
    syncOptions: [CreateNamespace=true, ServerSideApply=true]
    retry:
      limit: -1
      backoff: {duration: 5s, factor: 2, maxDuration: 3m}
  ignoreDifferences:
    - group: apps
      kind: Deployment
      jsonPointers: [/spec/replicas]
`),
    );
    expect(problems).toEqual([]);
  });
});

describe('validateApplication: errors name file:line, app and field', () => {
  it('requires metadata.name', () => {
    const text = 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  namespace: argocd\nspec: {}\n';
    expect(messages(text)).toContain('app.yaml:3: field metadata.name: is required');
  });

  it('rejects names the API server would refuse', () => {
    expect(messages(app(`${DEST}${SOURCE}`, 'My_App'))).toEqual([
      `app.yaml:4: app My_App: field metadata.name: "My_App" is not a valid Kubernetes object name (lowercase letters, digits, '-' and '.', at most 253 characters)`,
    ]);
    expect(validate(app(`${DEST}${SOURCE}`, 'team-a.web-1')).problems).toEqual([]);
  });

  it('requires spec', () => {
    expect(messages('kind: Application\nmetadata:\n  name: x\n')).toEqual(['app.yaml:1: app x: field spec: is required']);
  });

  it('rejects a non-object document', () => {
    expect(messages('- a\n- b\n')).toEqual(['app.yaml:1: an Application must be a YAML/JSON object']);
  });

  it('rejects both destination.server and destination.name', () => {
    expect(messages(app(`  destination:\n    server: https://s\n    name: in-cluster\n${SOURCE}`))).toEqual([
      "app.yaml:6: app demo: field spec.destination: application destination can't have both name and server defined: in-cluster https://s",
    ]);
  });

  it('rejects a destination with neither server nor name', () => {
    expect(messages(app(`  destination:\n    namespace: x\n${SOURCE}`))).toEqual([
      'app.yaml:6: app demo: field spec.destination: Destination server missing from app spec',
    ]);
  });

  it('requires destination', () => {
    expect(messages(app(SOURCE))).toEqual(['app.yaml:5: app demo: field spec.destination: is required']);
  });

  it('requires a source', () => {
    expect(messages(app(DEST))).toEqual([
      'app.yaml:5: app demo: field spec.source: spec.source.repoURL and either spec.source.path or spec.source.chart are required',
    ]);
  });

  it('requires path or chart in a single source, and targetRevision with a chart', () => {
    expect(messages(app(`${DEST}  source:\n    repoURL: r\n`))).toEqual([
      'app.yaml:9: app demo: field spec.source: spec.source.repoURL and either spec.source.path or spec.source.chart are required',
    ]);
    expect(messages(app(`${DEST}  source:\n    repoURL: r\n    chart: web\n`))).toEqual([
      'app.yaml:9: app demo: field spec.source.targetRevision: spec.source.targetRevision is required if the manifest source is a helm chart',
    ]);
  });

  it('accepts a ref-only source only among several sources', () => {
    const text = app(`${DEST}  sources:\n    - repoURL: r\n      path: p\n    - repoURL: v\n    - repoURL: w\n      ref: ok\n`);
    expect(messages(text)).toEqual([
      'app.yaml:12: app demo: field spec.sources[1]: repoURL and either path, chart, or ref are required for each of spec.sources',
    ]);
  });

  it('checks ref keys: characters and uniqueness', () => {
    const text = app(`${DEST}  sources:
    - repoURL: a
      ref: my.values
    - repoURL: b
      ref: v
    - repoURL: c
      ref: v
`);
    expect(messages(text)).toEqual([
      "app.yaml:11: app demo: field spec.sources[0].ref: sources.ref my.values cannot contain any special characters except '_' and '-'",
      'app.yaml:15: app demo: field spec.sources[2].ref: invalid sources: multiple sources had the same `ref` key',
    ]);
  });

  it('rejects more than one source type, naming them as Argo CD does', () => {
    const text = app(`${DEST}  source:\n    repoURL: r\n    path: p\n    helm: {}\n    kustomize: {}\n`);
    expect(messages(text)).toEqual([
      'app.yaml:9: app demo: field spec.source: multiple application sources defined: Kustomize,Helm',
    ]);
  });

  it('checks the fields of a config management plugin source', () => {
    const good = app(`${DEST}  source:\n    repoURL: r\n    path: p\n    plugin:\n      name: cmp\n      env: [{name: A, value: b}]\n      parameters: [{name: p, string: s}, {name: q, array: [a]}, {name: r, map: {k: v}}]\n`);
    expect(messages(good)).toEqual([]);
    const bad = app(`${DEST}  source:\n    repoURL: r\n    path: p\n    plugin:\n      name: 3\n      env: [{value: b}]\n      parameters: [{name: q, array: a}]\n`);
    expect(messages(bad)).toEqual([
      'app.yaml:13: app demo: field spec.source.plugin.name: must be a string, got number 3',
      'app.yaml:14: app demo: field spec.source.plugin.env[0].name: is required',
      'app.yaml:15: app demo: field spec.source.plugin.parameters[0].array: must be a list of strings, got string "a"',
    ]);
  });

  it('checks types of source fields', () => {
    const text = app(`${DEST}  source:
    repoURL: r
    path: 7
    helm:
      valueFiles: [a.yaml, 3]
      parameters:
        - name: x
          value: true
        - value: z
      skipCrds: "yes"
`);
    expect(messages(text)).toEqual([
      'app.yaml:11: app demo: field spec.source.path: must be a string, got number 7',
      'app.yaml:13: app demo: field spec.source.helm.valueFiles[1]: must be a string, got number 3',
      'app.yaml:18: app demo: field spec.source.helm.skipCrds: must be a boolean (true or false), got string "yes"',
      'app.yaml:16: app demo: field spec.source.helm.parameters[0].value: must be a string, got boolean true',
      'app.yaml:17: app demo: field spec.source.helm.parameters[1].name: is required',
    ]);
  });

  it('checks kustomize images and replicas counts', () => {
    const text = app(`${DEST}  source:
    repoURL: r
    path: p
    kustomize:
      images: nginx:1.25
      replicas:
        - name: web
          count: three
        - name: api
          count: 1.5
`);
    expect(messages(text)).toEqual([
      'app.yaml:13: app demo: field spec.source.kustomize.images: must be a list of strings, got string "nginx:1.25"',
      'app.yaml:16: app demo: field spec.source.kustomize.replicas[0].count: expected integer value for count. Received: three',
      'app.yaml:18: app demo: field spec.source.kustomize.replicas[1].count: must be an integer or a string, got number 1.5',
    ]);
  });

  it('checks directory and jsonnet options', () => {
    const text = app(`${DEST}  source:
    repoURL: r
    path: p
    directory:
      recurse: 1
      jsonnet:
        tlas:
          - value: x
`);
    expect(messages(text)).toEqual([
      'app.yaml:13: app demo: field spec.source.directory.recurse: must be a boolean (true or false), got number 1',
      'app.yaml:16: app demo: field spec.source.directory.jsonnet.tlas[0].name: is required',
    ]);
  });

  it('checks syncPolicy: automated object, syncOptions strings, retry limit number', () => {
    const text = app(`${DEST}${SOURCE}  syncPolicy:
    automated: true
    syncOptions:
      - CreateNamespace=true
      - {Prune: false}
    retry:
      limit: "5"
`);
    expect(messages(text)).toEqual([
      'app.yaml:16: app demo: field spec.syncPolicy.syncOptions[1]: must be a string, got an object',
      'app.yaml:13: app demo: field spec.syncPolicy.automated: must be an object, got boolean true',
      'app.yaml:18: app demo: field spec.syncPolicy.retry.limit: must be an integer, got string "5"',
    ]);
  });

  it('requires kind in ignoreDifferences entries', () => {
    const text = app(`${DEST}${SOURCE}  ignoreDifferences:
    - group: apps
      jsonPointers: [/spec/replicas]
    - kind: Service
      jsonPointers: /spec
`);
    expect(messages(text)).toEqual([
      'app.yaml:13: app demo: field spec.ignoreDifferences[0].kind: is required',
      'app.yaml:16: app demo: field spec.ignoreDifferences[1].jsonPointers: must be a list of strings, got string "/spec"',
    ]);
  });

  it('uses the origin line when no position lookup is given', () => {
    const { problems } = validateApplication({ kind: 'Application', metadata: { name: 'gen' } }, { file: 'set.yaml', line: 40, appSet: 'addons' });
    expect(problems.map(formatProblem)).toEqual(['set.yaml:40: app gen: field spec: is required']);
  });
});
