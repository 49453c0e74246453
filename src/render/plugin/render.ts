// Renders an app with a config management plugin as Argo CD's CMP server does (cmpserver/plugin
// generateManifest): in a private copy of the repository (the server gets the repository as a
// tarball, file modes reset to 0644/0755 unless preserveFileMode), init then generate with the app's
// directory as working directory, no shell, the plugin environment of env.ts and nothing else of the
// runner's (tool-env.ts), a timeout and memory limit per command, output split like kube.SplitYAML.
import { chmod, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ApplicationSourcePlugin } from '../../model/argocd.js';
import type { K8sObject } from '../../model/k8s.js';
import { environ, type AppEnv } from '../env-vars.js';
import { parseManifests } from '../parse.js';
import { SourceError } from '../source-error.js';
import { runTool, ToolError } from '../tools/exec.js';
import { copyRepoTree, isWorkCopy, withTempDir } from '../workdir.js';
import { hasDiscovery, type PluginDef } from './definitions.js';
import { pluginEnv } from './env.js';
import { discoverPlugin, PluginNotFound, selectPlugin, type CommandRunner, type DiscoveryPlace } from './select.js';

export interface PluginRenderInput {
  repoRoot: string;
  appDir: string;
  /** `spec.source.plugin`; undefined when the app was found to be a plugin app by discovery. */
  source: ApplicationSourcePlugin | undefined;
  appEnv: AppEnv;
  kubeVersion?: string;
  apiVersions?: readonly string[];
  plugins: readonly PluginDef[];
}

export interface PluginLimits {
  timeoutMs: number;
  maxMemoryBytes?: number;
}

/** Lines of a failed command's stderr kept in the error: the end, where tools say what went wrong. */
const STDERR_TAIL_LINES = 10;
const STDERR_TAIL_CHARS = 2000;

export async function renderPlugin(input: PluginRenderInput, limits: PluginLimits): Promise<K8sObject[]> {
  const env = Object.fromEntries(pluginEnv(input.appEnv, input, input.source));
  return withPlace(input, async (at) => {
    const run = commandRunner(env, limits);
    let def: PluginDef;
    try {
      def = await selectPlugin(input.plugins, input.source?.name ?? '', at, run);
    } catch (err) {
      throw new SourceError((err as Error).message, err instanceof PluginNotFound && input.source?.name ? 'plugin.name' : '');
    }
    const appDir = await at.copyAppDir();
    const copyRoot = join(appDir, relative(input.appDir, input.repoRoot));
    if (!def.spec.preserveFileMode) await resetModes(copyRoot);
    if (def.spec.init.command.length > 0) await run(def, 'init', appDir);
    const out = await run(def, 'generate', appDir);
    try {
      return parseManifests(out);
    } catch (err) {
      throw new SourceError(`plugin ${def.name}: generate output is not YAML or JSON manifests: ${(err as Error).message}`, '');
    }
  });
}

/**
 * Whether discovery picks a plugin for an app that names no source type (util/app/discovery AppType
 * tries the plugins before Helm and Kustomize). Its environment is the app's ARGOCD_APP_* alone, as
 * there; a discover rule that fails counts as no match.
 */
export async function discoversPlugin(input: Omit<PluginRenderInput, 'source'>, limits: PluginLimits): Promise<boolean> {
  if (!input.plugins.some(hasDiscovery)) return false;
  return withPlace(input, async (at) => 'def' in (await discoverPlugin(input.plugins, at, commandRunner(environ(input.appEnv), limits))));
}

/** The app's place in the checkout, and in a private copy of it made when first needed. */
async function withPlace<T>(input: Pick<PluginRenderInput, 'repoRoot' | 'appDir'>, fn: (at: DiscoveryPlace) => Promise<T>): Promise<T> {
  return withTempDir(async (tmp) => {
    let copy: Promise<string> | undefined;
    const copyAppDir = () => (copy ??= copyRepoTree(input.repoRoot, join(tmp, 'repo')).then((root) => join(root, relative(input.repoRoot, input.appDir))));
    return fn({ repoRoot: input.repoRoot, appDir: input.appDir, copyAppDir });
  });
}

function commandRunner(env: Record<string, string>, limits: PluginLimits): CommandRunner {
  return async (def, step, cwd) => {
    const spec = step === 'discover' ? def.spec.discover.find : def.spec[step];
    const [command, ...rest] = spec.command;
    const args = [...rest, ...spec.args];
    try {
      const { stdout } = await runTool(command, args, { tool: 'plugin', cwd, env, timeoutMs: limits.timeoutMs, maxMemoryBytes: limits.maxMemoryBytes });
      return stdout.endsWith('\n') ? stdout.slice(0, -1) : stdout;
    } catch (err) {
      throw new SourceError(commandFailure(def, step, [command, ...args], err), '');
    }
  };
}

/** `plugin p: generate command `sh -c …` failed (exit code 3): <stderr tail>`; secrets are masked where the message is written. */
function commandFailure(def: PluginDef, step: string, argv: string[], err: unknown): string {
  const what = `plugin ${def.name}: ${step === 'discover' ? 'discover find' : step} command \`${argv.map(quote).join(' ')}\``;
  if (!(err instanceof ToolError)) return `${what} failed: ${(err as Error).message}`;
  if (err.stopped) return `${what} ${err.stopped}${tail(err.stderr)}`;
  if (err.exitCode === null) return `${what} failed: ${err.message}`;
  return `${what} failed (exit code ${err.exitCode})${tail(err.stderr)}`;
}

function tail(stderr: string): string {
  const lines = stderr.trimEnd().split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) return '';
  let text = lines.slice(-STDERR_TAIL_LINES).join('\n');
  if (text.length > STDERR_TAIL_CHARS) text = `…${text.slice(-STDERR_TAIL_CHARS)}`;
  return `: ${text}`;
}

function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** Files 0644 and directories 0755, as the CMP server's untar writes them without preserveFileMode. */
async function resetModes(dir: string): Promise<void> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (isWorkCopy(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      await chmod(p, 0o755);
      await resetModes(p);
    } else if (e.isFile()) {
      await chmod(p, 0o644);
    }
  }
}
