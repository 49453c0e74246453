// The plugin generator against a local plugin service: the ConfigMap and token Secret read from the
// repository, the request Argo CD sends, parameters in both template modes, and every error on the way.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pluginParams } from '../../src/appset/generators/plugin.js';
import type { GenContext, PluginGenerator } from '../../src/appset/types.js';
import { secrets } from '../../src/secrets/redact.js';

interface Seen {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

const TOKEN = 'plugin-token-4f1c9e';
let server: Server;
let baseUrl = '';
let seen: Seen[] = [];
/** What the service answers next: status and raw body. */
let answer: { status: number; body: string } = { status: 200, body: '' };
let repoRoot = '';

const configMap = (name: string, data: Record<string, string>) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: argocd\ndata:\n${Object.entries(data).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`).join('\n')}\n`;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    seen.push({ method: req.method, url: req.url, headers: req.headers, body: raw ? JSON.parse(raw) : undefined });
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  repoRoot = await mkdtemp(join(tmpdir(), 'plugin-gen-'));
  await writeFile(
    join(repoRoot, 'plugins.yaml'),
    [
      configMap('my-plugin', { baseUrl, token: '$plugin-secret:token' }),
      configMap('default-secret-plugin', { baseUrl: `${baseUrl}/`, token: '$plugin.token', requestTimeout: '5' }),
      configMap('no-url', { token: '$plugin-secret:token' }),
      configMap('plain-token', { baseUrl, token: 'literal' }),
      configMap('bad-timeout', { baseUrl, token: '$plugin-secret:token', requestTimeout: 'soon' }),
      configMap('missing-secret', { baseUrl, token: '$nope:token' }),
      configMap('missing-key', { baseUrl, token: '$plugin-secret:other' }),
    ].join('---\n'),
  );
  await writeFile(
    join(repoRoot, 'secrets.yaml'),
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: plugin-secret\ndata:\n  token: ${Buffer.from(`${TOKEN}\n`).toString('base64')}\n---\n` +
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: argocd-secret\nstringData:\n  plugin.token: ${TOKEN}\n`,
  );
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(repoRoot, { recursive: true, force: true });
});
beforeEach(() => {
  seen = [];
  answer = { status: 200, body: JSON.stringify({ output: { parameters: [{ cluster: 'a', replicas: 1000000, tags: { tier: 'web', on: true } }, { cluster: 'b' }] } }) };
});

const ctx = (goTemplate: boolean): GenContext => ({ repoRoot, appSetName: 'from-plugin', clusters: [], goTemplate, goTemplateOptions: [], applyNestedSelectors: false, notes: [] });
const gen = (name: string, extra: Partial<PluginGenerator> = {}): PluginGenerator => ({ configMapRef: { name }, ...extra });
const failure = (p: Promise<unknown>) => p.then(() => 'no error', (e: Error) => e.message);

describe('plugin generator', () => {
  test('POSTs input.parameters with the Secret token, as Argo CD does', async () => {
    await pluginParams(gen('my-plugin', { input: { parameters: { env: 'prod', n: [1, 2] } }, requeueAfterSeconds: 30 }), ctx(true));
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe('POST');
    expect(seen[0].url).toBe('/api/v1/getparams.execute');
    expect(seen[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(seen[0].headers['content-type']).toBe('application/json');
    expect(seen[0].headers['user-agent']).toBe('argocd-applicationset');
    expect(seen[0].body).toEqual({ applicationSetName: 'from-plugin', input: { parameters: { env: 'prod', n: [1, 2] } } });
  });

  test('goTemplate: each output object as is, plus generator.input.parameters and values', async () => {
    const params = await pluginParams(gen('my-plugin', { input: { parameters: { env: 'prod' } }, values: { ns: '{{ .cluster }}-ns' } }), ctx(true));
    expect(params).toEqual([
      { cluster: 'a', replicas: 1000000, tags: { tier: 'web', on: true }, generator: { input: { parameters: { env: 'prod' } } }, values: { ns: 'a-ns' } },
      { cluster: 'b', generator: { input: { parameters: { env: 'prod' } } }, values: { ns: 'b-ns' } },
    ]);
  });

  test('goTemplate false: output flattened with dots, every value as fmt %v', async () => {
    const [first] = await pluginParams(gen('my-plugin'), ctx(false));
    expect(first).toEqual({ cluster: 'a', replicas: '1e+06', 'tags.tier': 'web', 'tags.on': 'true', generator: { input: { parameters: {} } } });
    expect(seen[0].body).toEqual({ applicationSetName: 'from-plugin', input: {} });
  });

  test('a token key of argocd-secret (no `$secret:`), stringData, and a base URL with a slash', async () => {
    await pluginParams(gen('default-secret-plugin'), ctx(true));
    expect(seen[0].url).toBe('/api/v1/getparams.execute');
    expect(seen[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  test('the token is registered as a secret, so no output can show it', async () => {
    await pluginParams(gen('my-plugin'), ctx(true));
    expect(secrets.redact(`Authorization: Bearer ${TOKEN}`)).not.toContain(TOKEN);
  });

  test('a key missing from the Secret is sent as the reference itself, and said', async () => {
    const c = ctx(true);
    await pluginParams(gen('missing-key'), c);
    expect(seen[0].headers.authorization).toBe('Bearer $other');
    expect(c.notes).toEqual(['plugin ConfigMap missing-key: key other is not in Secret plugin-secret; Argo CD sends "$other" as the token']);
  });

  test('configuration errors name what is missing; nothing is sent', async () => {
    expect(await failure(pluginParams(gen('absent'), ctx(true)))).toBe('error getting plugin from generator: error fetching ConfigMap: configmaps "absent" not found in the repository');
    expect(await failure(pluginParams(gen('no-url'), ctx(true)))).toBe('error getting plugin from generator: error fetching ConfigMap: baseUrl not found in ConfigMap (plugins.yaml:20)');
    expect(await failure(pluginParams(gen('plain-token'), ctx(true)))).toBe(
      "error getting plugin from generator: error fetching Secret token: token is empty, or does not reference a secret key starting with '$': literal",
    );
    expect(await failure(pluginParams(gen('bad-timeout'), ctx(true)))).toBe('error getting plugin from generator: error set requestTimeout : strconv.Atoi: parsing "soon": invalid syntax');
    expect(await failure(pluginParams(gen('missing-secret'), ctx(true)))).toBe(
      'error getting plugin from generator: error fetching Secret token: error fetching secret nope: secrets "nope" not found in the repository',
    );
    expect(await failure(pluginParams({}, ctx(true)))).toBe('plugin.configMapRef.name is required');
    expect(seen).toEqual([]);
  });

  test('service errors read as Argo CD reports them', async () => {
    answer = { status: 500, body: JSON.stringify({ message: 'boom' }) };
    expect(await failure(pluginParams(gen('my-plugin'), ctx(true)))).toBe("error listing params: error get api 'from-plugin': API error with status code 500: boom");
    answer = { status: 403, body: 'forbidden' };
    expect(await failure(pluginParams(gen('my-plugin'), ctx(true)))).toBe("error listing params: error get api 'from-plugin': API error with status code 403: forbidden");
    answer = { status: 200, body: '{"output": ' };
    expect(await failure(pluginParams(gen('my-plugin'), ctx(true)))).toMatch(/^error listing params: error get api 'from-plugin': .*: \{"output": $/);
    answer = { status: 200, body: '' };
    expect(await pluginParams(gen('my-plugin'), ctx(true))).toEqual([]);
  });
});
