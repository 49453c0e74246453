// Raw JSON requests to one API server. The typed clients of @kubernetes/client-node serialize through
// their models (dropping unknown fields, turning timestamps into Dates) and cannot pass
// `fieldValidation`, both of which apply/diff need exact; the library still does auth and TLS.
import http from 'node:http';
import https from 'node:https';
import type { KubeConfig } from '@kubernetes/client-node';
import { debug } from '../log/debug.js';
import { secrets } from '../secrets/redact.js';
import { ExecPluginError, removedAuthProvider } from './exec-credential.js';
import { backoffMs, formatSeconds, isTransient, NoAnswerError, retryAfterMs } from './transient.js';
import { sleep } from '../async/sleep.js';
import { errorMessage } from '../model/errors.js';

/** The kubeconfig user's credentials could not be had (exec plugin, auth-provider): no request was sent, none is retried. */
export class CredentialError extends Error {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = 'CredentialError';
  }
}

/** A non-2xx answer from the API server, with the Status reason Kubernetes gave. */
export class ApiError extends Error {
  readonly status: number;
  readonly reason: string;
  /** The server's Retry-After (429/503), when it sent one. */
  readonly retryAfterMs?: number;
  constructor(status: number, reason: string, message: string, retryAfterMs?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.reason = reason;
    this.retryAfterMs = retryAfterMs;
  }
}

/** The API server did not answer usefully (network error, timeout, 429/5xx) for longer than the retry window. */
export class ClusterUnavailableError extends Error {
  constructor(
    readonly cluster: string,
    message: string,
  ) {
    super(message);
    this.name = 'ClusterUnavailableError';
  }
}

export const isNotFound = (err: unknown): boolean => err instanceof ApiError && err.status === 404;
export const isConflict = (err: unknown): boolean => err instanceof ApiError && err.status === 409;

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  contentType?: string;
  signal?: AbortSignal;
}

export interface ApiLimits {
  /** Per request: longest wait for the answer to start, and longest silence while it arrives. Default 30 s. */
  requestTimeoutMs?: number;
  /**
   * How long transient failures (refused or reset connections, timeouts, 429, 5xx) are retried, counted
   * from the first failure in a row on this cluster. Default 60 s; 0 = never retry.
   */
  retryMs?: number;
  /** Told when a cluster starts failing and when it answers again. */
  log?: (message: string) => void;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
export const DEFAULT_API_RETRY_MS = 60_000;

/** Per-method request counts and time, for the debug log. */
interface CallStats {
  count: number;
  failed: number;
  ms: number;
}

export class RestClient {
  readonly server: string;
  /** `context (server)`: how messages name this cluster. */
  readonly cluster: string;
  private readonly kc: KubeConfig;
  private readonly requestTimeoutMs: number;
  private readonly retryMs: number;
  private readonly log?: (message: string) => void;
  private agent?: http.Agent;
  /** When the current run of transient failures began; unset while the server answers. */
  private failingSince?: number;
  private readonly stats = new Map<string, CallStats>();

  /** `kc` must have the wanted context as its current context. */
  constructor(kc: KubeConfig, limits: ApiLimits = {}) {
    const cluster = kc.getCurrentCluster();
    if (!cluster) throw new Error(`kubeconfig context ${kc.getCurrentContext()} has no cluster`);
    this.kc = kc;
    this.server = cluster.server.replace(/\/+$/, '');
    this.cluster = `${kc.getCurrentContext()} (${this.server})`;
    this.requestTimeoutMs = limits.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.retryMs = limits.retryMs ?? DEFAULT_API_RETRY_MS;
    this.log = limits.log;
  }

