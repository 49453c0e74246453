// Waiting for one object to reach a state: read it, then watch from that resourceVersion and check
// every event. A watch that ends (server timeout, dropped connection, 410 Gone) is followed by a fresh
// read and a new watch, so no change is missed; after repeated watch failures it polls instead.
// A watch that stays silent past the server's own watch timeout is dropped and read again, so a hung
// API server cannot hold a wait beyond its deadline.
import type { K8sObject } from '../model/k8s.js';
import type { ApiResource } from './discovery.js';
import type { RestClient } from './rest.js';
import { sleep } from '../async/sleep.js';

export interface WaitOptions {
  /** Default 5 minutes. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Interval of the polling fallback. Default 2 s. */
  pollIntervalMs?: number;
}

export class WaitTimeoutError extends Error {
  /** The object as last seen (undefined = absent). */
  readonly last: K8sObject | undefined;
  constructor(what: string, timeoutMs: number, last: K8sObject | undefined) {
    super(`timed out after ${Math.round(timeoutMs / 1000)}s waiting for ${what}`);
    this.name = 'WaitTimeoutError';
    this.last = last;
  }
}

export interface WatchTarget {
  /** Collection path, e.g. /apis/apps/v1/namespaces/ns/deployments. */
  listPath: string;
  name: string;
  resource: ApiResource;
}

const MAX_WATCH_FAILURES = 3;
const SERVER_WATCH_SECONDS = 300;
/** Silence tolerated beyond the server's watch timeout before the watch counts as hung. */
const WATCH_GRACE_SECONDS = 15;

interface Outcome {
  matched: boolean;
  /** The watch broke before delivering anything (refused, 410 Gone, connection error). */
  failed: boolean;
}

export async function watchUntil(
  rest: RestClient,
  target: WatchTarget,
  predicate: (obj: K8sObject | undefined) => boolean,
  opts: WaitOptions = {},
): Promise<K8sObject | undefined> {
  const timeoutMs = opts.timeoutMs ?? 300_000;
  const deadline = Date.now() + timeoutMs;
  const what = `${target.resource.kind} ${target.name}`;
  const apiVersion = target.resource.group ? `${target.resource.group}/${target.resource.version}` : target.resource.version;
  const typed = (o: K8sObject | undefined): K8sObject | undefined => (o ? { ...o, apiVersion, kind: target.resource.kind } : o);
  const fieldSelector = `metadata.name=${target.name}`;
  let failures = 0;
  let last: K8sObject | undefined;

  for (;;) {
    if (opts.signal?.aborted) throw new Error(`stopped waiting for ${what}`);
    if (Date.now() >= deadline) throw new WaitTimeoutError(what, timeoutMs, last);
    // A list filtered to the one name gives both the object and a resourceVersion to watch from.
    const list = await rest.request<{ items?: K8sObject[]; metadata?: { resourceVersion?: string } }>('GET', target.listPath, {
      query: { fieldSelector },
      signal: opts.signal,
    });
    last = typed(list.items?.[0]);
    if (predicate(last)) return last;
    if (failures >= MAX_WATCH_FAILURES) {
      await sleep(Math.min(opts.pollIntervalMs ?? 2000, Math.max(0, deadline - Date.now())), opts.signal);
      continue;
    }
    const outcome = await watchOnce(rest, target.listPath, fieldSelector, list.metadata?.resourceVersion, deadline, opts.signal, (o) => {
      last = typed(o);
      return predicate(last);
    });
    if (outcome.matched) return last;
    failures = outcome.failed ? failures + 1 : 0;
  }
}

/** One watch connection; settles on a match, on the stream's end, on an error, or at the deadline. */
function watchOnce(
  rest: RestClient,
  listPath: string,
  fieldSelector: string,
  resourceVersion: string | undefined,
  deadline: number,
  signal: AbortSignal | undefined,
  check: (obj: K8sObject | undefined) => boolean,
): Promise<Outcome> {
  return new Promise((resolve) => {
    let settled = false;
    let sawEvent = false;
    const controller = new AbortController();
    const finish = (o: Outcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      controller.abort();
      resolve(o);
    };
    const onAbort = (): void => finish({ matched: false, failed: false });
    const timer = setTimeout(() => finish({ matched: false, failed: false }), Math.max(0, deadline - Date.now()));
    signal?.addEventListener('abort', onAbort);
    const seconds = Math.max(1, Math.min(SERVER_WATCH_SECONDS, Math.ceil((deadline - Date.now()) / 1000)));
    const onEvent = (type: string, obj: unknown): void => {
      if (type === 'ERROR') return finish({ matched: false, failed: true }); // e.g. 410 Gone: read again
      if (type === 'BOOKMARK') return;
      sawEvent = true;
      const current = type === 'DELETED' ? undefined : (obj as K8sObject);
      if (check(current)) finish({ matched: true, failed: false });
    };
    rest
      .watch(listPath, { fieldSelector, resourceVersion, allowWatchBookmarks: true, timeoutSeconds: seconds }, onEvent, {
        signal: controller.signal,
        idleMs: (seconds + WATCH_GRACE_SECONDS) * 1000,
      })
      .then(
        () => finish({ matched: false, failed: false }),
        () => finish({ matched: false, failed: !sawEvent }),
      );
  });
}
