#!/usr/bin/env node
// Terminal entry point over the same pipeline as the action: parses flags into the action's input
// names, builds the same Settings, runs one command. Exit 0 ok, 1 failures, 2 usage.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { ActionIO } from './action/io.js';
import { ClusterClient } from './cluster/client.js';
import { isProblem, loadKubeconfig, resolveDestination } from './cluster/kubeconfig.js';
import { listRevisions } from './cluster/lease.js';
import { formatHealth, healthOf } from './health/health.js';
import { validateArgoCdConfig } from './load/validate-kinds.js';
import { parseDocuments } from './load/yaml-docs.js';
import type { ArgoCdConfig } from './model/argocd.js';
import { debug, setDebugSink } from './log/debug.js';
import { isK8sObject } from './model/k8s.js';
import { errorMessage, formatProblem, type Problem } from './model/errors.js';
import { checkoutBase, type BaseCheckout } from './pipeline/base-checkout.js';
import { writeRenderedApps } from './pipeline/manifest-files.js';
import { mergePreviews } from './pipeline/merge-shards.js';
import { previewFailures, previewPullRequest } from './pipeline/pr-preview.js';
import { previewFile, readPreviewFile } from './pipeline/preview-file.js';
import { presentPreview, type ShownPreview } from './pipeline/preview-present.js';
import { repoStatus } from './pipeline/app-status.js';
import { newErrorsOf } from './pipeline/error-status.js';
import { countsText } from './report/counts.js';
import { defaultCacheDir, renderRepo } from './pipeline/render-repo.js';
import { statusJson, statusTable } from './status/format.js';
import { writeOutputFile, writeOutputJson, writeStderr, writeStdout } from './secrets/channels.js';
import { secrets } from './secrets/redact.js';
import { readSettings, secretEnvironment, secretInputs, SettingsError, type Settings } from './settings.js';
import { formatPlan, planSync } from './sync/plan.js';

const USAGE = `usage: gitops-sync <command> [flags]

commands:
  render --repo DIR [--repo-url URL]... [--apps GLOB]... [--app NAME]... --out DIR
      Render every Application (app-of-apps children included) into <out>/<app>.yaml.
  diff --base DIR|REF --head DIR|REF [--repo DIR] [--out FILE]
      The pull-request preview as markdown (stdout or FILE): per-app diffs, renames, sync plans.
      A REF is checked out from the git repository at --repo (default .) into a temporary worktree.
      --context-lines N (default 3), --strip-helm-chart-labels
      Only apps whose inputs differ render, through the render cache in <cache-dir>/renders;
      --render-unchanged renders every app on both sides, uncached.
      --fail-on new-errors|errors|never (default new-errors): exit 1 on errors and AppProject
      violations this PR introduced, on every one (also those the base has), or never.
      --preview-file FILE writes the findings as a preview file for merge (with --shard I/N: this
      shard's share) and exits 0 whatever they hold: the merge reports and decides.
  merge [--out FILE] [--fail-on ...] FILE...
      The preview files of every shard of one diff (same commits, --shard 1/N … N/N) as one
      preview, the same markdown and exit code an unsharded diff gives.
  plan --repo DIR [--app NAME]...
      The offline sync plan per app, one task per line: phase, wave, group/kind, namespace/name,
      hook types, action (live objects are not read, so nothing is pruned).
  sync --repo DIR --kubeconfig FILE [--app NAME]... [--dry-run] [--prune] [--confirm-prune]
      Deploy like the action on push: waves, hooks, prune, health waits; the report in markdown.
      --wait true|false (default true), --health-timeout D (5m), --sync-timeout D (30m),
      --in-cluster-context C, --state-namespace NS (default default), --field-manager NAME,
      --lock-timeout D (10m), --ignore-sync-windows, --rollback-on-failure,
      --request-timeout D (30s per API request), --api-retry-timeout D (60s of retrying a
      refusing, failing or silent API server before the app fails)
  status --repo DIR --kubeconfig FILE [--app NAME]... [--output table|json]
      Each app's sync status, health and conditions against its cluster, as Argo CD computes them,
      in the columns of \`argocd app list\` (json: per resource too). Read-only (server-side dry runs).
      Exit 1 when an app is not Synced and Healthy. --in-cluster-context C, --field-manager NAME
  health [--argocd-cm FILE] FILE...
      Health of each object in the YAML files: <Kind>/<name> TAB status TAB message (none: no check).
      With --argocd-cm, its resource.customizations Lua health checks apply as in Argo CD.
  history --kubeconfig FILE --app NAME [--context C] [--state-namespace NS]
      The app's recorded syncs in that cluster, newest first: revision TAB status TAB time.

common flags:
  --concurrency N       apps rendered at once (default 4)
  --plugins GLOB        ConfigManagementPlugin files (repeatable, relative to the repository); their
                        commands run here. diff reads them from the base revision
  --tool-timeout D      timeout per helm/kustomize/jsonnet/plugin command (default 90s)
  --tool-memory-mib N   memory per helm/kustomize/jsonnet call, child processes included (default 2048)
  --helm-path P, --kustomize-path P, --jsonnet-path P
  --repo-token T        token for cloning other private git repositories (or env GITOPS_SYNC_REPO_TOKEN)
  --helm-repo-credentials FILE
                        YAML/JSON list of {url, username, password} for private chart repositories
                        (or its text in env GITOPS_SYNC_HELM_REPO_CREDENTIALS)
  --cache-dir DIR       clone and chart cache (default ~/.cache/gitops-sync)
  --shard I/N           only the apps of shard I of N (stable by app name), for matrix jobs
  --debug               debug lines on stderr: apps found, tool commands, API call summaries,
                        timings (or env GITOPS_SYNC_DEBUG=1)
  --allow-project-params
                        let an ApplicationSet parameter choose spec.project (an error otherwise)
`;

