// Issue 9: an API server that accepts connections but never answers. The deploy of an app ends with
// phase Error and a message naming the cluster once the request timeout and retry window are spent;
// it does not wait per request for a minute, nor once per request.
import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { KubeConfig } from '@kubernetes/client-node';
import { ClusterClient } from '../../src/cluster/client.js';
import type { AppSpec } from '../../src/model/argocd.js';
import { syncApp } from '../../src/sync/run/sync-app.js';

let server: Server | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await new Promise((r) => server?.close(r));
});

const spec: AppSpec = {
  app: {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name: 'guestbook', namespace: 'argocd' },
    spec: { project: 'default', source: { repoURL: 'https://example.com/r.git', path: '.' }, destination: { server: 'https://kubernetes.default.svc', namespace: 'web' } },
  },
  origin: { file: 'apps.yaml', line: 1 },
};

describe('a hung API server during a sync', () => {
  it('ends the app with Error naming the cluster, for the lock and for a second app alike', async () => {
    let connections = 0;
    server = createServer((s) => {
      connections++;
      sockets.push(s);
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [{ name: 'prod', server: url, skipTLSVerify: true }],
      users: [{ name: 'u', token: 't' }],
      contexts: [{ name: 'prod-ctx', cluster: 'prod', user: 'u' }],
      currentContext: 'prod-ctx',
    });
    const client = new ClusterClient(kc, 'prod-ctx', { limits: { requestTimeoutMs: 400, retryMs: 1500 } });
    const settings = {
      fieldManager: 'gitops-sync',
      prune: false,
      confirmPrune: false,
      dryRun: false,
      wait: true,
      healthTimeoutMs: 10_000,
      waveDelayMs: 0,
      stateNamespace: 'default',
      holder: 'run-1',
      leaseSeconds: 60,
      lockWaitMs: 5_000,
    };
    const objects = [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'web' } }];
    const first = await syncApp({ spec, objects, client, settings, revision: 'abc1234' });
    expect(first.outcome.phase).toBe('Error');
    expect(first.outcome.message).toMatch(new RegExp(`^cluster prod-ctx \\(${url.replace(/\./g, '\\.')}\\) is not answering for [\\d.]+s: GET /apis/coordination\\.k8s\\.io/v1: no answer within 0\\.4s \\(request timeout 0\\.4s, retried for up to 1\\.5s\\)$`));
    const tried = connections;
    expect(tried).toBeGreaterThan(0);

    // The next app on the same cluster fails at once: no new connection, the same cluster named.
    const second = await syncApp({ spec: { ...spec, app: { ...spec.app, metadata: { ...spec.app.metadata, name: 'other' } } }, objects, client, settings });
    expect(second.outcome.phase).toBe('Error');
    expect(second.outcome.message).toContain(`cluster prod-ctx (${url}) is not answering`);
    expect(connections).toBe(tried);
    client.close();
  });
});
