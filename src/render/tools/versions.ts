// What the tools in use report as their versions (locator.ts asks), for input hashes and the report footer; the pins are in pins.ts.
import { runTool } from './exec.js';
import { PINNED_VERSIONS } from './pins.js';

export type ToolName = keyof typeof PINNED_VERSIONS;

export const TOOL_NAMES = Object.keys(PINNED_VERSIONS) as readonly ToolName[];

export { PINNED_VERSIONS };

/** The arguments that make each tool print its version. */
export const VERSION_ARGS: Readonly<Record<ToolName, readonly string[]>> = {
  helm: ['version', '--short'],
  kustomize: ['version'],
  jsonnet: ['--version'],
};

/**
 * The semantic version in a tool's version output, `v`-prefixed and without build metadata:
 * `v3.22.0+g1a2b3c4` → `v3.22.0`, `{Version:kustomize/v4.5.7 ...}` → `v4.5.7`,
 * `Jsonnet commandline interpreter (Go implementation) v0.22.0` → `v0.22.0`. Undefined if none.
 */
export function parseVersion(output: string): string | undefined {
  const m = /\bv?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/.exec(output);
  return m ? `v${m[1]}` : undefined;
}

/** Runs one tool's version command and returns its version (or its first output line if unparseable). */
export async function toolVersion(tool: ToolName, path: string = tool): Promise<string> {
  const { stdout, stderr } = await runTool(path, VERSION_ARGS[tool], { tool, timeoutMs: 15_000 });
  const out = stdout.trim() || stderr.trim();
  return parseVersion(out) ?? out.split('\n')[0];
}
