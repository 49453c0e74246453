// The one place inputs are read and validated. The action passes `core.getInput`, the CLI passes its
// parsed flags under the same input names, so both get the same typed settings and the same errors.

import path from 'node:path';
import { ParseError } from './parse/parse-error.js';
import { parseYaml } from './parse/yaml.js';
import { parseShard, type Shard } from './pipeline/select-apps.js';
import type { HelmRepoCredential } from './render/repos/resolver.js';
import { DEFAULT_TOOL_MEMORY_BYTES } from './render/tools/exec.js';

export type Mode = 'render' | 'diff' | 'merge' | 'sync' | 'reconcile';

export interface Settings {
  mode: Mode;
  /** The checkout being rendered (the PR head, or main). */
  repoRoot: string;
  /** Globs (relative to repoRoot) of files holding Argo CD specs; empty = the whole repo. */
  appGlobs: string[];
  /** Only these applications (and their children); empty = all. */
  appNames: string[];
  /** Globs (relative to repoRoot) of ConfigManagementPlugin files; in a PR preview read from the base. */
  plugins: string[];
  /** Extra URLs that name this repository (the checkout's origin is always one). */
  repoUrls: string[];
  /** Token for cloning other private git repositories. */
  repoToken?: string;
  /** Logins for private Helm chart repositories and OCI registries; every password is a secret to mask. */
  helmRepoCredentials: HelmRepoCredential[];
  concurrency: number;
  toolTimeoutMs: number;
  /** Memory of each helm, kustomize or jsonnet run, its child processes included. */
  toolMemoryBytes: number;
  toolPaths: { helm?: string; kustomize?: string; jsonnet?: string };
  /** Allow downloading missing tools with @actions/tool-cache (true in the action). */
  installMissingTools: boolean;
  /** Clones, pulled charts: reused across runs when the runner keeps it. */
  cacheDir: string;
  /** Let an ApplicationSet generator parameter choose an Application's project. */
  allowProjectParams: boolean;
  /** This job's share of the apps when a matrix splits them (`shard: i/n`). */
  shard?: Shard;
  /** Pull-request preview (mode diff). */
  diff: DiffSettings;
  /** Deploy (mode sync). */
  sync: SyncInputs;
}

export interface SyncInputs {
  /** Kubeconfig (a path or the file's text) holding every destination cluster. */
  kubeconfig?: string;
  /** Prune even when an app's automated policy does not. */
  prune: boolean;
  /** Objects marked `Prune=confirm` may be deleted. */
  confirmPrune: boolean;
  /** Server-side dry run of the whole plan; nothing is changed. */
  dryRun: boolean;
  /** After the last wave, wait until every app is Healthy. */
  wait: boolean;
  healthTimeoutMs: number;
  /** Whole sync of all apps; past it the running operations are terminated. */
  syncTimeoutMs: number;
  ignoreSyncWindows: boolean;
  /** Kubeconfig context for https://kubernetes.default.svc (default: the current context). */
  inClusterContext?: string;
  /** Re-sync the last good revision of an app whose sync failed. */
  rollbackOnFailure: boolean;
  /** Create GitHub Deployments and statuses per app. */
  deployments: boolean;
  /** Environment name of an app's deployment; `{app}` stands for the app's name. */
  deploymentEnvironment: string;
  fieldManager: string;
  /** Namespace (in each destination cluster) of the per-app Lease and revision history. */
  stateNamespace: string;
  /** How long to wait for another run that holds an app's lock. */
  lockTimeoutMs: number;
  /** `argocd`: a push syncs only automated apps that are OutOfSync; `all`: every selected app. */
  syncPolicy: 'argocd' | 'all';
  /** (reconcile) Keep one sticky GitHub issue listing drifted and unhealthy apps. */
  driftIssue: boolean;
  /** Limit of one Kubernetes API request (time to answer, and silence while answering). */
  requestTimeoutMs: number;
  /** How long transient API failures (refused, reset, timeouts, 429, 5xx) are retried per cluster. */
  apiRetryMs: number;
}

export interface DiffSettings {
  /** Token for the sticky PR comment; without it the comment is skipped (the job summary still has it all). */
  githubToken?: string;
  /** Sticky comment key; empty = derived from workflow and job. */
  commentKey?: string;
  /** Unchanged lines around each change in resource diffs. */
  contextLines: number;
  /** Policy violations fail the step (those that `failOn` counts). */
  failOnPolicy: boolean;
  /** What fails the step: errors and violations this PR introduced (default), every one, or none. */
  failOn: FailOn;
  /** Drop Helm's `helm.sh/chart` label and chart-version noise from diffs. */
  stripHelmChartLabels: boolean;
  /** Base revision; empty = the pull request's base SHA from the event. */
  baseRef?: string;
  /** Render every app on the base too, even one whose inputs the PR provably left unchanged. */
  renderUnchanged?: boolean;
  /** Mode merge: globs of the shards' preview files. */
  previewFiles: string[];
}

