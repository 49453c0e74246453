// Runs health scripts in a worker thread that a script cannot escape: the VM's own one-second budget
// handles loops, and on top of that the worker has a V8 heap limit, the caller watches the process's
// memory while it waits (a Lua string is an ArrayBuffer, outside the heap limit), and a worker that
// overruns either is terminated and replaced. The caller blocks on a shared signal (Atomics.wait), so
// health stays a synchronous function; one long-lived worker serves every call, so an evaluation
// costs a message round trip, not a thread start.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { LuaAnswer, LuaJob } from './job.js';
import type { LuaOutcome, LuaRunOptions } from './vm.js';

/** Limits of one evaluation beyond the VM's own budget. */
export const LUA_LIMITS = {
  /** V8 heap of the worker (tables, closures). */
  heapMb: 1024,
  /** Growth of the process's resident memory while one script runs (strings and tables); below the heap limit, so it usually stops a runaway first. */
  memoryMb: 512,
  /** Past the VM's budget, how long a script may go on before the worker is terminated. */
  graceMs: 1000,
  /** Time to start the worker (load the VM). */
  bootMs: 30_000,
};

const DEFAULT_TIMEOUT_MS = 1000;
const POLL_MS = 5;

interface Slot {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

let slot: Slot | undefined;

/** The script's result, or an Unknown naming `what` (e.g. the kind) when the worker had to be stopped. */
export function runIsolated(what: string, script: string, obj: unknown, options: LuaRunOptions = {}): LuaOutcome {
  const s = (slot ??= start());
  const budget = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  Atomics.store(s.signal, 0, 0);
  s.port.postMessage({ script, obj, options } satisfies LuaJob);
  const started = Date.now();
  // Growth is measured from the lowest point seen, as a stopped worker's memory may still be freed meanwhile.
  let baseRss = process.memoryUsage.rss();
  const memoryLimit = LUA_LIMITS.memoryMb * 1024 * 1024;
  while (Atomics.wait(s.signal, 0, 0, POLL_MS) === 'timed-out') {
    const rss = process.memoryUsage.rss();
    baseRss = Math.min(baseRss, rss);
    const overTime = Date.now() - started > budget + LUA_LIMITS.graceMs;
    const overMemory = rss - baseRss > memoryLimit;
    if (overTime || overMemory) {
      stop(s);
      // A worker killed by its heap limit never answers, so it ends here too.
      const why = overMemory
        ? `it used more than ${LUA_LIMITS.memoryMb} MB of memory`
        : `it did not finish within ${budget + LUA_LIMITS.graceMs} ms or ran out of its ${LUA_LIMITS.heapMb} MB heap`;
      return { status: 'Unknown', message: `Lua health script for ${what} was stopped: ${why}`, error: true };
    }
  }
  const answer = receiveMessageOnPort(s.port)?.message as LuaAnswer | undefined;
  if (!answer || 'error' in answer) {
    stop(s);
    return { status: 'Unknown', message: `Lua health script for ${what} failed: ${answer?.error ?? 'the Lua worker stopped'}`, error: true };
  }
  return answer.result;
}

function start(): Slot {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const { file, execArgv } = workerEntry();
  const worker = new Worker(file, {
    workerData: { port: port2, signal },
    transferList: [port2],
    execArgv,
    resourceLimits: { maxOldGenerationSizeMb: LUA_LIMITS.heapMb },
    stdout: true,
    stderr: true,
  });
  // A worker killed by its heap limit emits 'error'; the waiting call already reports it, and an
  // unhandled 'error' would end the whole process.
  worker.on('error', () => undefined);
  worker.unref();
  port1.unref();
  if (Atomics.wait(signal, 0, 0, LUA_LIMITS.bootMs) === 'timed-out') {
    void worker.terminate();
    throw new Error(`the Lua worker (${file}) did not start within ${LUA_LIMITS.bootMs} ms`);
  }
  return { worker, port: port1, signal };
}

function stop(s: Slot): void {
  void s.worker.terminate();
  s.port.close();
  if (slot === s) slot = undefined;
}

/**
 * The worker's script: in a bundle, the `lua-worker/index.js` that scripts/bundle.mjs builds beside
 * dist/index.js; from source (tests), worker.ts through the TypeScript loader in scripts/.
 */
function workerEntry(): { file: string; execArgv: string[] } {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, dirname(here)]) {
    const bundled = join(dir, 'lua-worker', 'index.js');
    if (existsSync(bundled)) return { file: bundled, execArgv: [] };
  }
  const loader = join(here, '..', '..', '..', 'scripts', 'ts-worker-loader.mjs');
  return { file: join(here, 'worker.ts'), execArgv: ['--import', loader] };
}
