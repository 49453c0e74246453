import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forContext, isProblem, loadKubeconfig, resolveDestination } from '../../src/cluster/kubeconfig.js';
import { SpecError } from '../../src/model/errors.js';

const fixture = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'kubeconfig.yaml');
const text = readFileSync(fixture, 'utf8');
const { kc, secrets } = await loadKubeconfig(fixture);

describe('loadKubeconfig', () => {
  it('reads a path or the YAML text alike', async () => {
    expect((await loadKubeconfig(text)).kc.getContexts().map((c) => c.name)).toEqual(kc.getContexts().map((c) => c.name));
    expect(kc.getCurrentContext()).toBe('staging');
  });

  it('lists every credential to mask: tokens, passwords, key/cert data and its PEM lines, auth-provider secrets', () => {
    const user = (name: string) => kc.getUsers().find((u) => u.name === name)!;
    const keyData = user('readonly').keyData!;
    const certData = user('readonly').certData!;
    const keyPem = Buffer.from(keyData, 'base64').toString('utf8');
    expect(secrets).toEqual(
      expect.arrayContaining([
        'fake-token-admin-0123456789',
        'fake-password-xyz',
        keyData,
        certData,
        keyPem.trim(),
        'RkFLRUtFWUxJTkVPTkVmYWtla2V5bGluZW9uZQ==',
        'RkFLRUtFWUxJTkVUV09mYWtla2V5bGluZXR3bw==',
        'fake-client-secret-42',
        'fake-id-token-abc',
        'fake-refresh-token-def',
      ]),
    );
    // Nothing that is not a credential: no user names, servers, PEM markers or client ids.
    for (const s of secrets) {
      expect(s).not.toMatch(/^(deployer|gitops|https:\/\/.*|-----.*-----)$/);
    }
  });

  it('names the source in a clear error for a missing file or invalid YAML', async () => {
    await expect(loadKubeconfig('/nonexistent/kubeconfig')).rejects.toThrow(new SpecError({ file: '/nonexistent/kubeconfig', message: 'invalid kubeconfig: file not found' }));
    await expect(loadKubeconfig('apiVersion: v1\nclusters: [\n')).rejects.toThrow(/^kubeconfig:3: field clusters: invalid kubeconfig: invalid YAML: /);
  });

  it('refuses up front, with line and field, what the client would only fail on at connection time', async () => {
    const base = readFileSync(fixture, 'utf8');
    const problem = async (text: string) => {
      try {
        await loadKubeconfig(text);
      } catch (e) {
        return (e as SpecError).problem;
      }
      return undefined;
    };
    expect(await problem('- a\n- list\n')).toMatchObject({ file: 'kubeconfig', line: 1, message: 'invalid kubeconfig: not a kubeconfig: expected a map with clusters, contexts and users' });
    expect(await problem('\n')).toMatchObject({ message: 'invalid kubeconfig: the kubeconfig is empty' });
    const badKey = base.replace(/client-key-data: .*/, "client-key-data: '!!!'");
    expect(await problem(badKey)).toMatchObject({ line: 33, field: 'users[1].user.client-key-data', message: expect.stringContaining('not base64-encoded PEM data') });
    expect(await problem(base)).toBeUndefined();
  });
});