export type FailOn = 'new-errors' | 'errors' | 'never';

export type InputReader = (name: string) => string;

export class SettingsError extends Error {
  constructor(input: string, message: string) {
    super(`input ${input}: ${message}`);
    this.name = 'SettingsError';
  }
}

export interface SettingsDefaults {
  mode: Mode;
  installMissingTools: boolean;
  cacheDir: string;
}

export function readSettings(get: InputReader, defaults: SettingsDefaults): Settings {
  return {
    mode: readMode(get, defaults.mode),
    repoRoot: get('repo') || '.',
    appGlobs: readRepoGlobs('apps', get('apps')),
    appNames: readList(get('app')),
    plugins: readRepoGlobs('plugins', get('plugins')),
    repoUrls: [...readList(get('repo-url')), ...readList(get('repo-url-aliases'))],
    repoToken: get('repo-token') || undefined,
    helmRepoCredentials: readHelmRepoCredentials(get),
    concurrency: readPositiveInt(get, 'concurrency', 4),
    toolTimeoutMs: readDurationMs(get, 'tool-timeout', 90_000),
    toolMemoryBytes: readPositiveInt(get, 'tool-memory-mib', DEFAULT_TOOL_MEMORY_BYTES / 2 ** 20) * 2 ** 20,
    toolPaths: {
      helm: get('helm-path') || undefined,
      kustomize: get('kustomize-path') || undefined,
      jsonnet: get('jsonnet-path') || undefined,
    },
    installMissingTools: defaults.installMissingTools,
    cacheDir: get('cache-dir') || defaults.cacheDir,
    allowProjectParams: readBool(get, 'allow-project-params', false),
    shard: readShard(get),
    diff: readDiffSettings(get),
    sync: readSyncInputs(get),
  };
}

/**
 * The credentials among the inputs, for the redactor. The kubeconfig's are registered when it is
 * loaded (cluster/kubeconfig.ts): its text as a whole is no secret line by line.
 */
export function secretInputs(settings: Settings): string[] {
  return [settings.diff.githubToken, settings.repoToken, ...settings.helmRepoCredentials.map((c) => c.password)].filter((v): v is string => !!v);
}

/** Tokens the runner puts in the step's environment: a rendering hole could read them as well as the inputs. */
export function secretEnvironment(env: NodeJS.ProcessEnv): string[] {
  return ['GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'].flatMap((name) => (env[name] ? [env[name]] : []));
}

function readSyncInputs(get: InputReader): SyncInputs {
  return {
    kubeconfig: get('kubeconfig') || undefined,
    prune: readBool(get, 'prune', false),
    confirmPrune: readBool(get, 'confirm-prune', false),
    dryRun: readBool(get, 'dry-run', false),
    wait: readBool(get, 'wait', true),
    healthTimeoutMs: readDurationMs(get, 'health-timeout', 300_000),
    syncTimeoutMs: readDurationMs(get, 'sync-timeout', 1_800_000),
    ignoreSyncWindows: readBool(get, 'ignore-sync-windows', false),
    inClusterContext: get('in-cluster-context').trim() || undefined,
    rollbackOnFailure: readBool(get, 'rollback-on-failure', false),
    deployments: readBool(get, 'deployments', false),
    deploymentEnvironment: readDeploymentEnvironment(get),
    fieldManager: get('field-manager').trim() || 'gitops-sync',
    stateNamespace: get('state-namespace').trim() || 'default',
    lockTimeoutMs: readDurationMs(get, 'lock-timeout', 600_000),
    requestTimeoutMs: readDurationMs(get, 'request-timeout', 30_000),
    apiRetryMs: readDurationMs(get, 'api-retry-timeout', 60_000),
    syncPolicy: readSyncPolicy(get),
    driftIssue: readBool(get, 'drift-issue', false),
  };
}

function readSyncPolicy(get: InputReader): 'argocd' | 'all' {
  const v = get('sync-policy').trim() || 'argocd';
  if (v !== 'argocd' && v !== 'all') throw new SettingsError('sync-policy', `expected argocd or all, got "${v}"`);
  return v;
}

function readDeploymentEnvironment(get: InputReader): string {
  const v = get('deployment-environment').trim() || '{app}';
  // GitHub marks a success's earlier deployments in the same environment inactive: apps sharing one would hide each other.
  if (!v.includes('{app}')) throw new SettingsError('deployment-environment', `must contain {app} so each app has its own environment, got "${v}"`);
  const unknown = v.match(/\{(?!app\})[^}]*\}/);
  if (unknown) throw new SettingsError('deployment-environment', `unknown placeholder ${unknown[0]}: only {app} is replaced`);
  return v;
}