  /**
   * One API call. Transient failures are repeated with backoff while this cluster's retry window
   * lasts; past it (or for a failure that is not transient) the error is thrown, naming the cluster.
   */
  async request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    // A cluster that stayed silent for the whole window fails the rest of the run at once.
    if (this.retryMs > 0 && this.failingSince !== undefined && this.windowLeft(Date.now()) <= 0) {
      throw this.unavailable(method, path, 'it stopped answering earlier in this run');
    }
    for (let attempt = 0; ; attempt++) {
      const started = Date.now();
      const left = this.windowLeft(started);
      let failure: unknown;
      try {
        const res = await this.once(method, path, opts, left > 0 ? Math.min(this.requestTimeoutMs, Math.max(1000, left)) : this.requestTimeoutMs);
        const ok = res.status >= 200 && res.status < 300;
        this.count(method, started, !ok);
        if (ok) {
          this.answered();
          return parseJson(res.text) as T;
        }
        const answer = toApiError(res.status, parseJson(res.text), res.text, method, path, retryAfterMs(res.retryAfter));
        failure = answer;
        if (!isTransient(answer, method, res.status, answer.retryAfterMs)) {
          this.answered();
          throw answer;
        }
      } catch (err) {
        if ((err instanceof ApiError && err === failure) || err instanceof CredentialError) throw err;
        this.count(method, started, true);
        if (!isTransient(err, method) || opts.signal?.aborted) throw opts.signal?.aborted ? err : this.named(method, path, err);
        failure = err;
      }
      if (this.failingSince === undefined) {
        this.failingSince = started;
        if (this.retryMs > 0) this.log?.(`cluster ${this.cluster}: ${method} ${path}: ${errorText(failure)}; retrying for up to ${formatSeconds(this.retryMs)}`);
      }
      const remaining = this.windowLeft(Date.now());
      if (remaining <= 0) throw this.unavailable(method, path, errorText(failure));
      const hint = failure instanceof ApiError ? failure.retryAfterMs : undefined;
      await sleep(Math.min(remaining, hint ?? backoffMs(attempt)), opts.signal);
      if (opts.signal?.aborted) throw this.named(method, path, failure);
    }
  }

  /**
   * A watch stream: `onEvent` gets every event; resolves when the server ends the stream, rejects on
   * an error answer, a broken connection, no answer within the request timeout, or `idleMs` without a
   * byte. Not retried here: the caller lists again and re-watches.
   */
  async watch(path: string, query: RequestOptions['query'], onEvent: (type: string, obj: unknown) => void, opts: { signal?: AbortSignal; idleMs: number }): Promise<void> {
    let rest = '';
    const onData = (chunk: string): void => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.trim()) continue;
        const ev = parseJson(line) as { type?: string; object?: unknown } | undefined;
        if (ev?.type) onEvent(ev.type, ev.object);
      }
    };
    try {
      const res = await this.once('GET', path, { query: { ...query, watch: true }, signal: opts.signal }, this.requestTimeoutMs, { onData, idleMs: opts.idleMs });
      if (res.status < 200 || res.status >= 300) throw toApiError(res.status, parseJson(res.text), res.text, 'GET', path, undefined);
    } catch (err) {
      throw err instanceof ApiError || err instanceof CredentialError || opts.signal?.aborted ? err : this.named('GET', path, err);
    }
  }

  /** `N requests (GET 12, PATCH 3), 1 failed, 2.3 s in total` for the debug log. */
  callSummary(): string {
    const all = [...this.stats.entries()];
    const count = all.reduce((n, [, s]) => n + s.count, 0);
    const failed = all.reduce((n, [, s]) => n + s.failed, 0);
    const ms = all.reduce((n, [, s]) => n + s.ms, 0);
    const by = all.map(([m, s]) => `${m} ${s.count}`).join(', ');
    return `cluster ${this.cluster}: ${count} API request(s)${by ? ` (${by})` : ''}, ${failed} failed, ${formatSeconds(ms)} in total`;
  }

  private async once(method: string, path: string, opts: RequestOptions, timeoutMs: number, stream?: StreamOptions): Promise<Answer> {
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
    return send(url, options, payload, opts.signal, timeoutMs, stream);
  }

  private windowLeft(now: number): number {
    return this.failingSince === undefined ? this.retryMs : this.failingSince + this.retryMs - now;
  }

  private answered(): void {
    if (this.failingSince !== undefined) this.log?.(`cluster ${this.cluster}: answering again after ${formatSeconds(Date.now() - this.failingSince)}`);
    this.failingSince = undefined;
  }

  private count(method: string, started: number, failed: boolean): void {
    const s = this.stats.get(method) ?? { count: 0, failed: 0, ms: 0 };
    s.count++;
    if (failed) s.failed++;
    s.ms += Date.now() - started;
    this.stats.set(method, s);
  }

  /** A failure that is not the server's answer, with the cluster and the call it broke. */
  private named(method: string, path: string, err: unknown): Error {
    const message = `cluster ${this.cluster}: ${method} ${path}: ${errorText(err)}`;
    return isTransient(err, method) ? new ClusterUnavailableError(this.cluster, message) : new Error(message);
  }

  private unavailable(method: string, path: string, cause: string): ClusterUnavailableError {
    const since = this.failingSince === undefined ? '' : ` for ${formatSeconds(Math.round((Date.now() - this.failingSince) / 100) * 100)}`;
    return new ClusterUnavailableError(
      this.cluster,
      `cluster ${this.cluster} is not answering${since}: ${method} ${path}: ${cause} (request timeout ${formatSeconds(this.requestTimeoutMs)}, retried for up to ${formatSeconds(this.retryMs)})`,
    );
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
      throw new CredentialError(`kubeconfig context ${this.kc.getCurrentContext()}, user ${user?.name ?? '-'}: ${what}${errorMessage(err)}`, { cause: err });
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

  /** Closes idle keep-alive sockets so the process can exit; debug gets the call summary. */
  close(): void {
    if (this.stats.size > 0) debug(() => this.callSummary());
    this.agent?.destroy();
    this.agent = undefined;
  }
}

