// Kubeconfig `exec` users: the credential plugin runs as kubectl (client-go's plugin/pkg/client/auth/exec)
// runs it — the action's environment plus the user's `env` and KUBERNETES_EXEC_INFO, never
// interactive, the ExecCredential on stdout checked with client-go's messages, cached until its
// expirationTimestamp. The kubeconfig is the user's own secret, so its command is trusted like
// kubectl trusts it; what it returns (token, client key and certificate) is registered as secret.
// Deliberate difference: a plugin that does not answer within EXEC_TIMEOUT_MS fails instead of
// hanging the run, and its stderr tail is part of the error instead of going to the terminal.
import { spawn } from 'node:child_process';
import type https from 'node:https';
import type { Cluster, User } from '@kubernetes/client-node';
import { parse } from 'yaml';
import { secrets } from '../secrets/redact.js';

export const EXEC_TIMEOUT_MS = 60_000;
const API_VERSIONS = ['client.authentication.k8s.io/v1', 'client.authentication.k8s.io/v1beta1'];
const STDERR_TAIL = 400;

export interface ExecConfig {
  command: string;
  args?: string[];
  env?: { name: string; value: string }[] | null;
  apiVersion?: string;
  installHint?: string;
  interactiveMode?: string;
  provideClusterInfo?: boolean;
}

interface ExecCredentialStatus {
  token?: string;
  clientCertificateData?: string;
  clientKeyData?: string;
  expirationTimestamp?: string;
}

/**
 * client-go's refusal of an auth-provider it no longer has (kubectl and Argo CD build on client-go,
 * which keeps only oidc); undefined for oidc, which @kubernetes/client-node refreshes as client-go does.
 */
export function removedAuthProvider(name: string): string | undefined {
  if (name === 'oidc') return undefined;
  if (name === 'gcp') {
    return 'The gcp auth plugin has been removed.\nPlease use the "gke-gcloud-auth-plugin" kubectl/client-go credential plugin instead.\nSee https://cloud.google.com/blog/products/containers-kubernetes/kubectl-auth-changes-in-gke for further details';
  }
  if (name === 'azure') {
    return 'The azure auth plugin has been removed.\nPlease use the https://github.com/Azure/kubelogin kubectl/client-go credential plugin instead.\nSee https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins for further details';
  }
  return `no Auth Provider found for name "${name}"`;
}

/** A credential plugin that failed; the message says why in client-go's words. */
export class ExecPluginError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExecPluginError';
  }
}

/** Credentials by plugin invocation (a failed one runs again next time), shared by every client of the process. */
const cache = new Map<string, Promise<ExecCredentialStatus>>();

/**
 * The exec authenticator for client-node: users whose `exec` moved into `execs` (by user name)
 * get their plugin's credentials on each request.
 */
export class ExecPluginAuth {
  constructor(
    private readonly execs: ReadonlyMap<string, ExecConfig>,
    private readonly cluster: Cluster | null,
  ) {}

  isAuthProvider(user: User): boolean {
    return this.execs.has(user.name);
  }

  async applyAuthentication(user: User, opts: https.RequestOptions): Promise<void> {
    const status = await credential(this.execs.get(user.name)!, this.cluster);
    if (status.clientCertificateData) opts.cert = status.clientCertificateData;
    if (status.clientKeyData) opts.key = status.clientKeyData;
    if (status.token) opts.headers = { ...opts.headers, Authorization: `Bearer ${status.token}` };
  }
}

async function credential(exec: ExecConfig, cluster: Cluster | null): Promise<ExecCredentialStatus> {
  const key = JSON.stringify([exec, cluster?.server]);
  const cached = await cache.get(key)?.catch(() => undefined);
  if (cached && (!cached.expirationTimestamp || Date.parse(cached.expirationTimestamp) > Date.now())) return cached;
  const run = runPlugin(exec, cluster);
  cache.set(key, run);
  return run;
}