describe('resolveDestination', () => {
  it('server URL → a context of the cluster with that server (trailing slash ignored), current context preferred', async () => {
    expect(resolveDestination(kc, { server: 'https://prod.example.com:6443' })).toEqual({ context: 'prod-admin', server: 'https://prod.example.com:6443' });
    expect(resolveDestination(kc, { server: 'https://staging.example.com/' })).toEqual({ context: 'staging', server: 'https://staging.example.com' });
    const onReadonly = (await loadKubeconfig(text)).kc;
    onReadonly.setCurrentContext('prod-readonly');
    expect(resolveDestination(onReadonly, { server: 'https://prod.example.com:6443/' })).toMatchObject({ context: 'prod-readonly' });
  });

  it('name → a context of that name, else a cluster of that name', () => {
    expect(resolveDestination(kc, { name: 'prod-readonly' })).toEqual({ context: 'prod-readonly', server: 'https://prod.example.com:6443' });
    expect(resolveDestination(kc, { name: 'prod' })).toEqual({ context: 'prod-admin', server: 'https://prod.example.com:6443' });
  });

  it('in-cluster server and name → the current context, or the override', () => {
    expect(resolveDestination(kc, { server: 'https://kubernetes.default.svc' })).toEqual({ context: 'staging', server: 'https://staging.example.com' });
    expect(resolveDestination(kc, { name: 'in-cluster' })).toEqual({ context: 'staging', server: 'https://staging.example.com' });
    expect(resolveDestination(kc, { server: 'https://kubernetes.default.svc/' }, { inClusterContext: 'prod-admin' })).toEqual({
      context: 'prod-admin',
      server: 'https://prod.example.com:6443',
    });
  });

  it('no match → a Problem naming the app and the field, with what is known', () => {
    expect(resolveDestination(kc, { server: 'https://nowhere.example.com' }, { app: 'guestbook' })).toEqual({
      app: 'guestbook',
      field: 'spec.destination.server',
      message:
        'no kubeconfig cluster has server https://nowhere.example.com (known: https://prod.example.com:6443, https://staging.example.com, https://lonely.example.com)',
    });
    const byName = resolveDestination(kc, { name: 'qa' }, { app: 'guestbook' });
    expect(byName).toEqual({
      app: 'guestbook',
      field: 'spec.destination.name',
      message: 'no kubeconfig context or cluster is named qa (contexts: prod-admin, prod-readonly, staging, oidc)',
    });
    // A cluster no context uses cannot be reached.
    expect(isProblem(resolveDestination(kc, { server: 'https://lonely.example.com' }))).toBe(true);
    expect(resolveDestination(kc, { server: 'https://kubernetes.default.svc' }, { inClusterContext: 'gone', app: 'a' })).toEqual({
      app: 'a',
      field: 'spec.destination.server',
      message: 'in-cluster context gone is not in the kubeconfig',
    });
    expect(resolveDestination(kc, {})).toEqual({ field: 'spec.destination', message: 'destination has neither server nor name' });
  });

  it('resolves destination.name through the repo\'s cluster Secrets first, then by that server', () => {
    // The Secret names the cluster `production`; the kubeconfig calls it prod-admin / prod-readonly.
    const clusterSecrets = [{ name: 'production', server: 'https://prod.example.com:6443/' }, { name: 'staging', server: 'https://prod.example.com:6443' }];
    expect(resolveDestination(kc, { name: 'production' }, { clusterSecrets })).toEqual({ context: 'prod-admin', server: 'https://prod.example.com:6443' });
    // A Secret wins over a kubeconfig context of the same name, as Argo CD knows only its Secrets.
    expect(resolveDestination(kc, { name: 'staging' }, { clusterSecrets })).toEqual({ context: 'prod-admin', server: 'https://prod.example.com:6443' });
    // A name no Secret has still falls back to kubeconfig context names.
    expect(resolveDestination(kc, { name: 'prod-readonly' }, { clusterSecrets })).toMatchObject({ context: 'prod-readonly' });
    expect(resolveDestination(kc, { name: 'edge' }, { app: 'a', clusterSecrets: [{ name: 'edge', server: 'https://edge.example.com' }] })).toEqual({
      app: 'a',
      field: 'spec.destination.name',
      message: expect.stringContaining('cluster Secret edge names server https://edge.example.com, but no kubeconfig cluster has server https://edge.example.com'),
    });
  });
});

describe('forContext', () => {
  it('binds a copy to one context without touching the original', () => {
    const bound = forContext(kc, 'prod-readonly');
    expect(bound.getCurrentContext()).toBe('prod-readonly');
    expect(bound.getCurrentCluster()?.server).toBe('https://prod.example.com:6443');
    expect(kc.getCurrentContext()).toBe('staging');
    expect(() => forContext(kc, 'qa')).toThrow('kubeconfig has no context qa');
  });
});
