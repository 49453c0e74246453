function(replicas=1) {
  local labels = { app: 'status-page' },
  apiVersion: 'v1',
  kind: 'List',
  items: [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'status-page', labels: labels },
      spec: {
        replicas: replicas,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels: labels },
          spec: { containers: [{ name: 'web', image: 'nginx:1.27-alpine', ports: [{ containerPort: 80 }] }] },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'status-page' },
      spec: { selector: labels, ports: [{ port: 80 }] },
    },
  ],
}
