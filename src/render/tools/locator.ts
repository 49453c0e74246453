// The tools of one run, located when an app first needs one: a repository of plain YAML renders on
// a runner without helm, kustomize or jsonnet. Each tool is looked up (and asked its version) once
// per run, however many apps and both sides of a preview need it.
import { ensureTools, ToolsUnavailableError, type EnsureToolsOptions } from './install.js';
import { findBeside, JSONNET_DEPS_MISSING } from './locate.js';
import { toolVersion, type ToolName } from './versions.js';
import { errorMessage } from '../../model/errors.js';

export interface ToolLocator {
  /** The tool's absolute path; rejects with what is missing and how to get it. */
  path(tool: ToolName | 'jsonnet-deps'): Promise<string>;
  /** The version of a tool an app needs, for its input hash: `unavailable (…)` when it cannot be had. */
  version(tool: ToolName): Promise<string>;
  /** Versions of the tools found so far (by path or version), for the report footer. */
  versions(): Promise<Record<string, string>>;
}

export function createToolLocator(opts: EnsureToolsOptions = {}): ToolLocator {
  const paths = new Map<string, Promise<string>>();
  const versions = new Map<ToolName, Promise<string>>();
  const once = <K, V>(map: Map<K, Promise<V>>, key: K, make: () => Promise<V>): Promise<V> => {
    let p = map.get(key);
    if (!p) {
      p = make();
      // Settled either way: a later app gets the same answer without an unhandled rejection meanwhile.
      p.catch(() => undefined);
      map.set(key, p);
    }
    return p;
  };
  const path = (tool: ToolName | 'jsonnet-deps'): Promise<string> =>
    once(paths, tool, async () => {
      if (tool === 'jsonnet-deps') {
        // Without jsonnet-deps no Jsonnet import can be checked, so Jsonnet apps fail rather than run unchecked.
        const beside = findBeside('jsonnet-deps', await path('jsonnet'), opts.searchPath);
        if (!beside) throw new Error(JSONNET_DEPS_MISSING);
        return beside;
      }
      try {
        return (await ensureTools([tool], opts))[tool];
      } catch (e) {
        throw e instanceof ToolsUnavailableError ? new Error(e.problems.map((p) => p.message).join('; ')) : e;
      }
    });
  const version = (tool: ToolName): Promise<string> =>
    once(versions, tool, async () => {
      try {
        return await toolVersion(tool, await path(tool));
      } catch (e) {
        return `unavailable (${errorMessage(e)})`;
      }
    });
  return {
    path,
    version,
    async versions() {
      const tools = [...paths.keys()].filter((t): t is ToolName => t !== 'jsonnet-deps');
      const found = await Promise.all(tools.map((t) => paths.get(t)!.then(async () => [[t, await version(t)]], () => [])));
      return Object.fromEntries(found.flat()) as Record<string, string>;
    },
  };
}
