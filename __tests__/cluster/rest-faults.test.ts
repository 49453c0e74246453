// The API client against loopback servers that misbehave the way a dying or restarting control plane
// does: accepting connections and never answering, refusing them, answering 503/429 for a while. These
// are transport faults, not Kubernetes behaviour, so plain sockets stand in for the API server.
import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTcpServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { KubeConfig } from '@kubernetes/client-node';
import { ClusterClient } from '../../src/cluster/client.js';
import { ClusterUnavailableError } from '../../src/cluster/rest.js';
import { setDebugSink } from '../../src/log/debug.js';

const servers: Server[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

function kubeconfig(server: string): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'c', server, skipTLSVerify: true }],
    users: [{ name: 'u', token: 'not-a-real-token' }],
    contexts: [{ name: 'hung-ctx', cluster: 'c', user: 'u' }],
    currentContext: 'hung-ctx',
  });
  return kc;
}

/** Accepts every connection and never writes a byte. Counts connections. */
async function silentServer(): Promise<{ url: string; connections: () => number }> {
  let n = 0;
  const server = createTcpServer((socket) => {
    n++;
    sockets.push(socket);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, connections: () => n };
}

/** An HTTP server whose answers come from `answer`, given the request and how many came before it. */
async function httpServer(answer: (req: IncomingMessage, res: ServerResponse, n: number) => void): Promise<{ url: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createHttpServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    answer(req, res, requests.length - 1);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

const coreV1 = JSON.stringify({ resources: [{ name: 'configmaps', kind: 'ConfigMap', namespaced: true, verbs: ['get', 'list', 'create', 'patch'] }] });
const cmRef = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'default' } };

describe('an API server that accepts connections but never answers', () => {
  it('fails the request after the retry window with a message naming the cluster, then fails later requests without waiting again', async () => {
    const hung = await silentServer();
    const client = new ClusterClient(kubeconfig(hung.url), 'hung-ctx', { limits: { requestTimeoutMs: 300, retryMs: 1200 } });
    const err = await client.get(cmRef).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ClusterUnavailableError);
    const message = (err as Error).message;
    expect(message).toContain(`cluster hung-ctx (${hung.url}) is not answering`);
    expect(message).toContain('GET /api/v1: no answer within 0.3s');
    expect(message).toContain('retried for up to 1.2s');
    const tried = hung.connections();
    expect(tried).toBeGreaterThan(1);

    // The window is spent: the next call (here: a whole wait) gives up without another connection.
    const again = await client.watchUntil(cmRef, () => true, { timeoutMs: 60_000 }).catch((e: unknown) => e);
    expect((again as Error).message).toContain('stopped answering earlier in this run');
    expect(hung.connections()).toBe(tried);
    client.close();
  });

  it('with api-retry-timeout 0 fails after one request timeout', async () => {
    const hung = await silentServer();
    const client = new ClusterClient(kubeconfig(hung.url), 'hung-ctx', { limits: { requestTimeoutMs: 400, retryMs: 0 } });
    await expect(client.get(cmRef)).rejects.toThrow(`cluster hung-ctx (${hung.url}) is not answering`);
    expect(hung.connections()).toBe(1);
    client.close();
  });
});

