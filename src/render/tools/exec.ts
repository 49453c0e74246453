// Runs an external tool (helm, kustomize, jsonnet, git) the way Argo CD's repo server does: no shell,
// arguments as an array, a timeout per call, and stderr surfaced in the error. The tool's environment
// is always the minimal one of toolEnv: there is no way to hand it the action's own.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
   * Kill the tool when its resident memory passes this many bytes (checked every 100 ms; Linux
   * only): a hostile import of an endless file like /dev/zero must not take the runner down.
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
  ) {
    super(message);
    this.name = 'ToolError';
  }
}

export const DEFAULT_TOOL_TIMEOUT_MS = 90_000;

export function runTool(command: string, args: readonly string[], opts: RunOptions): Promise<RunResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TOOL_TIMEOUT_MS;
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
    const limit = opts.maxMemoryBytes;
    const watch =
      limit !== undefined && process.platform === 'linux'
        ? setInterval(() => {
            if (residentBytes(child.pid) <= limit) return;
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
      clearInterval(watch);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (overMemory) {
        const mib = Math.round(limit! / 2 ** 20);
        reject(new ToolError(command, args, code, stderr, `\`${command} ${args[0] ?? ''}\` used more than ${mib} MiB of memory and was stopped`));
      } else if (timedOut) {
        reject(new ToolError(command, args, code, stderr, `\`${command} ${args[0] ?? ''}\` timed out after ${timeoutMs / 1000}s`));
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

/** VmRSS of a process from /proc, 0 once it is gone. */
function residentBytes(pid: number | undefined): number {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? 0 : Number(kb) * 1024;
  } catch {
    return 0;
  }
}

function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
