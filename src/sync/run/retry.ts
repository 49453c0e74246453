// syncPolicy.retry (semantics §8; argo-cd pkg/apis/application/v1alpha1 RetryStrategy.NextRetryAt):
// wait = duration × factor^retryCount, capped at maxDuration; limit < 0 retries forever.
import type { RetryStrategy } from '../../model/argocd.js';
import { SpecError } from '../../model/errors.js';
import { parseDurationMs } from '../../settings.js';

const DEFAULT_DURATION_MS = 5_000;
const DEFAULT_FACTOR = 2;
const DEFAULT_MAX_DURATION_MS = 180_000;

export interface Backoff {
  /** Retries after the first attempt; Infinity when the limit is negative. */
  limit: number;
  durationMs: number;
  factor: number;
  maxDurationMs: number;
}

/** The backoff of an app's retry strategy (no strategy: no retries). Bad durations name the field. */
export function backoffOf(strategy: RetryStrategy | undefined, app?: string): Backoff {
  const b = strategy?.backoff;
  const duration = (field: string, value: string | undefined, fallback: number): number => {
    if (value === undefined || value === '') return fallback;
    const ms = parseDurationMs(value);
    if (ms === undefined) throw new SpecError({ app, field: `spec.syncPolicy.retry.backoff.${field}`, message: `invalid duration "${value}"` });
    return ms;
  };
  const limit = strategy?.limit ?? 0;
  return {
    limit: limit < 0 ? Infinity : limit,
    durationMs: duration('duration', b?.duration, DEFAULT_DURATION_MS),
    factor: b?.factor ?? DEFAULT_FACTOR,
    maxDurationMs: duration('maxDuration', b?.maxDuration, DEFAULT_MAX_DURATION_MS),
  };
}

/** Delay before retry number `retryCount + 1` (the first retry waits `duration`). */
export function retryDelayMs(b: Backoff, retryCount: number): number {
  const wait = b.durationMs * Math.pow(b.factor, retryCount);
  return b.maxDurationMs > 0 ? Math.min(b.maxDurationMs, wait) : wait;
}

/** Argo CD appends the retry count to the final message of a retried operation. */
export function retriedMessage(message: string, retryCount: number): string {
  return retryCount > 0 ? `${message} (retried ${retryCount} times).` : message;
}

/**
 * Runs `attempt` until it succeeds or the limit is reached, sleeping the backoff in between.
 * `sleep` resolves early (false) when the operation is cancelled, which ends the retries.
 */
export async function withRetry<T extends { ok: boolean }>(
  b: Backoff,
  attempt: (retryCount: number) => Promise<T>,
  sleep: (ms: number) => Promise<boolean>,
): Promise<{ result: T; retries: number }> {
  let retries = 0;
  for (;;) {
    const result = await attempt(retries);
    if (result.ok || retries >= b.limit) return { result, retries };
    if (!(await sleep(retryDelayMs(b, retries)))) return { result, retries };
    retries++;
  }
}
