// A kubeconfig exec user against the real API server: the plugin (a shell script) prints the e2e
// cluster's client certificate and key as an ExecCredential, as a cloud provider's plugin would print
// short-lived ones. Reads, writes and watches authenticate with it; it runs again only once its
// credential expired; what it returned is registered as secret; a failing plugin is a clear error.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ClusterClient } from '../../../src/cluster/client.js';
import { loadKubeconfig } from '../../../src/cluster/kubeconfig.js';
import { secrets } from '../../../src/secrets/redact.js';
import { createNamespace, deleteNamespace, kubeconfigPath, newClient } from './env.js';

let dir: string;
let admin: ClusterClient;
let ns: string;

/** The e2e kubeconfig with its user replaced by an exec plugin that runs `script`. */
async function execKubeconfig(name: string, script: string): Promise<string> {
  const { kc } = await loadKubeconfig(kubeconfigPath());
  const cluster = kc.getCurrentCluster()!;
  const path = join(dir, `${name}.sh`);
  writeFileSync(path, `#!/bin/sh\necho run >> ${join(dir, `${name}.runs`)}\n${script}\n`);
  chmodSync(path, 0o755);
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'e2e', cluster: { server: cluster.server, 'certificate-authority-data': cluster.caData } }],
    users: [{ name: 'plugin-user', user: { exec: { apiVersion: 'client.authentication.k8s.io/v1beta1', command: path } } }],
    contexts: [{ name: 'via-plugin', context: { cluster: 'e2e', user: 'plugin-user', namespace: ns } }],
    'current-context': 'via-plugin',
  });
}

/** The e2e user's client certificate and key as an ExecCredential file the plugin prints. */
async function credentialFile(name: string, expirationTimestamp?: string): Promise<{ file: string; keyPem: string }> {
  const user = (await loadKubeconfig(kubeconfigPath())).kc.getCurrentUser()!;
  const pem = (b64: string | undefined) => Buffer.from(b64 ?? '', 'base64').toString('utf8');
  const status = { clientCertificateData: pem(user.certData), clientKeyData: pem(user.keyData), ...(expirationTimestamp ? { expirationTimestamp } : {}) };
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1beta1', kind: 'ExecCredential', status }));
  return { file, keyPem: status.clientKeyData };
}

const runs = (name: string): number => readFileSync(join(dir, `${name}.runs`), 'utf8').split('\n').filter(Boolean).length;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'exec-e2e-'));
  admin = await newClient();
  ns = await createNamespace(admin, 'exec-plugin');
});
afterAll(async () => {
  await deleteNamespace(admin, ns);
  admin.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('kubeconfig exec user against the API server', () => {
  it('applies, reads and waits (watch) with the credential the plugin printed, running it once while it is valid', async () => {
    const { file, keyPem } = await credentialFile('valid');
    const client = new ClusterClient((await loadKubeconfig(await execKubeconfig('valid', `cat ${file}`))).kc, 'via-plugin');
    try {
      const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'from-plugin', namespace: ns }, data: { via: 'exec' } };
      await client.apply(cm, { fieldManager: 'e2e' });
      expect((await client.get(cm))?.data).toEqual({ via: 'exec' });
      const updated = client.watchUntil(cm, (o) => (o?.data as { via?: string } | undefined)?.via === 'updated', { timeoutMs: 20_000 });
      await client.apply({ ...cm, data: { via: 'updated' } }, { fieldManager: 'e2e' });
      expect((await updated)?.data).toEqual({ via: 'updated' });
    } finally {
      client.close();
    }
    expect(runs('valid')).toBe(1);
    // Every line of the key the plugin returned is masked from here on.
    const keyLine = keyPem.split('\n')[1];
    expect(keyLine.length).toBeGreaterThan(20);
    expect(secrets.redact(`leak ${keyLine}`)).toBe('leak ***');
  });

  it('runs the plugin again once its credential expired', async () => {
    const { file } = await credentialFile('expired', '2020-01-01T00:00:00Z');
    const client = new ClusterClient((await loadKubeconfig(await execKubeconfig('expired', `cat ${file}`))).kc, 'via-plugin');
    try {
      await client.get({ group: '', kind: 'ConfigMap', namespace: ns, name: 'absent' });
      await client.get({ group: '', kind: 'ConfigMap', namespace: ns, name: 'absent' });
    } finally {
      client.close();
    }
    expect(runs('expired')).toBeGreaterThanOrEqual(2);
  });

  it("fails with a message naming the context, the user, the exit code and the plugin's stderr", async () => {
    const client = new ClusterClient((await loadKubeconfig(await execKubeconfig('failing', 'echo "error: SSO session expired, run: login" >&2\nexit 2'))).kc, 'via-plugin');
    try {
      await expect(client.get({ group: '', kind: 'ConfigMap', namespace: ns, name: 'x' })).rejects.toThrow(
        `kubeconfig context via-plugin, user plugin-user: exec: executable ${join(dir, 'failing.sh')} failed with exit code 2: error: SSO session expired, run: login`,
      );
    } finally {
      client.close();
    }
  });
});
