// Runs an external tool (helm, kustomize, jsonnet, git) the way Argo CD's repo server does: no shell,
// arguments as an array, a timeout per call, and stderr surfaced in the error. The tool's environment
// is always the minimal one of toolEnv: there is no way to hand it the action's own.
import { spawn } from 'node:child_process';
import { debug } from '../../log/debug.js';
import { readdirSync, readFileSync } from 'node:fs';
import { toolEnv, type ToolKind } from './tool-env.js';

export interface RunOptions {
  /** Which tool this is, for its environment (see tool-env.ts). */
  tool: ToolKind;
  cwd?: string;
  /** Tool-specific variables (ARGOCD_APP_* for kustomize, GIT_CONFIG_* for git); others are dropped. */
  env?: Readonly<Record<string, string>>;
  /** Milliseconds before the process is killed; default 90 s (Argo CD's exec timeout). */
  timeoutMs?: number;
  input?: string;
  /**
   * Kill the tool when the resident memory of it and its child processes passes this many bytes
   * (checked every 100 ms; Linux only): a Jsonnet `std.repeat` bomb or an import of an endless file
   * like /dev/zero must not take the runner down. Default DEFAULT_TOOL_MEMORY_BYTES; git has none.
   */
  maxMemoryBytes?: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
}

export class ToolError extends Error {
  constructor(
    readonly command: string,
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
    message: string,
    /** Why the tool was stopped, past a limit: "timed out after 90s", "used more than 2048 MiB of memory and was stopped". */
    readonly stopped?: string,
  ) {
    super(message);
    this.name = 'ToolError';
  }
}

export const DEFAULT_TOOL_TIMEOUT_MS = 90_000;

/**
 * 2 GiB per helm, kustomize or jsonnet run. Real renders stay far below it (the largest charts and
 * kube-prometheus' Jsonnet need a few hundred MiB), so only a runaway evaluation reaches it, and a
 * 7 GB GitHub-hosted runner keeps room for the other renders running beside it. Git clones and
 * fetches of large repositories can legitimately need more, and their input is not evaluated.
 */
export const DEFAULT_TOOL_MEMORY_BYTES = 2 * 2 ** 30;

export function runTool(command: string, args: readonly string[], opts: RunOptions): Promise<RunResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TOOL_TIMEOUT_MS;
  const started = Date.now();
  // Arguments never hold secrets (passwords go on stdin, tokens in git's environment).
  debug(() => `run ${command} ${args.join(' ')}${opts.cwd ? ` (in ${opts.cwd})` : ''}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: toolEnv(opts.tool, opts.env),
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    let overMemory = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    const limit = opts.maxMemoryBytes ?? (opts.tool === 'git' ? undefined : DEFAULT_TOOL_MEMORY_BYTES);
    const watch =
      limit !== undefined && process.platform === 'linux'
        ? setInterval(() => {
            if (treeResidentBytes(child.pid) <= limit) return;
            overMemory = true;
            killGroup(child.pid);
          }, 100)
        : undefined;
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      clearInterval(watch);
      const why = e.code === 'ENOENT' ? `${command} not found on PATH` : e.message;
      reject(new ToolError(command, args, null, '', why));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      debug(() => `${command} ${args[0] ?? ''}: exit ${code ?? 'killed'} after ${Date.now() - started} ms`);
      clearInterval(watch);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      const stopped = overMemory
        ? `used more than ${Math.round(limit! / 2 ** 20)} MiB of memory and was stopped`
        : timedOut
          ? `timed out after ${timeoutMs / 1000}s`
          : undefined;
      if (stopped) {
        reject(new ToolError(command, args, code, stderr, `\`${command} ${args[0] ?? ''}\` ${stopped}`, stopped));
      } else if (code !== 0) {
        const detail = stderr.trim() || stdout.trim() || `exit code ${code}`;
        reject(new ToolError(command, args, code, stderr, `\`${command} ${args[0] ?? ''}\` failed: ${detail}`));
      } else {
        resolve({ stdout, stderr });
      }
    });
    child.stdin.on('error', () => undefined); // the tool may exit before reading its input
    child.stdin.end(opts.input ?? '');
  });
}

/**
 * VmRSS of a process and all its descendants from /proc, 0 once gone: kustomize runs helm
 * (--enable-helm) and git, helm its plugins, and their memory counts against the same tool run.
 */
function treeResidentBytes(pid: number | undefined): number {
  if (pid === undefined) return 0;
  let total = 0;
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    total += kb === undefined ? 0 : Number(kb) * 1024;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      for (const c of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ')) {
        if (c.trim()) total += treeResidentBytes(Number(c));
      }
    }
  } catch {
    // exited while being read
  }
  return total;
}

function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