interface Answer {
  status: number;
  text: string;
  retryAfter?: string | string[];
}

interface StreamOptions {
  onData: (chunk: string) => void;
  /** Longest silence once the answer started (a watch sends nothing while nothing changes). */
  idleMs: number;
}

/**
 * One HTTP exchange. `timeoutMs` bounds the wait for the answer's headers and every later silence
 * (for a stream: `idleMs` after the headers); a hung server fails with NoAnswerError. Own timers,
 * because a socket timeout on a TLS connection that never completes its handshake fires only after
 * twice the time asked for.
 */
function send(url: URL, options: https.RequestOptions, payload: string | undefined, signal: AbortSignal | undefined, timeoutMs: number, stream?: StreamOptions): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const mod = url.protocol === 'http:' ? http : https;
    let silence = timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => req.destroy(new NoAnswerError(`${options.method} ${url.pathname}`, silence)), silence);
    };
    const settle = <T>(fn: (v: T) => void) => (v: T): void => {
      clearTimeout(timer);
      fn(v);
    };
    const req = mod.request(url, { ...options, signal }, (res) => {
      if (stream) silence = stream.idleMs;
      arm();
      const chunks: Buffer[] = [];
      const ok = (res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300;
      res.on('data', (c: Buffer) => {
        arm();
        if (stream && ok) stream.onData(c.toString('utf8'));
        else chunks.push(c);
      });
      res.on('end', settle(() => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), retryAfter: res.headers['retry-after'] })));
      res.on('error', settle(reject));
    });
    arm();
    req.on('error', settle(reject));
    req.end(payload);
  });
}

function errorText(err: unknown): string {
  if (err instanceof NoAnswerError) return err.message.replace(/^\S+ \S+: /, '');
  const code = (err as { code?: unknown } | undefined)?.code;
  const message = errorMessage(err);
  return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
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

function toApiError(status: number, parsed: unknown, text: string, method: string, path: string, retryAfter: number | undefined): ApiError {
  const s = (parsed ?? {}) as Status;
  // The body is redacted before it is cut: half a secret would not match the filter any more.
  const message = s.kind === 'Status' && s.message ? s.message : `${method} ${path}: HTTP ${status} ${secrets.redact(text).slice(0, 200)}`.trim();
  return new ApiError(status, s.reason ?? '', message, retryAfter);
}
