#!/usr/bin/env node
// Terminal entry point over the same pipeline as the action: parses flags into the action's input
// names, builds the same Settings, runs one command. Exit 0 ok, 1 failures, 2 usage.
import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatProblem, type Problem } from './model/errors.js';
import { checkoutBase, type BaseCheckout } from './pipeline/base-checkout.js';
import { writeRenderedApps } from './pipeline/manifest-files.js';
import { previewFailures, previewPullRequest } from './pipeline/pr-preview.js';
import { defaultCacheDir, renderRepo } from './pipeline/render-repo.js';
import { readSettings, SettingsError, type Settings } from './settings.js';

const USAGE = `usage: gitops-sync <command> [flags]

commands:
  render --repo DIR [--repo-url URL]... [--apps GLOB]... [--app NAME]... --out DIR
      Render every Application (app-of-apps children included) into <out>/<app>.yaml.
  diff --base DIR|REF --head DIR|REF [--repo DIR] [--out FILE]
      The pull-request preview as markdown (stdout or FILE): per-app diffs, renames, sync plans.
      A REF is checked out from the git repository at --repo (default .) into a temporary worktree.
      --context-lines N (default 3), --strip-helm-chart-labels

common flags:
  --concurrency N       apps rendered at once (default 4)
  --tool-timeout D      timeout per helm/kustomize/jsonnet call (default 90s)
  --helm-path P, --kustomize-path P, --jsonnet-path P
  --repo-token T        token for cloning other private git repositories (or env GITOPS_SYNC_REPO_TOKEN)
  --cache-dir DIR       clone and chart cache (default ~/.cache/gitops-sync)
`;

class UsageError extends Error {}

const FLAGS = {
  repo: { type: 'string' },
  'repo-url': { type: 'string', multiple: true },
  'repo-url-aliases': { type: 'string', multiple: true },
  apps: { type: 'string', multiple: true },
  app: { type: 'string', multiple: true },
  out: { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  'context-lines': { type: 'string' },
  'strip-helm-chart-labels': { type: 'boolean' },
  concurrency: { type: 'string' },
  'tool-timeout': { type: 'string' },
  'helm-path': { type: 'string' },
  'kustomize-path': { type: 'string' },
  'jsonnet-path': { type: 'string' },
  'repo-token': { type: 'string' },
  'cache-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof FLAGS; allowPositionals: true }>>['values'];

function settingsFrom(values: Values): Settings {
  const get = (name: string): string => {
    const v = (values as Record<string, string | string[] | boolean | undefined>)[name];
    if (name === 'repo-token') return (v as string | undefined) ?? process.env.GITOPS_SYNC_REPO_TOKEN ?? '';
    if (typeof v === 'boolean') return String(v);
    return Array.isArray(v) ? v.join('\n') : typeof v === 'string' ? v : '';
  };
  return readSettings(get, { mode: 'render', installMissingTools: false, cacheDir: defaultCacheDir() });
}

function reportProblems(problems: readonly Problem[]): void {
  for (const p of problems) process.stderr.write(`error: ${formatProblem(p)}\n`);
}

async function render(values: Values): Promise<number> {
  if (!values.repo) throw new UsageError('render needs --repo DIR');
  if (!values.out) throw new UsageError('render needs --out DIR');
  const result = await renderRepo(settingsFrom(values), (m) => process.stderr.write(`${m}\n`));
  const written = await writeRenderedApps(values.out, result.rendered);
  const problems = [...result.problems, ...result.rendered.flatMap((a) => a.problems)];
  for (const w of result.rendered.flatMap((a) => a.warnings.map((m) => `${a.name}: ${m}`))) process.stderr.write(`warning: ${w}\n`);
  reportProblems(problems);
  const failed = result.rendered.filter((a) => a.problems.length > 0).length;
  process.stderr.write(`rendered ${written.length} app(s) into ${values.out}${failed ? `, ${failed} failed` : ''}\n`);
  return problems.length > 0 ? 1 : 0;
}

async function diff(values: Values): Promise<number> {
  if (!values.base) throw new UsageError('diff needs --base DIR|REF');
  if (!values.head) throw new UsageError('diff needs --head DIR|REF');
  const settings = settingsFrom(values);
  const log = (m: string) => process.stderr.write(`${m}\n`);
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
    if (values.out) await writeFile(values.out, `${result.full}\n`);
    else process.stdout.write(`${result.full}\n`);
    reportProblems([...result.problems, ...result.diffs.flatMap((d) => d.problems.map((p) => ({ ...p, app: p.app ?? d.name })))]);
    reportProblems(result.policy.map((v) => ({ file: v.file, line: v.line, app: v.app, message: `policy: ${v.message}` })));
    const failures = previewFailures(result, settings.diff.failOnPolicy);
    process.stderr.write(`${result.changedApps.length} app(s) changed${failures.length ? `; ${failures.join('; ')}` : ''}\n`);
    return failures.length > 0 ? 1 : 0;
  } finally {
    for (const w of worktrees) await w.cleanup();
  }
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

const COMMANDS: Record<string, (values: Values) => Promise<number>> = { render, diff };

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help || !command) {
    process.stdout.write(USAGE);
    return command || parsed.values.help ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) throw new UsageError(`unknown command "${command}"`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
  return run(parsed.values);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError || e instanceof SettingsError) {
      process.stderr.write(`gitops-sync: ${e.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`gitops-sync: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    }
  },
);
