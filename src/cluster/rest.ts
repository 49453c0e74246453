// Raw JSON requests to one API server. The typed clients of @kubernetes/client-node serialize through
// their models (dropping unknown fields, turning timestamps into Dates) and cannot pass
// `fieldValidation`, both of which apply/diff need exact; the library still does auth and TLS.
import http from 'node:http';
import https from 'node:https';
import type { KubeConfig } from '@kubernetes/client-node';
import { secrets } from '../secrets/redact.js';
import { ExecPluginError, removedAuthProvider } from './exec-credential.js';

/** A non-2xx answer from the API server, with the Status reason Kubernetes gave. */
export class ApiError extends Error {
  readonly status: number;
  readonly reason: string;
  constructor(status: number, reason: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.reason = reason;
  }
}

export const isNotFound = (err: unknown): boolean => err instanceof ApiError && err.status === 404;
export const isConflict = (err: unknown): boolean => err instanceof ApiError && err.status === 409;

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  contentType?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;

export class RestClient {
  readonly server: string;
  private readonly kc: KubeConfig;
  private agent?: http.Agent;

  /** `kc` must have the wanted context as its current context. */
  constructor(kc: KubeConfig) {
    const cluster = kc.getCurrentCluster();
    if (!cluster) throw new Error(`kubeconfig context ${kc.getCurrentContext()} has no cluster`);
    this.kc = kc;
    this.server = cluster.server.replace(/\/+$/, '');
  }

  async request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const url = new URL(this.server + path);
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const options: https.RequestOptions = { method, headers: {} };
    await this.authenticate(options);
    options.agent = this.keepAliveAgent(url, options);
    const headers = options.headers as http.OutgoingHttpHeaders;
    headers.Accept = 'application/json';
    let payload: string | undefined;
    if (opts.body !== undefined) {
      payload = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
      headers['Content-Type'] = opts.contentType ?? 'application/json';
      headers['Content-Length'] = Buffer.byteLength(payload);
    }
    const { status, text } = await send(url, options, payload, opts.signal, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const parsed = parseJson(text);
    if (status < 200 || status >= 300) throw toApiError(status, parsed, text, method, url.pathname);
    return parsed as T;
  }

  /**
   * Credentials per request, so that expiring exec/OIDC tokens are refreshed. A failing exec plugin or
   * auth-provider is named with its context and user; what it returned is registered as secret.
   */
  private async authenticate(options: https.RequestOptions): Promise<void> {
    const user = this.kc.getCurrentUser();
    const provider = (user?.authProvider as { name?: string } | undefined)?.name;
    try {
      const removed = provider === undefined ? undefined : removedAuthProvider(provider);
      if (removed) throw new Error(removed);
      await this.kc.applyToHTTPSOptions(options);
    } catch (err) {
      const what = err instanceof ExecPluginError || !provider ? '' : `auth-provider ${provider}: `;
      throw new Error(`kubeconfig context ${this.kc.getCurrentContext()}, user ${user?.name ?? '-'}: ${what}${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    const auth = (options.headers as http.OutgoingHttpHeaders).Authorization;
    if (typeof auth === 'string') secrets.register(auth.replace(/^Bearer /, ''));
  }

  /** One agent per client keeps TLS connections alive; a proxy-url cluster keeps the library's agent. */
  private keepAliveAgent(url: URL, options: https.RequestOptions): http.Agent | undefined {
    if (this.kc.getCurrentCluster()?.proxyUrl) return options.agent as http.Agent | undefined;
    if (!this.agent) {
      this.agent =
        url.protocol === 'https:'
          ? new https.Agent({
              keepAlive: true,
              maxSockets: 32,
              ca: options.ca,
              cert: options.cert,
              key: options.key,
              rejectUnauthorized: options.rejectUnauthorized,
              servername: options.servername,
            })
          : new http.Agent({ keepAlive: true, maxSockets: 32 });
    }
    return this.agent;
  }

  /** Closes idle keep-alive sockets so the process can exit. */
  close(): void {
    this.agent?.destroy();
    this.agent = undefined;
  }
}

function send(
  url: URL,
  options: https.RequestOptions,
  payload: string | undefined,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const mod = url.protocol === 'http:' ? http : https;
    const req = mod.request(url, { ...options, signal }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`${options.method} ${url.pathname}: no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(payload);
  });
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

interface Status {
  kind?: string;
  message?: string;
  reason?: string;
}

function toApiError(status: number, parsed: unknown, text: string, method: string, path: string): ApiError {
  const s = (parsed ?? {}) as Status;
  // The body is redacted before it is cut: half a secret would not match the filter any more.
  const message = s.kind === 'Status' && s.message ? s.message : `${method} ${path}: HTTP ${status} ${secrets.redact(text).slice(0, 200)}`.trim();
  return new ApiError(status, s.reason ?? '', message);
}
