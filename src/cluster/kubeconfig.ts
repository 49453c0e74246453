// Kubeconfig loading and Argo CD destination → kubeconfig context resolution.
// Argo CD looks a destination up in its cluster registry (server URL or cluster name, with the
// implicit `in-cluster` entry for https://kubernetes.default.svc); the action's registry is the
// kubeconfig it was given: clusters by server URL, contexts (or clusters) by name.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { KubeConfig } from '@kubernetes/client-node';
import type { ApplicationDestination } from '../model/argocd.js';
import { IN_CLUSTER_SERVER } from '../model/argocd.js';
import type { Problem } from '../model/errors.js';
import { errorMessage, SpecError } from '../model/errors.js';
import { ExecPluginAuth, type ExecConfig } from './exec-credential.js';
import { checkKubeconfig } from './kubeconfig-check.js';
import { MIN_SECRET_LENGTH, secrets } from '../secrets/redact.js';

/** Argo CD's name for the cluster it runs in. */
export const IN_CLUSTER_NAME = 'in-cluster';

export interface LoadedKubeconfig {
  kc: KubeConfig;
  /** Every credential in the file, already registered with the process's redactor. */
  secrets: string[];
}

export interface ResolvedDestination {
  context: string;
  server: string;
}

export interface ResolveOptions {
  /** Context used for https://kubernetes.default.svc (and name `in-cluster`); default the current context. */
  inClusterContext?: string;
  /** App name for the Problem on failure. */
  app?: string;
  /** The repo's declarative cluster Secrets: Argo CD resolves `destination.name` through them. */
  clusterSecrets?: readonly { name: string; server: string }[];
}

/**
 * `textOrPath` is kubeconfig YAML/JSON when it spans several lines or starts like a document, else a
 * file path (relative certificate/key paths in a file resolve against the file's directory).
 */
