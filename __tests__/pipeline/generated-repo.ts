// A GitOps repository shaped like real ones, generated: Helm apps over one chart (with a file://
// library dependency) with per-app values, Kustomize overlays over a shared base (some with
// kustomize.images and namePrefix in the spec), plain YAML directories, Jsonnet apps importing a
// shared library, an app-of-apps root, a list ApplicationSet, an AppProject and argocd-cm.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { applicationYaml } from '../support/specs.js';

export const GEN_REPO_URL = 'https://github.com/example/generated.git';

export interface GeneratedRepoOptions {
  helm: number;
  kustomize: number;
  plain: number;
  jsonnet: number;
  /** Elements of the list ApplicationSet (plain directories). */
  appSet: number;
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function application(name: string, source: string, namespace = name): string {
  return `${applicationYaml(name, { repoURL: GEN_REPO_URL, source, project: 'platform', namespace })}---\n`;
}

function configMap(name: string, data: string): string {
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  value: "${data}"\n`;
}

export function generateRepo(o: GeneratedRepoOptions): Record<string, string> {
  const files: Record<string, string> = {
    'README.md': '# platform gitops\n',
    'argocd/argocd-cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: argocd-cm\n  namespace: argocd\ndata:\n  application.resourceTrackingMethod: annotation\n',
    'argocd/project.yaml': `apiVersion: argoproj.io/v1alpha1
kind: AppProject
metadata:
  name: platform
  namespace: argocd
spec:
  sourceRepos: ['*']
  destinations: [{server: '*', namespace: '*'}]
  clusterResourceWhitelist: [{group: '*', kind: '*'}]
`,
    'charts/lib/Chart.yaml': 'apiVersion: v2\nname: lib\nversion: 0.1.0\ntype: library\n',
    'charts/lib/templates/_labels.tpl': '{{- define "lib.labels" -}}\napp.kubernetes.io/part-of: platform\n{{- end -}}\n',
    'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\ndependencies:\n  - name: lib\n    version: 0.1.0\n    repository: file://../lib\n',
    'charts/web/values.yaml': 'replicas: 1\nimage: nginx:1.25\n',
    'charts/web/templates/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
  labels:
    {{- include "lib.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicas }}
  selector:
    matchLabels: {app: {{ .Release.Name }}}
  template:
    metadata:
      labels: {app: {{ .Release.Name }}}
    spec:
      containers:
        - name: web
          image: {{ .Values.image }}
`,
    'charts/web/templates/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  selector: {app: {{ .Release.Name }}}\n  ports: [{port: 80}]\n',
    'kustomize/base/kustomization.yaml': 'resources: [deployment.yaml, service.yaml]\n',
    'kustomize/base/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 1
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: api
          image: ghcr.io/example/api:1.0.0
`,
    'kustomize/base/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  selector: {app: api}\n  ports: [{port: 8080}]\n',
    'jsonnet/lib/common.libsonnet': '{\n  configMap(name, data):: { apiVersion: "v1", kind: "ConfigMap", metadata: { name: name }, data: data },\n}\n',
    'root/children.yaml': '',
  };
  let apps = '';
  for (let i = 0; i < o.helm; i++) {
    const name = `web-${i}`;
    files[`values/${name}.yaml`] = `replicas: ${(i % 3) + 1}\n`;
    apps += application(name, `path: charts/web\nhelm:\n  valueFiles: [../../values/${name}.yaml]`);
  }
  for (let i = 0; i < o.kustomize; i++) {
    const name = `api-${i}`;
    files[`kustomize/overlays/${name}/kustomization.yaml`] = `resources: [../../base]\npatches:\n  - path: replicas.yaml\n`;
    files[`kustomize/overlays/${name}/replicas.yaml`] = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: ${i + 2}\n`;
    const edits = i % 3 === 0 ? `\nkustomize:\n  images: [ghcr.io/example/api:2.${i}.0]\n  namePrefix: ${name}-` : '';
    apps += application(name, `path: kustomize/overlays/${name}${edits}`);
  }
  for (let i = 0; i < o.plain; i++) {
    const name = `static-${i}`;
    files[`plain/${name}/config.yaml`] = configMap(`${name}-config`, `v${i}`);
    files[`plain/${name}/notes.txt`] = 'not a manifest\n';
    apps += application(name, `path: plain/${name}`);
  }
  for (let i = 0; i < o.jsonnet; i++) {
    const name = `jsonnet-${i}`;
    files[`jsonnet/apps/${name}/main.jsonnet`] = `local c = import 'common.libsonnet';\n[c.configMap('${name}', { index: '${i}' })]\n`;
    apps += application(name, `path: jsonnet/apps/${name}\ndirectory:\n  jsonnet:\n    libs: [jsonnet/lib]`);
  }
  // An app-of-apps root whose child is a plain directory app.
  files['root/children.yaml'] = application('child-0', 'path: plain/child-0', 'child');
  files['plain/child-0/config.yaml'] = configMap('child-config', 'c');
  apps += application('root', 'path: root', 'argocd');
  files['apps/apps.yaml'] = apps;
  const elements = Array.from({ length: o.appSet }, (_, i) => `        - name: set-${i}`).join('\n');
  for (let i = 0; i < o.appSet; i++) files[`sets/set-${i}/config.yaml`] = configMap(`set-${i}`, `s${i}`);
  files['apps/appset.yaml'] = `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata:
  name: sets
  namespace: argocd
spec:
  generators:
    - list:
        elements:
${elements}
  template:
    metadata:
      name: '{{name}}'
    spec:
      project: platform
      destination:
        server: https://kubernetes.default.svc
        namespace: '{{name}}'
      source:
        repoURL: ${GEN_REPO_URL}
        path: 'sets/{{name}}'
`;
  return files;
}
