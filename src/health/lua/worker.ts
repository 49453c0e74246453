// The Lua worker thread: runs health scripts posted by isolate.ts, one at a time, and raises the
// shared signal when each answer is on the port.
import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { runHealthScript } from './vm.js';
import type { LuaJob } from './job.js';

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };

port.on('message', (job: LuaJob) => {
  let answer;
  try {
    answer = { result: runHealthScript(job.script, job.obj, job.options) };
  } catch (err) {
    answer = { error: (err as Error).message };
  }
  port.postMessage(answer);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});

// Booted: the caller waits for this before timing its first script.
Atomics.store(signal, 0, 1);
Atomics.notify(signal, 0);
parentPort?.unref();
