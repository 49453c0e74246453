import { clusterLabel, destinationLabel } from '../../src/report/destination.js';

const known = [
  { name: 'prod-eu', server: 'https://eu.k8s.example.com' },
  { name: 'rancher-a', server: 'https://rancher.example.com/k8s/clusters/c-a/' },
];

describe('destinationLabel', () => {
  it("reads Argo CD's in-cluster URL as in-cluster, with the namespace after it", () => {
    expect(destinationLabel('https://kubernetes.default.svc/payments')).toBe('in-cluster/payments');
    expect(destinationLabel('https://kubernetes.default.svc/', known)).toBe('in-cluster');
  });

  it('names a known server by its cluster Secret or kubeconfig name, trailing slashes aside', () => {
    expect(destinationLabel('https://eu.k8s.example.com/checkout', known)).toBe('prod-eu/checkout');
    expect(destinationLabel('https://rancher.example.com/k8s/clusters/c-a/web', known)).toBe('rancher-a/web');
  });

  it('shows an unknown server without its scheme, keeping a path that tells clusters on one host apart', () => {
    expect(destinationLabel('https://10.0.0.7:6443/jobs', known)).toBe('10.0.0.7:6443/jobs');
    expect(clusterLabel('https://rancher.example.com/k8s/clusters/c-b', known)).toBe('rancher.example.com/k8s/clusters/c-b');
  });

  it('keeps a destination given by name as it is', () => {
    expect(destinationLabel('in-cluster/prod', known)).toBe('in-cluster/prod');
    expect(destinationLabel('staging/', known)).toBe('staging');
  });
});
