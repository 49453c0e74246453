// An ActionIO over arrays: what a mode logs (prefixed with its level), its outputs, the job summary
// parts and the values it masks, so tests assert on what the action would have shown.
import type { ActionIO } from '../../src/action/io.js';

export interface Captured {
  io: ActionIO;
  /** `info: …`, `debug: …`, `warning: …`, `error: …` in the order they were written. */
  logs: string[];
  outputs: Record<string, string>;
  summaries: string[];
  secrets: string[];
  /** The message the step failed with, if any. */
  failed?: string;
}

export function captureIO(): Captured {
  const c: Captured = { logs: [], outputs: {}, summaries: [], secrets: [], io: undefined as unknown as ActionIO };
  c.io = {
    info: (m) => c.logs.push(`info: ${m}`),
    debug: (m) => c.logs.push(`debug: ${m}`),
    warning: (m) => c.logs.push(`warning: ${m}`),
    error: (m) => c.logs.push(`error: ${m}`),
    setOutput: (n, v) => (c.outputs[n] = v),
    setSecret: (v) => c.secrets.push(v),
    summary: async (m) => {
      c.summaries.push(m);
    },
    setFailed: (m) => (c.failed = m),
  };
  return c;
}