async function runPlugin(exec: ExecConfig, cluster: Cluster | null): Promise<ExecCredentialStatus> {
  const apiVersion = exec.apiVersion ?? '';
  if (!API_VERSIONS.includes(apiVersion)) throw new ExecPluginError(`exec plugin: invalid apiVersion "${apiVersion}"`);
  if (exec.interactiveMode === 'Always') throw new ExecPluginError('exec plugin cannot support interactive mode: standard input is not a terminal');
  const info = { apiVersion, kind: 'ExecCredential', spec: { interactive: false, ...(exec.provideClusterInfo && cluster ? { cluster: clusterInfo(cluster) } : {}) } };
  // kubectl's environment in a workflow step: the runner's variables (cloud credentials, the OIDC
  // token request that kubelogin and friends use), but not this action's own inputs.
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('INPUT_')));
  for (const e of exec.env ?? []) env[e.name] = e.value;
  env.KUBERNETES_EXEC_INFO = JSON.stringify(info);

  const { code, stdout, stderr, error } = await spawnPlugin(exec.command, exec.args ?? [], env);
  const tail = stderrTail(stderr);
  if (error?.code === 'ENOENT') throw new ExecPluginError(`exec: executable ${exec.command} not found${exec.installHint ? `\n\n${exec.installHint}` : ''}`);
  if (error) throw new ExecPluginError(`exec: ${error.message}${tail}`);
  if (code !== 0) throw new ExecPluginError(`exec: executable ${exec.command} failed with exit code ${code}${tail}`);

  let cred: { apiVersion?: unknown; kind?: unknown; status?: ExecCredentialStatus } | null;
  try {
    cred = parse(stdout) as typeof cred;
  } catch (err) {
    throw new ExecPluginError(`decoding stdout: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!cred || typeof cred !== 'object' || cred.kind !== 'ExecCredential') throw new ExecPluginError(`decoding stdout: not an ExecCredential${tail}`);
  if (cred.apiVersion !== apiVersion) throw new ExecPluginError(`exec plugin is configured to use API version ${apiVersion}, plugin returned version ${String(cred.apiVersion)}`);
  const status = cred.status;
  if (!status || typeof status !== 'object') throw new ExecPluginError("exec plugin didn't return a status field");
  for (const v of [status.token, status.clientKeyData, status.clientCertificateData]) secrets.register(v);
  if (!status.token && !status.clientCertificateData && !status.clientKeyData) throw new ExecPluginError("exec plugin didn't return a token or cert/key pair");
  if (!status.clientCertificateData !== !status.clientKeyData) throw new ExecPluginError('exec plugin returned only certificate or key, not both');
  return status;
}

/** ExecCredential spec.cluster as client-go fills it with provideClusterInfo. */
function clusterInfo(c: Cluster): Record<string, unknown> {
  return {
    server: c.server,
    ...(c.tlsServerName ? { 'tls-server-name': c.tlsServerName } : {}),
    ...(c.skipTLSVerify ? { 'insecure-skip-tls-verify': true } : {}),
    ...(c.caData ? { 'certificate-authority-data': c.caData } : {}),
    ...(c.proxyUrl ? { 'proxy-url': c.proxyUrl } : {}),
  };
}

/** The end of what the plugin said on stderr, redacted before it is cut (a cut secret would not match). */
function stderrTail(stderr: string): string {
  const text = secrets.redact(stderr.trim());
  if (!text) return '';
  return `: ${text.length > STDERR_TAIL ? `…${text.slice(-STDERR_TAIL)}` : text}`;
}

function spawnPlugin(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string; error?: NodeJS.ErrnoException }> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let settled = false;
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const done = (code: number | null, error?: NodeJS.ErrnoException): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ code, stdout, stderr, error });
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      done(null, Object.assign(new Error(`executable ${command} did not finish within ${EXEC_TIMEOUT_MS / 1000} s`), { code: 'ETIMEDOUT' }));
    }, EXEC_TIMEOUT_MS);
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', (e: NodeJS.ErrnoException) => done(null, e));
    child.on('close', (code) => done(code));
  });
}