export async function loadKubeconfig(textOrPath: string): Promise<LoadedKubeconfig> {
  // Loaded on first use: the library is the largest module of the bundle, and runs without a
  // kubeconfig (render, a preview without live diff) never need it.
  const { KubeConfig } = await import('@kubernetes/client-node');
  const kc = new KubeConfig();
  const isText = textOrPath.trim() === '' || /\n/.test(textOrPath.trim()) || /^\s*(\{|apiVersion:|kind:|clusters:)/.test(textOrPath);
  const source = isText ? 'kubeconfig' : textOrPath;
  const text = isText ? textOrPath : existsSync(textOrPath) ? readFileSync(textOrPath, 'utf8') : undefined;
  const problem = text === undefined ? undefined : checkKubeconfig(text, source)[0];
  if (problem) throw new SpecError({ ...problem, message: `invalid kubeconfig: ${problem.message}` });
  try {
    if (isText) kc.loadFromString(textOrPath);
    else {
      if (!existsSync(textOrPath)) throw new Error('file not found');
      kc.loadFromFile(textOrPath);
    }
  } catch (err) {
    throw new SpecError({ file: source, message: `invalid kubeconfig: ${errorMessage(err)}` });
  }
  if (!isText) resolveExecCommands(kc, dirname(textOrPath));
  const found = kubeconfigSecrets(kc);
  for (const s of found) secrets.register(s);
  return { kc, secrets: found };
}

/** Tokens, passwords, client key/cert data (base64 and decoded) and auth-provider secrets. */
function kubeconfigSecrets(kc: KubeConfig): string[] {
  const out = new Set<string>();
  const add = (v: unknown): void => {
    if (typeof v === 'string' && v.trim().length >= MIN_SECRET_LENGTH) out.add(v.trim());
  };
  const addData = (b64: string | undefined): void => {
    if (!b64) return;
    add(b64);
    const decoded = Buffer.from(b64, 'base64').toString('utf8');
    add(decoded);
    // The runner masks line by line, so every body line of a PEM is registered too.
    for (const line of decoded.split(/\r?\n/)) if (!line.startsWith('-----')) add(line);
  };
  for (const u of kc.getUsers()) {
    add(u.token);
    add(u.password);
    addData(u.keyData);
    addData(u.certData);
    const config = (u.authProvider as { config?: Record<string, unknown> } | undefined)?.config ?? {};
    for (const [k, v] of Object.entries(config)) if (/token|secret|password/i.test(k)) add(v);
    for (const e of (u.exec as ExecConfig | undefined)?.env ?? []) if (SECRET_NAME.test(e.name)) add(e.value);
  }
  return [...out];
}

/** Names of exec plugin environment variables whose values are credentials. */
const SECRET_NAME = /token|secret|password|credential|key/i;

/**
 * kubectl runs an exec command with a path separator relative to the kubeconfig's directory
 * (client-go clientcmd ResolveLocalPaths); a bare name is looked up on PATH.
 */
function resolveExecCommands(kc: KubeConfig, dir: string): void {
  const users = kc.getUsers().map((u) => {
    const exec = u.exec as ExecConfig | undefined;
    if (!exec?.command || !exec.command.includes('/') || isAbsolute(exec.command)) return u;
    return { ...u, exec: { ...exec, command: resolve(dir, exec.command) } };
  });
  kc.loadFromOptions({ clusters: kc.getClusters(), users, contexts: kc.getContexts(), currentContext: kc.getCurrentContext() });
}

const trimSlash = (s: string): string => s.replace(/\/+$/, '');

/** Picks the kubeconfig context an Application's destination points at, or says why none does. */
export function resolveDestination(
  kc: KubeConfig,
  dest: ApplicationDestination,
  opts: ResolveOptions = {},
): ResolvedDestination | Problem {
  const fail = (field: string, message: string): Problem => ({ message, field, ...(opts.app ? { app: opts.app } : {}) });
  const name = dest.name ?? '';
  // Argo CD's cluster registry names the server; the kubeconfig entry with that server is used.
  const registered = !dest.server && name ? opts.clusterSecrets?.find((c) => c.name === name) : undefined;
  const server = trimSlash(dest.server || registered?.server || '');

  if (server) {
    const viaCluster = contextsForCluster(kc, (c) => trimSlash(c.server) === server);
    if (viaCluster) return viaCluster;
    const field = registered ? 'spec.destination.name' : 'spec.destination.server';
    if (server === IN_CLUSTER_SERVER) return inCluster(kc, opts) ?? fail(field, noInCluster(opts));
    const known = kc.getClusters().map((c) => trimSlash(c.server));
    const via = registered ? `cluster Secret ${name} names server ${server}, but ` : '';
    return fail(field, `${via}no kubeconfig cluster has server ${server} (known: ${known.join(', ') || 'none'})`);
  }
  if (name) {
    const ctx = kc.getContextObject(name);
    if (ctx) {
      const cluster = kc.getCluster(ctx.cluster);
      if (cluster) return { context: ctx.name, server: trimSlash(cluster.server) };
      if (!contextsForCluster(kc, (c) => c.name === name)) {
        return fail('spec.destination.name', `kubeconfig context ${name} names cluster ${ctx.cluster}, which the kubeconfig does not define`);
      }
    }
    const viaCluster = contextsForCluster(kc, (c) => c.name === name);
    if (viaCluster) return viaCluster;
    if (name === IN_CLUSTER_NAME) return inCluster(kc, opts) ?? fail('spec.destination.name', noInCluster(opts));
    const known = kc.getContexts().map((c) => c.name);
    return fail(
      'spec.destination.name',
      `no kubeconfig context or cluster is named ${name} (contexts: ${known.join(', ') || 'none'})`,
    );
  }
  return fail('spec.destination', 'destination has neither server nor name');
}

/** The current context when it uses a matching cluster, else the first context that does. */
function contextsForCluster(
  kc: KubeConfig,
  match: (c: { name: string; server: string }) => boolean,
): ResolvedDestination | undefined {
  const clusters = new Map(kc.getClusters().filter(match).map((c) => [c.name, c]));
  if (clusters.size === 0) return undefined;
  const contexts = kc.getContexts().filter((c) => clusters.has(c.cluster));
  const chosen = contexts.find((c) => c.name === kc.getCurrentContext()) ?? contexts[0];
  if (!chosen) return undefined;
  return { context: chosen.name, server: trimSlash(clusters.get(chosen.cluster)!.server) };
}

function inCluster(kc: KubeConfig, opts: ResolveOptions): ResolvedDestination | undefined {
  const name = opts.inClusterContext || kc.getCurrentContext();
  const ctx = name ? kc.getContextObject(name) : null;
  const cluster = ctx ? kc.getCluster(ctx.cluster) : null;
  return ctx && cluster ? { context: ctx.name, server: trimSlash(cluster.server) } : undefined;
}

function noInCluster(opts: ResolveOptions): string {
  return opts.inClusterContext
    ? `in-cluster context ${opts.inClusterContext} is not in the kubeconfig`
    : 'the kubeconfig has no current context to use for the in-cluster destination';
}

export function isProblem(v: ResolvedDestination | Problem): v is Problem {
  return 'message' in v;
}

/** A KubeConfig whose current context is `context`, for clients bound to one cluster. */
export function forContext(kc: KubeConfig, context: string): KubeConfig {
  const ctx = kc.getContextObject(context);
  if (!ctx) throw new SpecError({ message: `kubeconfig has no context ${context}` });
  // Exec users authenticate through our plugin runner (exec-credential.ts), not the library's.
  const execs = new Map<string, ExecConfig>();
  const users = kc.getUsers().map((u) => {
    if (!u.exec) return u;
    execs.set(u.name, u.exec as ExecConfig);
    return { ...u, exec: undefined };
  });
  const out = new (kc.constructor as new () => KubeConfig)();
  out.loadFromOptions({ clusters: kc.getClusters(), users, contexts: kc.getContexts(), currentContext: context });
  if (execs.size > 0) out.addAuthenticator(new ExecPluginAuth(execs, kc.getCluster(ctx.cluster)));
  return out;
}
