// Per-Application lock and sync history kept in the destination cluster, so that two workflow runs
// never sync the same app at once and rollback/history can find earlier revisions.
// Lock: a coordination.k8s.io Lease, taken with resourceVersion-guarded writes (optimistic
// concurrency), renewed in the background, stale once renewTime + leaseDurationSeconds has passed
// (by this runner's clock), and released by clearing the holder.
// History: a ConfigMap with a bounded JSON list, newest first.
import type { K8sObject } from '../model/k8s.js';
import type { ClusterClient } from './client.js';
import { isConflict } from './rest.js';

export const LOCK_FIELD_MANAGER = 'gitops-sync';
const NAME_PREFIX = 'gitops-sync-';

export interface LockOptions {
  /** Namespace of the Lease (must exist). Default `default`. */
  namespace?: string;
  /** Who holds it, e.g. `<repo> run <id>/<attempt>`; shown to a run that has to wait. */
  holder: string;
  /** Lease duration; renewed every third of it. Default 60. */
  durationSeconds?: number;
  /** How long to wait for another holder to release. Default 0: fail at once. */
  waitMs?: number;
  signal?: AbortSignal;
  /** Told who holds the lock, since when and until when, and about a takeover. */
  log?: (message: string) => void;
}

export interface AppLock {
  /** Set when a renewal found the lease taken over by another holder. */
  readonly lost: boolean;
  release(): Promise<void>;
}

export class LockHeldError extends Error {
  constructor(
    readonly app: string,
    readonly holder: string,
    readonly until: Date,
    held = '',
  ) {
    super(`application ${app} is being synced by ${holder}${held ? ` (${held})` : ` (lease held until ${until.toISOString()} unless renewed)`}`);
    this.name = 'LockHeldError';
  }
}

interface LeaseSpec {
  holderIdentity?: string | null;
  leaseDurationSeconds?: number;
  acquireTime?: string | null;
  renewTime?: string | null;
  leaseTransitions?: number;
}

interface Lease extends K8sObject {
  spec?: LeaseSpec;
}

export const lockName = (app: string): string => `${NAME_PREFIX}${app}`.slice(0, 253).replace(/[-.]+$/, '');

/** The action's own Lease or history ConfigMap: bookkeeping, never an orphan or drift. */
export function isSyncState(obj: K8sObject): boolean {
  return (obj.kind === 'Lease' || obj.kind === 'ConfigMap') && (obj.metadata?.name ?? '').startsWith(NAME_PREFIX);
}

/** Lease's MicroTime: RFC 3339 with microseconds. */
const microTime = (d: Date): string => d.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');

function expiry(spec: LeaseSpec | undefined): number {
  const renewed = Date.parse(spec?.renewTime ?? spec?.acquireTime ?? '');
  return Number.isNaN(renewed) ? 0 : renewed + (spec?.leaseDurationSeconds ?? 0) * 1000;
}

/** Takes the app's lock, waiting up to `waitMs` for a live holder; returns a handle to release it. */
export async function acquireAppLock(client: ClusterClient, app: string, opts: LockOptions): Promise<AppLock> {
  const namespace = opts.namespace ?? 'default';
  const duration = opts.durationSeconds ?? 60;
  const ref = { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: lockName(app), namespace } };
  const deadline = Date.now() + (opts.waitMs ?? 0);

  const where = `${namespace}/${ref.metadata.name}`;
  const started = Date.now();
  let told = '';
  let lease: Lease;
  for (;;) {
    const live = (await client.get(ref)) as Lease | undefined;
    const spec = live?.spec;
    const free = !spec?.holderIdentity || spec.holderIdentity === opts.holder || expiry(spec) <= Date.now();
    if (free) {
      if (spec?.holderIdentity && spec.holderIdentity !== opts.holder) {
        opts.log?.(`${app}: taking over lock ${where} from ${spec.holderIdentity}: ${heldText(spec)}`);
      }
      const now = new Date();
      const next: Lease = {
        ...ref,
        metadata: { ...ref.metadata, ...(live ? { resourceVersion: live.metadata.resourceVersion } : {}) },
        spec: {
          holderIdentity: opts.holder,
          leaseDurationSeconds: duration,
          acquireTime: microTime(now),
          renewTime: microTime(now),
          leaseTransitions: (spec?.leaseTransitions ?? 0) + (live && spec?.holderIdentity !== opts.holder ? 1 : 0),
        },
      };
      try {
        lease = (live ? await client.replace(next, writeOpts) : await client.create(next, writeOpts)) as Lease;
        if (told) opts.log?.(`${app}: lock ${where} acquired after waiting ${Math.round((Date.now() - started) / 1000)}s`);
        break;
      } catch (err) {
        // Someone else wrote in between (409 on update, AlreadyExists on create): look again.
        if (isConflict(err)) continue;
        throw err;
      }
    }
    const until = expiry(spec);
    const holder = spec!.holderIdentity!;
    if (Date.now() >= deadline || opts.signal?.aborted) throw new LockHeldError(app, holder, new Date(until), heldText(spec!));
    // Said once per holder and renewal, so a long wait shows progress without repeating itself.
    const news = `${holder}@${spec?.renewTime ?? ''}`;
    if (news !== told) {
      const waitLeft = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      opts.log?.(`${app}: lock ${where} is held by ${holder}: ${heldText(spec!)}; waiting up to ${waitLeft}s more (lock-timeout)`);
      told = news;
    }
    // Wake when the holder releases or deletes it, or at the latest when it would turn stale.
    const wait = Math.max(1, Math.min(deadline, until + 100) - Date.now());
    const seen = live!.metadata.resourceVersion;
    await client
      .watchUntil(ref, (o) => o?.metadata.resourceVersion !== seen, { timeoutMs: wait, signal: opts.signal })
      .catch(() => undefined);
  }
  return holdLease(client, lease, opts.holder, duration);
}

