// The ~15 objects of one generated service, as plain objects: what the Helm chart, the Kustomize base,
// the plain-YAML and Jsonnet apps of the generated repo render, and what the diff and sync stages use.
const LABELS = (name) => ({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': 'bench' });

/** `configs` ConfigMaps plus 9 other kinds: 15 objects with the default 6 configs. */
export function serviceObjects(name, { replicas = 1, image = 'registry.local/app:1', configs = 6, salt = '' } = {}) {
  const labels = LABELS(name);
  const meta = (suffix = '') => ({ name: `${name}${suffix}`, labels });
  const out = [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta() },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta(),
      spec: { selector: labels, ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }] },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta(),
      spec: {
        replicas,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            serviceAccountName: name,
            containers: [
              {
                name: 'main',
                image,
                ports: [{ containerPort: 8080, name: 'http' }],
                env: [
                  { name: 'SERVICE', value: name },
                  { name: 'SALT', value: `x${salt}` },
                ],
                resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { memory: '64Mi' } },
                readinessProbe: { httpGet: { path: '/ready', port: 'http' }, periodSeconds: 10 },
              },
            ],
          },
        },
      },
    },
    {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: meta(),
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
        minReplicas: 1,
        maxReplicas: 3,
        metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }],
      },
    },
    { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: meta(), spec: { maxUnavailable: 1, selector: { matchLabels: labels } } },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: meta(),
      spec: { rules: [{ host: `${name}.bench.local`, http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name, port: { number: 80 } } } }] } }] },
    },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: meta(), rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list', 'watch'] }] },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: meta(),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
      subjects: [{ kind: 'ServiceAccount', name }],
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta(),
      spec: { podSelector: { matchLabels: labels }, ingress: [{ ports: [{ port: 8080, protocol: 'TCP' }] }], policyTypes: ['Ingress'] },
    },
  ];
  for (let i = 0; i < configs; i++) {
    out.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(`-config-${i}`), data: { 'settings.yaml': `level: info\nindex: ${i}\nsalt: x${salt}\n`, mode: 'bench' } });
  }
  return out;
}

/** `n` ConfigMaps, Services and (one in 50) Deployments, for the sync stage. */
export function syncObjects(prefix, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const name = `${prefix}-${i}`;
    const labels = LABELS(name);
    if (i % 50 === 0) {
      out.push({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name, labels },
        spec: { replicas: 1, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'main', image: 'registry.local/app:1' }] } } },
      });
    } else if (i % 5 === 0) {
      // Headless: a thousand Services must not exhaust the test cluster's service IP range.
      out.push({ apiVersion: 'v1', kind: 'Service', metadata: { name, labels }, spec: { clusterIP: 'None', selector: labels, ports: [{ port: 80, targetPort: 8080 }] } });
    } else {
      out.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, labels }, data: { 'settings.yaml': `level: info\nindex: ${i}\n`, mode: 'bench' } });
    }
  }
  return out;
}
