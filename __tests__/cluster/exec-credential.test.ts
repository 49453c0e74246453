// Kubeconfig exec users run their credential plugin (real shell scripts here) as kubectl does, and a
// plugin that fails says so with client-go's message, the context, the user and its stderr tail.
// Against a real API server: __tests__/e2e/cluster/exec-credential.test.ts.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ClusterClient } from '../../src/cluster/client.js';
import { loadKubeconfig } from '../../src/cluster/kubeconfig.js';
import { secrets } from '../../src/secrets/redact.js';

let dir: string;

/** An executable shell script in the test directory. */
function plugin(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

/** A kubeconfig whose only user runs `exec`; the server is never reached when the plugin fails. */
function kubeconfig(exec: Record<string, unknown>): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'ci', cluster: { server: 'https://127.0.0.1:9' } }],
    users: [{ name: 'deployer', user: { exec: { apiVersion: 'client.authentication.k8s.io/v1', interactiveMode: 'Never', ...exec } } }],
    contexts: [{ name: 'ci-ctx', context: { cluster: 'ci', user: 'deployer' } }],
    'current-context': 'ci-ctx',
  });
}

/** The first request's failure through the client the action uses. */
async function failure(kc: string): Promise<string> {
  const client = new ClusterClient((await loadKubeconfig(kc)).kc, 'ci-ctx');
  try {
    await client.get({ group: '', kind: 'Namespace', namespace: '', name: 'default' });
    return 'no error';
  } catch (err) {
    return (err as Error).message;
  } finally {
    client.close();
  }
}