describe('transient failures', () => {
  it('retries 503 and 429 (honouring Retry-After) on a read until the server answers', async () => {
    const srv = await httpServer((req, res, n) => {
      if (n === 0) return void res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ kind: 'Status', message: 'starting', reason: 'ServiceUnavailable' }));
      if (n === 1) return void res.writeHead(429, { 'Retry-After': '1' }).end();
      if (req.url === '/api/v1') return void res.writeHead(200).end(coreV1);
      res.writeHead(200).end(JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'default' } }));
    });
    const logs: string[] = [];
    const client = new ClusterClient(kubeconfig(srv.url), 'hung-ctx', { limits: { requestTimeoutMs: 2000, retryMs: 10_000, log: (m) => logs.push(m) } });
    const cm = await client.get(cmRef);
    expect(cm?.metadata.name).toBe('x');
    expect(srv.requests).toEqual(['GET /api/v1', 'GET /api/v1', 'GET /api/v1', 'GET /api/v1/namespaces/default/configmaps/x']);
    expect(logs[0]).toMatch(/^cluster hung-ctx \(http:\/\/127\.0\.0\.1:\d+\): GET \/api\/v1: starting; retrying for up to 10s$/);
    expect(logs[1]).toMatch(/^cluster hung-ctx .*: answering again after/);
    // With debugging on, closing the client summarises its calls.
    const debugLines: string[] = [];
    setDebugSink((m) => debugLines.push(m));
    client.close();
    setDebugSink(undefined);
    expect(debugLines).toHaveLength(1);
    expect(debugLines[0]).toMatch(/^cluster hung-ctx \(http:\/\/127\.0\.0\.1:\d+\): 4 API request\(s\) \(GET 4\), 2 failed, [\d.]+s in total$/);
  });

  it('never repeats a POST the server may have processed (a 5xx could mean a second object)', async () => {
    const srv = await httpServer((req, res) => {
      if (req.url === '/api/v1') return void res.writeHead(200).end(coreV1);
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ kind: 'Status', message: 'etcdserver: leader changed', reason: 'InternalError' }));
    });
    const client = new ClusterClient(kubeconfig(srv.url), 'hung-ctx', { limits: { requestTimeoutMs: 2000, retryMs: 10_000 } });
    const hook = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { generateName: 'hook-', namespace: 'default' } };
    await expect(client.create(hook, { fieldManager: 'test' })).rejects.toThrow('etcdserver: leader changed');
    expect(srv.requests.filter((r) => r.startsWith('POST'))).toHaveLength(1);
    client.close();
  });

  it('retries a 500 only when it is the control plane in trouble, not the request', async () => {
    const srv = await httpServer((req, res) => {
      if (req.url === '/api/v1') return void res.writeHead(200).end(coreV1);
      const leader = req.url?.includes('/leader');
      const n = srv.requests.filter((r) => r.includes('/leader')).length;
      if (leader && n >= 2) return void res.writeHead(200).end(JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'leader' } }));
      const message = leader ? 'etcdserver: leader changed' : 'failed to create typed patch object (/v1, Kind=ConfigMap): .spec: field not declared in schema';
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ kind: 'Status', message, reason: 'InternalError' }));
    });
    const client = new ClusterClient(kubeconfig(srv.url), 'hung-ctx', { limits: { requestTimeoutMs: 2000, retryMs: 10_000 } });
    const obj = (name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default' }, spec: { nope: true } });
    await expect(client.apply(obj('schema'), { fieldManager: 'test' })).rejects.toThrow('field not declared in schema');
    expect(srv.requests.filter((r) => r.includes('/schema'))).toHaveLength(1);
    await expect(client.apply(obj('leader'), { fieldManager: 'test' })).resolves.toMatchObject({ metadata: { name: 'leader' } });
    expect(srv.requests.filter((r) => r.includes('/leader'))).toHaveLength(2);
    client.close();
  });

  it('does not retry an answer that is final (404, 422)', async () => {
    const srv = await httpServer((req, res) => {
      if (req.url === '/api/v1') return void res.writeHead(200).end(coreV1);
      res.writeHead(422, { 'content-type': 'application/json' }).end(JSON.stringify({ kind: 'Status', message: 'ConfigMap "x" is invalid', reason: 'Invalid' }));
    });
    const client = new ClusterClient(kubeconfig(srv.url), 'hung-ctx', { limits: { requestTimeoutMs: 2000, retryMs: 10_000 } });
    await expect(client.apply({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'default' } }, { fieldManager: 'test' })).rejects.toThrow(
      'ConfigMap "x" is invalid',
    );
    expect(srv.requests.filter((r) => r.startsWith('PATCH'))).toHaveLength(1);
    client.close();
  });

  it('retries refused connections until the server comes up within the window', async () => {
    // Find a free port, then start listening on it only after a while.
    const probe = createTcpServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const client = new ClusterClient(kubeconfig(`http://127.0.0.1:${port}`), 'hung-ctx', { limits: { requestTimeoutMs: 2000, retryMs: 20_000 } });
    const pending = client.get(cmRef);
    await new Promise((r) => setTimeout(r, 800));
    const late = createHttpServer((req, res) => {
      if (req.url === '/api/v1') return void res.writeHead(200).end(coreV1);
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ kind: 'Status', message: 'not found', reason: 'NotFound' }));
    });
    await new Promise<void>((r) => late.listen(port, '127.0.0.1', r));
    servers.push(late);
    await expect(pending).resolves.toBeUndefined();
    client.close();
  });
});