function readDiffSettings(get: InputReader): DiffSettings {
  return {
    githubToken: get('github-token') || undefined,
    commentKey: get('comment-key').trim() || undefined,
    contextLines: readNonNegativeInt(get, 'context-lines', 3),
    failOnPolicy: readBool(get, 'fail-on-policy', true),
    failOn: readFailOn(get),
    stripHelmChartLabels: readBool(get, 'strip-helm-chart-labels', false),
    baseRef: get('base-ref').trim() || undefined,
    renderUnchanged: readBool(get, 'render-unchanged', false),
    previewFiles: readList(get('preview-files')),
  };
}

/** A YAML or JSON list of `{url, username, password}`; errors never echo the value (it holds passwords). */
function readHelmRepoCredentials(get: InputReader): HelmRepoCredential[] {
  const name = 'helm-repo-credentials';
  const v = get(name);
  if (!v.trim()) return [];
  let list: unknown;
  try {
    list = parseYaml(v);
  } catch (e) {
    const at = e instanceof ParseError ? e.line : undefined;
    throw new SettingsError(name, `not valid YAML or JSON${at ? ` (line ${at})` : ''}`);
  }
  if (!Array.isArray(list)) throw new SettingsError(name, 'expected a list of {url, username, password}');
  return list.map((item: unknown, i) => {
    const entry = (item ?? {}) as Record<string, unknown>;
    for (const field of ['url', 'username', 'password']) {
      if (typeof entry[field] !== 'string' || !entry[field]) throw new SettingsError(name, `entry ${i + 1}: field ${field} must be a non-empty string`);
    }
    return { url: entry.url as string, username: entry.username as string, password: entry.password as string };
  });
}

function readShard(get: InputReader): Shard | undefined {
  const v = get('shard');
  if (!v.trim()) return undefined;
  const shard = parseShard(v);
  if (!shard) throw new SettingsError('shard', `expected i/n with 1 ≤ i ≤ n, like 2/4, got "${v}"`);
  return shard;
}

function readFailOn(get: InputReader): FailOn {
  const v = get('fail-on').trim() || 'new-errors';
  if (v === 'new-errors' || v === 'errors' || v === 'never') return v;
  throw new SettingsError('fail-on', `expected new-errors, errors or never, got "${v}"`);
}

function readMode(get: InputReader, fallback: Mode): Mode {
  const v = get('mode');
  if (!v || v === 'auto') return fallback;
  if (v === 'render' || v === 'diff' || v === 'merge' || v === 'sync' || v === 'reconcile') return v;
  throw new SettingsError('mode', `expected auto, render, diff, merge, sync or reconcile, got "${v}"`);
}

/** Newline- or comma-separated list, trimmed, empties dropped (how multi-value action inputs are written). */
/** Globs are relative to the repository root: one reaching outside it could only ever match nothing. */
function readRepoGlobs(input: string, value: string): string[] {
  const globs = readList(value);
  for (const g of globs) {
    const p = g.replace(/^!/, '');
    const normalized = path.posix.normalize(p);
    if (path.posix.isAbsolute(p) || /^[a-zA-Z]:\//.test(p) || normalized === '..' || normalized.startsWith('../')) {
      throw new SettingsError(input, `"${g}" is outside the repository: globs are relative to the repository root`);
    }
  }
  return globs;
}

export function readList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function readPositiveInt(get: InputReader, name: string, fallback: number): number {
  const v = get(name).trim();
  if (!v) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new SettingsError(name, `expected a positive whole number, got "${v}"`);
  return Number(v);
}

export function readNonNegativeInt(get: InputReader, name: string, fallback: number): number {
  const v = get(name).trim();
  if (!v) return fallback;
  if (!/^\d+$/.test(v)) throw new SettingsError(name, `expected a whole number, got "${v}"`);
  return Number(v);
}

export function readBool(get: InputReader, name: string, fallback: boolean): boolean {
  const v = get(name).trim().toLowerCase();
  if (!v) return fallback;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new SettingsError(name, `expected true or false, got "${v}"`);
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Go-style durations as Argo CD writes them (`90s`, `5m`, `1h30m`); a bare number means seconds. */
export function parseDurationMs(value: string): number | undefined {
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  if (!/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(v)) return undefined;
  let total = 0;
  for (const m of v.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) total += Number(m[1]) * UNIT_MS[m[2]];
  return total;
}

export function readDurationMs(get: InputReader, name: string, fallback: number): number {
  const v = get(name);
  if (!v.trim()) return fallback;
  const ms = parseDurationMs(v);
  if (ms === undefined) throw new SettingsError(name, `expected a duration like 90s or 5m, got "${v}"`);
  return ms;
}