const credential = (status: Record<string, unknown>, apiVersion = 'client.authentication.k8s.io/v1') =>
  `echo '${JSON.stringify({ apiVersion, kind: 'ExecCredential', status })}'`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'exec-plugin-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kubeconfig exec plugins', () => {
  it('runs the plugin with the kubeconfig env and KUBERNETES_EXEC_INFO, sends its token and registers it as secret', async () => {
    const infoFile = join(dir, 'info.json');
    const cmd = plugin(
      'token.sh',
      `printf '%s' "$KUBERNETES_EXEC_INFO" > ${infoFile}\necho "{\\"apiVersion\\":\\"client.authentication.k8s.io/v1\\",\\"kind\\":\\"ExecCredential\\",\\"status\\":{\\"token\\":\\"exec-t0ken-$PLUGIN_SUFFIX\\"}}"`,
    );
    const { kc } = await loadKubeconfig(kubeconfig({ command: cmd, env: [{ name: 'PLUGIN_SUFFIX', value: 'from-env' }] }));
    const client = new ClusterClient(kc, 'ci-ctx');
    const opts: { headers?: Record<string, string> } = {};
    await client.kc.applyToHTTPSOptions(opts);
    client.close();
    expect(opts.headers?.Authorization).toBe('Bearer exec-t0ken-from-env');
    expect(JSON.parse(readFileSync(infoFile, 'utf8'))).toEqual({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential', spec: { interactive: false } });
    expect(secrets.redact('Authorization: exec-t0ken-from-env')).toBe('Authorization: ***');
  });

  it("gets the runner's variables but not the action's own inputs", async () => {
    const envFile = join(dir, 'env.txt');
    const cmd = plugin('env.sh', `env > ${envFile}\n${credential({ token: 'env-check-token' })}`);
    process.env.INPUT_KUBECONFIG = 'planted-input-kubeconfig'; // a name /bin/sh passes on (it drops INPUT_GITHUB-TOKEN)
    process.env.RUNNER_TEMP_CHECK = 'runner-value';
    try {
      const { kc } = await loadKubeconfig(kubeconfig({ command: cmd }));
      const client = new ClusterClient(kc, 'ci-ctx');
      await client.kc.applyToHTTPSOptions({});
      client.close();
    } finally {
      delete process.env.INPUT_KUBECONFIG;
      delete process.env.RUNNER_TEMP_CHECK;
    }
    const seen = readFileSync(envFile, 'utf8');
    expect(seen).toContain('RUNNER_TEMP_CHECK=runner-value');
    expect(seen).not.toContain('INPUT_');
  });

  it("fails with the exit code and the plugin's stderr tail, naming the context and the user", async () => {
    const cmd = plugin('expired.sh', 'echo "refreshing credentials..." >&2\necho "error: token expired for alice; run aws sso login" >&2\nexit 3');
    expect(await failure(kubeconfig({ command: cmd }))).toBe(
      `kubeconfig context ci-ctx, user deployer: exec: executable ${cmd} failed with exit code 3: refreshing credentials...\nerror: token expired for alice; run aws sso login`,
    );
  });

  it('masks a registered secret in the stderr tail even where the tail would cut it', async () => {
    const secret = 'sso-refresh-t0ken-0123456789abcdef';
    secrets.register(secret);
    const cmd = plugin('leaky.sh', `echo "refresh token ${secret} rejected${'.'.repeat(385)}" >&2\nexit 1`);
    const message = await failure(kubeconfig({ command: cmd }));
    expect(message).toContain('failed with exit code 1: …');
    expect(message).not.toMatch(/0123456789abcdef|sso-refresh/);
  });

  it("says what is wrong with the plugin's answer in client-go's words, never a TypeError", async () => {
    const prefix = 'kubeconfig context ci-ctx, user deployer: ';
    const cases: [string, string][] = [
      [credential({}).replace(',"status":{}', ''), "exec plugin didn't return a status field"],
      [credential({}), "exec plugin didn't return a token or cert/key pair"],
      [credential({ clientCertificateData: 'cert' }), 'exec plugin returned only certificate or key, not both'],
      [credential({ token: 'abcdef' }, 'client.authentication.k8s.io/v1beta1'), 'exec plugin is configured to use API version client.authentication.k8s.io/v1, plugin returned version client.authentication.k8s.io/v1beta1'],
      ['echo "not json at all"', 'decoding stdout: not an ExecCredential'],
    ];
    for (const [i, [body, message]] of cases.entries()) {
      expect(await failure(kubeconfig({ command: plugin(`answer-${i}.sh`, body) }))).toBe(`${prefix}${message}`);
    }
    expect(await failure(kubeconfig({ command: '/nonexistent/aws-iam-authenticator', installHint: 'install it with brew' }))).toBe(
      `${prefix}exec: executable /nonexistent/aws-iam-authenticator not found\n\ninstall it with brew`,
    );
    expect(await failure(kubeconfig({ command: plugin('x.sh', 'true'), apiVersion: 'client.authentication.k8s.io/v1alpha1' }))).toBe(
      `${prefix}exec plugin: invalid apiVersion "client.authentication.k8s.io/v1alpha1"`,
    );
    expect(await failure(kubeconfig({ command: plugin('y.sh', 'true'), interactiveMode: 'Always' }))).toBe(
      `${prefix}exec plugin cannot support interactive mode: standard input is not a terminal`,
    );
  });

  it("refuses the auth-providers kubectl no longer has with client-go's message, naming context, user and provider; oidc runs", async () => {
    const cmd = plugin('gcloud.sh', `touch ${join(dir, 'gcloud-ran')}\nexit 1`);
    const withProvider = (authProvider: Record<string, unknown>) => {
      const kc = JSON.parse(kubeconfig({ command: 'unused' })) as { users: { user: Record<string, unknown> }[] };
      kc.users[0].user = { 'auth-provider': authProvider };
      return JSON.stringify(kc);
    };
    const prefix = 'kubeconfig context ci-ctx, user deployer: auth-provider';
    expect(await failure(withProvider({ name: 'gcp', config: { 'cmd-path': cmd, 'token-key': '{.token}', 'expiry-key': '{.expiry}' } }))).toBe(
      `${prefix} gcp: The gcp auth plugin has been removed.\nPlease use the "gke-gcloud-auth-plugin" kubectl/client-go credential plugin instead.\nSee https://cloud.google.com/blog/products/containers-kubernetes/kubectl-auth-changes-in-gke for further details`,
    );
    expect(existsSync(join(dir, 'gcloud-ran'))).toBe(false);
    expect(await failure(withProvider({ name: 'azure', config: {} }))).toMatch(new RegExp(`^${prefix} azure: The azure auth plugin has been removed.\n`));
    expect(await failure(withProvider({ name: 'keystone', config: {} }))).toBe(`${prefix} keystone: no Auth Provider found for name "keystone"`);
    // oidc refreshes through the library; an unusable refresh is named the same way.
    const jwt = (claims: object) => ['{"alg":"none"}', JSON.stringify(claims), 'sig'].map((p) => Buffer.from(p).toString('base64url')).join('.');
    const expired = jwt({ exp: 1_000_000_000 });
    const oidc = { 'idp-issuer-url': 'http://127.0.0.1:9', 'client-id': 'x', 'id-token': expired, 'refresh-token': 'refresh-t0ken-value' };
    expect(await failure(withProvider({ name: 'oidc', config: oidc }))).toMatch(
      new RegExp(`^${prefix} oidc: `),
    );
  });

  it("resolves a relative command with a path separator against the kubeconfig file's directory, like kubectl", async () => {
    mkdirSync(join(dir, 'conf', 'bin'), { recursive: true });
    const cmd = join(dir, 'conf', 'bin', 'fail.sh');
    writeFileSync(cmd, '#!/bin/sh\necho "relative plugin ran" >&2\nexit 1\n');
    chmodSync(cmd, 0o755);
    const file = join(dir, 'conf', 'kubeconfig.json');
    writeFileSync(file, kubeconfig({ command: './bin/fail.sh' }));
    expect(await failure(file)).toBe(`kubeconfig context ci-ctx, user deployer: exec: executable ${cmd} failed with exit code 1: relative plugin ran`);
  });
});
