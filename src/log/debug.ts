// Debug lines (ACTIONS_STEP_DEBUG in the action, --debug or GITOPS_SYNC_DEBUG=1 in the CLI) from any
// layer. Tool runs and API calls happen far below the stages, which take no logger of their own, so
// the entry point sets one sink for the run instead of a debug logger threaded through every stage.
// The sink is the entry point's io, so debug lines pass the same secret masking as every other line.

let sink: ((message: string) => void) | undefined;

export function setDebugSink(fn: ((message: string) => void) | undefined): void {
  sink = fn;
}

/** Writes a debug line; a function is called only when debugging is on. */
export function debug(message: string | (() => string)): void {
  if (sink) sink(typeof message === 'function' ? message() : message);
}

/** `label: 1.2 s` once `work` settles, for stage timings. */
export async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  try {
    return await work();
  } finally {
    debug(() => `${label}: ${Date.now() - started} ms`);
  }
}