class UsageError extends Error {}

const FLAGS = {
  repo: { type: 'string' },
  'repo-url': { type: 'string', multiple: true },
  'repo-url-aliases': { type: 'string', multiple: true },
  apps: { type: 'string', multiple: true },
  app: { type: 'string', multiple: true },
  plugins: { type: 'string', multiple: true },
  out: { type: 'string' },
  'preview-file': { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  'context-lines': { type: 'string' },
  'strip-helm-chart-labels': { type: 'boolean' },
  'render-unchanged': { type: 'boolean' },
  'fail-on': { type: 'string' },
  concurrency: { type: 'string' },
  'tool-timeout': { type: 'string' },
  'tool-memory-mib': { type: 'string' },
  'helm-path': { type: 'string' },
  'kustomize-path': { type: 'string' },
  'jsonnet-path': { type: 'string' },
  'repo-token': { type: 'string' },
  'helm-repo-credentials': { type: 'string' },
  'cache-dir': { type: 'string' },
  shard: { type: 'string' },
  'allow-project-params': { type: 'boolean' },
  kubeconfig: { type: 'string' },
  context: { type: 'string' },
  'dry-run': { type: 'boolean' },
  prune: { type: 'boolean' },
  'confirm-prune': { type: 'boolean' },
  wait: { type: 'string' },
  'health-timeout': { type: 'string' },
  'sync-timeout': { type: 'string' },
  'in-cluster-context': { type: 'string' },
  'state-namespace': { type: 'string' },
  'argocd-cm': { type: 'string' },
  'field-manager': { type: 'string' },
  'lock-timeout': { type: 'string' },
  'request-timeout': { type: 'string' },
  'api-retry-timeout': { type: 'string' },
  'ignore-sync-windows': { type: 'boolean' },
  'rollback-on-failure': { type: 'boolean' },
  output: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof FLAGS; allowPositionals: true }>>['values'];

function settingsFrom(values: Values): Settings {
  const get = (name: string): string => {
    const v = (values as Record<string, string | string[] | boolean | undefined>)[name];
    // Secrets come from the environment unless given, so they need not appear on a command line.
    if (name === 'repo-token') return (v as string | undefined) ?? process.env.GITOPS_SYNC_REPO_TOKEN ?? '';
    if (name === 'helm-repo-credentials') {
      return typeof v === 'string' ? readFileSync(v, 'utf8') : (process.env.GITOPS_SYNC_HELM_REPO_CREDENTIALS ?? '');
    }
    if (typeof v === 'boolean') return String(v);
    return Array.isArray(v) ? v.join('\n') : typeof v === 'string' ? v : '';
  };
  const settings = readSettings(get, { mode: 'render', installMissingTools: false, cacheDir: defaultCacheDir() });
  for (const secret of [...secretInputs(settings), ...secretEnvironment(process.env)]) secrets.register(secret);
  return settings;
}

/** Informational notes (e.g. an ApplicationSet's pullRequest generator outside a pull request). */
function reportNotes(notes: readonly string[]): void {
  for (const n of notes) writeStderr(`note: ${n}\n`);
}

function reportProblems(problems: readonly Problem[]): void {
  for (const p of problems) writeStderr(`error: ${formatProblem(p)}\n`);
}

async function render(values: Values): Promise<number> {
  if (!values.repo) throw new UsageError('render needs --repo DIR');
  if (!values.out) throw new UsageError('render needs --out DIR');
  const result = await renderRepo(settingsFrom(values), (m) => writeStderr(`${m}\n`));
  const written = await writeRenderedApps(values.out, result.rendered);
  const problems = [...result.problems, ...result.rendered.flatMap((a) => a.problems)];
  for (const w of result.rendered.flatMap((a) => a.warnings.map((m) => `${a.name}: ${m}`))) writeStderr(`warning: ${w}\n`);
  reportNotes(result.notes);
  reportProblems(problems);
  const failed = result.rendered.filter((a) => a.problems.length > 0).length;
  writeStderr(`rendered ${written.length} app(s) into ${values.out}${failed ? `, ${failed} failed` : ''}\n`);
  return problems.length > 0 ? 1 : 0;
}

async function diff(values: Values): Promise<number> {
  if (!values.base) throw new UsageError('diff needs --base DIR|REF');
  if (!values.head) throw new UsageError('diff needs --head DIR|REF');
  const settings = settingsFrom(values);
  const log = (m: string) => writeStderr(`${m}\n`);
  const worktrees: BaseCheckout[] = [];
  const side = async (dirOrRef: string): Promise<string> => {
    if (isDirectory(dirOrRef)) return dirOrRef;
    const c = await checkoutBase(settings.repoRoot, dirOrRef, { timeoutMs: settings.toolTimeoutMs });
    worktrees.push(c);
    return c.dir;
  };
  try {
    const dirs = { baseDir: await side(values.base), headDir: await side(values.head) };
    const result = await previewPullRequest(settings, dirs, { marker: 'cli', log });
    if (values['preview-file']) {
      await writeOutputJson(values['preview-file'], previewFile(result.findings, settings.sync, settings.shard));
      if (values.out) await writeOutputFile(values.out, `${result.full}\n`);
      writeStderr(`${settings.shard ? `shard ${settings.shard.index}/${settings.shard.count}: ` : ''}preview file ${values['preview-file']}\n`);
      return 0;
    }
    return reportPreview(result, settings, values.out);
  } finally {
    for (const w of worktrees) await w.cleanup();
  }
}

/** The preview's markdown (stdout or `out`), its problems on stderr, and the exit code. */
async function reportPreview(result: ShownPreview, settings: Settings, out: string | undefined): Promise<number> {
  if (out) await writeOutputFile(out, `${result.full}\n`);
  else writeStdout(`${result.full}\n`);
  reportNotes(result.notes);
  reportProblems(newErrorsOf(result));
  reportProblems(result.errorStatus.newViolations.map((v) => ({ file: v.file, line: v.line, app: v.app, message: `policy: ${v.message}` })));
  for (const p of result.errorStatus.stillFailing) writeStderr(`still failing (also on the base): ${formatProblem(p)}\n`);
  for (const v of result.errorStatus.existingViolations) writeStderr(`policy (also on the base): ${formatProblem({ file: v.file, line: v.line, app: v.app, message: v.message })}\n`);
  const failures = previewFailures(result, settings.diff);
  writeStderr(`${countsText(result.counts)}${failures.length ? `; fails: ${failures.join('; ')}` : ''}\n`);
  return failures.length > 0 ? 1 : 0;
}

async function merge(values: Values, files: string[]): Promise<number> {
  if (files.length === 0) throw new UsageError('merge needs the preview files of every shard');
  const read = await Promise.all(files.map(async (path) => ({ path, file: await readPreviewFile(path) })));
  const merged = mergePreviews(read);
  const shown = presentPreview(merged.findings, { marker: 'cli', sync: merged.sync });
  return reportPreview({ ...merged.findings, ...shown }, settingsFrom(values), values.out);
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

async function plan(values: Values): Promise<number> {
  if (!values.repo) throw new UsageError('plan needs --repo DIR');
  const settings = settingsFrom(values);
  const result = await renderRepo(settings, (m) => writeStderr(`${m}\n`));
  for (const app of result.rendered) {
    if (app.problems.length > 0) continue;
    const spec = app.spec.app.spec;
    // Offline: nothing is live yet, so every object is a creation and there is nothing to prune.
    const tasks = planSync({
      targets: app.objects,
      live: [],
      destNamespace: spec.destination.namespace ?? '',
      syncOptions: spec.syncPolicy?.syncOptions ?? [],
      prune: settings.sync.prune || spec.syncPolicy?.automated?.prune === true,
      managedNamespaceMetadata: spec.syncPolicy?.managedNamespaceMetadata,
      revision: result.revision,
    });
    writeStdout(`# ${app.name}\n${formatPlan(tasks).map((l) => `${l}\n`).join('')}`);
  }
  const problems = [...result.problems, ...result.rendered.flatMap((a) => a.problems)];
  reportNotes(result.notes);
  reportProblems(problems);
  return problems.length > 0 ? 1 : 0;
}

async function sync(values: Values): Promise<number> {
  if (!values.repo) throw new UsageError('sync needs --repo DIR');
  if (!values.kubeconfig) throw new UsageError('sync needs --kubeconfig FILE');
  const settings = settingsFrom(values);
  const out = (m: string): void => writeStderr(`${m}\n`);
  let failed = false;
  const io: ActionIO = {
    info: out,
    debug,
    warning: (m) => out(`warning: ${m}`),
    error: (m) => out(`error: ${m}`),
    setOutput: () => undefined,
    setSecret: (v) => void secrets.register(v),
    summary: async (md) => writeStdout(md),
    setFailed: (m) => {
      failed = true;
      out(m);
    },
  };
  // Loaded here: the sync engine and the GitHub client are not needed by the other commands.
  const { runSyncMode } = await import('./action/sync-mode.js');
  // A sync from a terminal is the Sync button: every selected app, whatever its automated policy.
  const failure = await runSyncMode(settings, io, process.env, { manual: true });
  if (failure) io.setFailed(failure);
  return failed ? 1 : 0;
}

async function status(values: Values): Promise<number> {
  if (!values.repo) throw new UsageError('status needs --repo DIR');
  if (!values.kubeconfig) throw new UsageError('status needs --kubeconfig FILE');
  const output = values.output ?? 'table';
  if (output !== 'table' && output !== 'json') throw new UsageError(`--output must be table or json, not "${output}"`);
  const settings = settingsFrom(values);
  const result = await repoStatus(settings, {
    kubeconfig: await loadKubeconfig(values.kubeconfig),
    limits: { requestTimeoutMs: settings.sync.requestTimeoutMs, retryMs: settings.sync.apiRetryMs },
    log: (m) => writeStderr(`${m}\n`),
  });
  writeStdout(output === 'json' ? statusJson(result.statuses) : statusTable(result.statuses));
  for (const w of result.warnings) writeStderr(`warning: ${w}\n`);
  for (const p of result.problems) writeStderr(`error: ${p}\n`);
  for (const c of result.statuses.flatMap((st) => st.conditions.map((c) => `${st.name}: ${c.type}: ${c.message}`))) writeStderr(`${c}\n`);
  const settled = result.statuses.every((st) => st.sync === 'Synced' && st.health === 'Healthy');
  return settled && result.problems.length === 0 ? 0 : 1;
}

async function health(values: Values, files: string[]): Promise<number> {
  if (files.length === 0) throw new UsageError('health needs at least one FILE');
  const argocdCm = values['argocd-cm'] ? await readArgoCdConfig(values['argocd-cm']) : undefined;
  let failed = false;
  for (const file of files) {
    for (const doc of parseDocuments(await readFile(file, 'utf8'), file)) {
      if (doc.error) {
        writeStderr(`gitops-sync: ${formatProblem(doc.error)}\n`);
        failed = true;
      } else if (isK8sObject(doc.value)) {
        writeStdout(`${formatHealth(doc.value, healthOf(doc.value, { argocdCm }))}\n`);
      }
    }
  }
  return failed ? 1 : 0;
}

/** The argocd-cm ConfigMap in FILE, validated as the loader does; a bad one is a usage error. */
async function readArgoCdConfig(file: string): Promise<ArgoCdConfig> {
  const docs = parseDocuments(await readFile(file, 'utf8'), file);
  const doc = docs.find((d) => (d.value as { kind?: unknown } | null)?.kind === 'ConfigMap');
  if (!doc) throw new UsageError(`--argocd-cm ${file}: no ConfigMap in the file`);
  const { config, problems } = validateArgoCdConfig(doc.value, { file, line: doc.line }, doc.lineOf);
  if (problems.length > 0) throw new UsageError(problems.map(formatProblem).join('\n'));
  return config;
}

async function history(values: Values): Promise<number> {
  if (!values.kubeconfig) throw new UsageError('history needs --kubeconfig FILE');
  const app = values.app?.[0];
  if (!app) throw new UsageError('history needs --app NAME');
  const { kc } = await loadKubeconfig(values.kubeconfig);
  const dest = resolveDestination(kc, { name: values.context || kc.getCurrentContext() }, { app });
  if (isProblem(dest)) throw new UsageError(dest.message);
  const client = new ClusterClient(kc, dest.context);
  try {
    for (const r of await listRevisions(client, app, { namespace: values['state-namespace'] || 'default' })) {
      writeStdout(`${r.revision}\t${r.status}\t${r.at}\n`);
    }
  } finally {
    client.close();
  }
  return 0;
}

/** Commands that take file arguments after the command name. */
const TAKES_FILES = new Set(['health', 'merge']);

const COMMANDS: Record<string, (values: Values, args: string[]) => Promise<number>> = { render, diff, merge, plan, sync, status, health, history };

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.debug || process.env.GITOPS_SYNC_DEBUG === '1') setDebugSink((m) => writeStderr(`debug: ${m}\n`));
  if (parsed.values.help || !command) {
    writeStdout(USAGE);
    return command || parsed.values.help ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) throw new UsageError(`unknown command "${command}"`);
  if (rest.length && !TAKES_FILES.has(command)) throw new UsageError(`unexpected argument "${rest[0]}"`);
  return run(parsed.values, rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError || e instanceof SettingsError) {
      writeStderr(`gitops-sync: ${e.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      writeStderr(`gitops-sync: ${errorMessage(e)}\n`);
      process.exitCode = 1;
    }
  },
);
