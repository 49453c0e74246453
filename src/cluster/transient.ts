// Which API failures are worth repeating, and how long to wait before the next try. A restarting
// control plane refuses or resets connections, answers 429/5xx or nothing at all for a few seconds;
// every write we send is idempotent (server-side apply, PUT with resourceVersion, DELETE) except a
// POST, which is repeated only when it provably never reached the server.

/** Network errors after which a request may have been processed (the connection broke mid-way). */
const BROKEN = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE', 'UND_ERR_SOCKET']);
/** Network errors that mean the request never reached the API server. */
const NOT_SENT = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);

/** No answer (or no further bytes) within the request timeout. */
export class NoAnswerError extends Error {
  readonly code = 'ETIMEDOUT';
  constructor(what: string, timeoutMs: number) {
    super(`${what}: no answer within ${formatSeconds(timeoutMs)}`);
    this.name = 'NoAnswerError';
  }
}

/** 500s that come from a control plane in trouble, not from the request (etcd, an unreachable webhook). */
const TRANSIENT_500 = /etcdserver|timed? ?out|timeout|leader changed|connection refused|try again|too many requests/i;

/**
 * Whether `err` (a network error or an API answer with `status`) is transient for `method`. 429 and
 * connection refusals are safe for every method; a broken connection, a timeout, 502/503/504 only for
 * idempotent ones (a repeated POST could create a second object). A 500 is often the request's own
 * fault (server-side apply answers 500 for a field the schema lacks), so only a 500 with Retry-After
 * or a known control-plane message is retried.
 */
export function isTransient(err: unknown, method: string, status?: number, retryAfter?: number): boolean {
  const idempotent = method !== 'POST';
  if (status === 429) return true;
  if (status === 500) return idempotent && (retryAfter !== undefined || TRANSIENT_500.test(err instanceof Error ? err.message : ''));
  if (status !== undefined) return idempotent && status >= 502 && status <= 504;
  const code = (err as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string') return false;
  return NOT_SENT.has(code) || (idempotent && BROKEN.has(code));
}

/** `Retry-After` in milliseconds (seconds form only, as the API server sends it). */
export function retryAfterMs(header: string | string[] | undefined): number | undefined {
  const v = Array.isArray(header) ? header[0] : header;
  return v !== undefined && /^\d+$/.test(v.trim()) ? Number(v.trim()) * 1000 : undefined;
}

/** Delay before retry `n` (0-based): 250 ms doubling, at most 4 s. */
export function backoffMs(n: number): number {
  return Math.min(4000, 250 * 2 ** n);
}

export function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${(ms / 1000).toFixed(1)}s`;
}
