// jqPathExpressions run as `del(<expr>)` like Argo CD's ignore normalizer. Argo CD embeds gojq; we run
// the reference jq (1.8, compiled to WebAssembly by jq-wasm) so the language is jq's own, with no
// native binary to install. The inline build carries the wasm bytes, so no .wasm file ships beside the
// bundle; it is imported on first use (1.4 MB that runs without jqPathExpressions never parse).
import type { loadJq } from 'jq-wasm/inline';

type JqEngine = Awaited<ReturnType<typeof loadJq>>;

let engine: Promise<JqEngine> | undefined;

function jq(): Promise<JqEngine> {
  engine ??= import('jq-wasm/inline').then((m) => m.loadJq());
  return engine;
}

/** The compile error of `del(<expression>)`, or undefined when it compiles. */
export async function jqCompileError(expression: string): Promise<string | undefined> {
  const { stderr, exitCode } = (await jq()).raw(null, `del(${expression})`);
  if (exitCode !== 0 && /compile error/.test(stderr)) return stderr.trim().split('\n')[0];
  return undefined;
}

/**
 * `del(<expression>)` applied to `doc`. Like Argo CD, anything but exactly one output (a runtime
 * error, none, or several) leaves the document unchanged; the reason is returned for diagnostics.
 */
export async function jqDelete(doc: unknown, expression: string): Promise<{ doc: unknown; error?: string }> {
  const { stdout, stderr, exitCode } = (await jq()).raw(doc as object, `del(${expression})`, ['-c']);
  if (exitCode !== 0) return { doc, error: stderr.trim() || `jq exited with ${exitCode}` };
  const lines = stdout.split('\n').filter((l) => l.length > 0);
  if (lines.length === 0) return { doc, error: 'JQ patch did not return any data' };
  if (lines.length > 1) return { doc, error: 'JQ patch returned multiple objects' };
  return { doc: JSON.parse(lines[0]) };
}
