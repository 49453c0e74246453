// Runs an external tool (helm, kustomize, jsonnet, git) the way Argo CD's repo server does: no shell,
// arguments as an array, a timeout per call, and stderr surfaced in the error. The tool's environment
// is always the minimal one of toolEnv: there is no way to hand it the action's own.
import { spawn } from 'node:child_process';
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
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const why = e.code === 'ENOENT' ? `${command} not found on PATH` : e.message;
      reject(new ToolError(command, args, null, '', why));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (timedOut) {
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

function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
