// kustomize's default root-only load restrictor keeps the files a kustomization reads (generators,
// patches, helm values) inside its own directory, but a resource, base or component that is a
// directory may be anywhere on disk, and so may `helmGlobals.chartHome` (with --enable-helm), so
// `resources: [../../../some/other/checkout]` would render files from outside the repository. Before kustomize runs, the kustomization graph is walked from the app directory and
// every local entry must resolve (through symlinks) inside the repository. Remote entries (URLs) and
// entries that do not exist are left to kustomize.
import { statSync } from 'node:fs';
import { readTextIf, realpath, realpathIf } from '../fs/local.js';
import { isAbsolute, join, relative } from 'node:path';
import { parse } from 'yaml';
import { isInside } from './paths.js';
import { SourceError } from './source-error.js';
import { KUSTOMIZATION_NAMES } from './source-type.js';

const GRAPH_FIELDS = ['resources', 'bases', 'components'] as const;

/**
 * Throws a SourceError naming the kustomization, the entry and the field when a resource, base or
 * component (or one of `extraComponents`, the source's own `kustomize.components`) leaves `repoRoot`.
 */
export async function checkKustomizeGraph(appDir: string, repoRoot: string, extraComponents: readonly string[] = []): Promise<void> {
  // Sync reads: see fs/local.ts.
  const root = realpath(repoRoot);
  const seen = new Set<string>();
  const visit = (dir: string, entries: ReadonlyArray<[field: string, entry: string]>): void => {
    for (const [field, entry] of entries) {
      const real = realpathIf(isAbsolute(entry) ? entry : join(dir, entry));
      if (real === undefined) continue;
      if (!isInside(real, root)) {
        const where = relative(root, dir) || '.';
        throw new SourceError(`kustomization in ${JSON.stringify(where)}: ${field} entry ${JSON.stringify(entry)} resolves outside the repository`, 'path');
      }
      if (!seen.has(real) && statSync(real).isDirectory()) {
        seen.add(real);
        visit(real, graphEntries(real));
      }
    }
  };
  const start = realpath(appDir);
  seen.add(start);
  visit(start, [...graphEntries(start), ...extraComponents.map((c): [string, string] => ['kustomize.components', c])]);
}

/** The resources, bases, components and chart home a kustomization directory names; none if it has no readable one. */
function graphEntries(dir: string): ReadonlyArray<[string, string]> {
  for (const name of KUSTOMIZATION_NAMES) {
    const text = readTextIf(join(dir, name));
    if (text === undefined) continue;
    let entries = parsedEntries.get(text);
    if (!entries) {
      entries = entriesOf(text);
      if (parsedEntries.size >= PARSED_MAX) parsedEntries.clear();
      parsedEntries.set(text, entries);
    }
    return entries;
  }
  return [];
}

/** Entries by kustomization text: a shared base is reached by every overlay's render. */
const parsedEntries = new Map<string, ReadonlyArray<[string, string]>>();
const PARSED_MAX = 10_000;

function entriesOf(text: string): ReadonlyArray<[string, string]> {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return []; // kustomize reports the broken file itself
  }
  if (typeof doc !== 'object' || doc === null) return [];
  const k = doc as Record<string, unknown>;
  const entries = GRAPH_FIELDS.flatMap((field) => (Array.isArray(k[field]) ? k[field] : []).filter((e): e is string => typeof e === 'string').map((e): [string, string] => [field, e]));
  const chartHome = (k.helmGlobals as { chartHome?: unknown } | null | undefined)?.chartHome;
  if (typeof chartHome === 'string' && chartHome !== '') entries.push(['helmGlobals.chartHome', chartHome]);
  return entries;
}