const writeOpts = { fieldManager: LOCK_FIELD_MANAGER };

/** `held since <t>, last renewed 12s ago; stale (taken over) in 48s unless renewed`, by this runner's clock. */
function heldText(spec: LeaseSpec): string {
  const now = Date.now();
  const secs = (ms: number): string => `${Math.max(0, Math.round(ms / 1000))}s`;
  const renewed = Date.parse(spec.renewTime ?? spec.acquireTime ?? '');
  const since = spec.acquireTime ? `held since ${new Date(Date.parse(spec.acquireTime)).toISOString()}` : 'held';
  const last = Number.isNaN(renewed) ? '' : `, last renewed ${secs(now - renewed)} ago`;
  const until = expiry(spec);
  const stale = until <= now ? `stale for ${secs(now - until)}` : `stale (taken over) in ${secs(until - now)} unless renewed`;
  return `${since}${last}; ${stale}`;
}

function holdLease(client: ClusterClient, first: Lease, holder: string, duration: number): AppLock {
  let current = first;
  let lost = false;
  let renewing: Promise<void> = Promise.resolve();

  const renew = async (): Promise<void> => {
    const next: Lease = { ...current, spec: { ...current.spec, renewTime: microTime(new Date()) } };
    try {
      current = (await client.replace(next, writeOpts)) as Lease;
    } catch (err) {
      // Other errors are transient for a renewal: the next tick tries again.
      if (!isConflict(err)) return;
      const live = (await client.get(current).catch(() => undefined)) as Lease | undefined;
      if (live?.spec?.holderIdentity === holder) current = live;
      else lost = true;
    }
  };
  const timer = setInterval(() => {
    renewing = renewing.then(renew);
  }, (duration * 1000) / 3);
  timer.unref();

  return {
    get lost() {
      return lost;
    },
    async release() {
      clearInterval(timer);
      await renewing;
      const live = (await client.get(current)) as Lease | undefined;
      if (live?.spec?.holderIdentity !== holder) return;
      const cleared: Lease = { ...live, spec: { ...live.spec, holderIdentity: null, renewTime: null, acquireTime: null } };
      await client.replace(cleared, writeOpts).catch((err: unknown) => {
        if (!isConflict(err)) throw err;
      });
    },
  };
}

export interface RevisionRecord {
  revision: string;
  /** Sync outcome, e.g. Succeeded or Failed. */
  status: string;
  /** ISO 8601 time the sync finished. */
  at: string;
}

export interface HistoryOptions {
  namespace?: string;
  /** Entries kept. Default 10. */
  limit?: number;
}

export const historyName = (app: string): string => `${NAME_PREFIX}history-${app}`.slice(0, 253).replace(/[-.]+$/, '');

/** Adds a sync result at the front of the app's history (ConfigMap), keeping the newest `limit`. */
export async function recordRevision(
  client: ClusterClient,
  app: string,
  record: { revision: string; status: string; at: Date | string },
  opts: HistoryOptions = {},
): Promise<void> {
  const entry: RevisionRecord = {
    revision: record.revision,
    status: record.status,
    at: typeof record.at === 'string' ? record.at : record.at.toISOString(),
  };
  const ref = historyRef(app, opts.namespace);
  for (;;) {
    const live = await client.get(ref);
    const history = [entry, ...parseHistory(live)].slice(0, opts.limit ?? 10);
    const next = {
      ...ref,
      metadata: { ...ref.metadata, labels: { 'app.kubernetes.io/managed-by': 'gitops-sync' }, ...(live ? { resourceVersion: live.metadata.resourceVersion } : {}) },
      data: { application: app, history: JSON.stringify(history) },
    };
    try {
      await (live ? client.replace(next, writeOpts) : client.create(next, writeOpts));
      return;
    } catch (err) {
      if (!isConflict(err)) throw err;
    }
  }
}

/** The app's recorded syncs, newest first ([] when none). */
export async function listRevisions(client: ClusterClient, app: string, opts: HistoryOptions = {}): Promise<RevisionRecord[]> {
  return parseHistory(await client.get(historyRef(app, opts.namespace)));
}

function historyRef(app: string, namespace = 'default'): K8sObject {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: historyName(app), namespace } };
}

function parseHistory(cm: K8sObject | undefined): RevisionRecord[] {
  const raw = (cm?.data as Record<string, string> | undefined)?.history;
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? (parsed as RevisionRecord[]) : [];
  } catch {
    return [];
  }
}
