// ConfigManagementPlugin definitions (the `plugins` input), read and checked as Argo CD's CMP server
// reads its plugin.yaml (cmpserver/plugin/config.go, ValidatePluginConfig): metadata.name, kind and a
// non-empty generate command are required; a plugin's name is `<metadata.name>-<spec.version>`, or
// `<metadata.name>` without a version (the socket it would listen on).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { canonical } from '../../model/canonical.js';
import type { Problem } from '../../model/errors.js';
import { checkFields, isObject, objectField, objectItems, report, type CheckContext, type Obj } from '../../load/check.js';
import { findSpecFiles, unmatchedGlobs } from '../../load/discover.js';
import { parseDocuments, type FieldPath } from '../../load/yaml-docs.js';
import { byteOrder } from '../source-type.js';

export interface PluginCommand {
  command: string[];
  args: string[];
}

export interface PluginSpec {
  version: string;
  init: PluginCommand;
  generate: PluginCommand;
  discover: { fileName: string; find: PluginCommand & { glob: string } };
  /** Announcements for Argo CD's UI; they never reach init or generate (as in Argo CD). */
  parameters: { static: Obj[]; dynamic: PluginCommand };
  preserveFileMode: boolean;
  provideGitCreds: boolean;
}

export interface PluginDef {
  /** `<metadata.name>-<spec.version>`, or `<metadata.name>` without a version. */
  name: string;
  /** Relative to the repository root. */
  file: string;
  line: number;
  spec: PluginSpec;
}

export interface LoadedPlugins {
  /** In the order Argo CD's discovery tries them: by socket file name (`<name>.sock`). */
  plugins: PluginDef[];
  problems: Problem[];
}

export const PLUGIN_KIND = 'ConfigManagementPlugin';

/** Discovery is configured when any of fileName, find.glob or find.command is set (isDiscoveryConfigured). */
export function hasDiscovery(def: PluginDef): boolean {
  const d = def.spec.discover;
  return d.fileName !== '' || d.find.glob !== '' || d.find.command.length > 0;
}

/**
 * The plugins defined in the files `globs` select under `root` (relative globs, as the `apps` input).
 * A file may hold several documents; each must be a ConfigManagementPlugin. A glob matching no file
 * is a problem unless `optional` (a PR's base may lack what its head adds).
 */
export async function loadPlugins(root: string, globs: readonly string[], opts: { optional?: boolean } = {}): Promise<LoadedPlugins> {
  if (globs.length === 0) return { plugins: [], problems: [] };
  const files = await findSpecFiles(root, globs);
  const problems: Problem[] = [];
  if (!opts.optional) {
    for (const g of unmatchedGlobs(globs, files)) problems.push({ message: `plugins: "${g}" matches no YAML or JSON file in ${root}` });
  }
  const byName = new Map<string, PluginDef>();
  for (const file of files) {
    const text = await readFile(path.join(root, file), 'utf8');
    for (const doc of parseDocuments(text, file)) {
      if (doc.error) {
        problems.push(doc.error);
        continue;
      }
      if (doc.value === null || doc.value === undefined) continue;
      const ctx: CheckContext = { file, lineOf: doc.lineOf, problems: [] };
      const def = checkDefinition(ctx, doc.value, file, doc.line);
      problems.push(...ctx.problems);
      if (!def) continue;
      const first = byName.get(def.name);
      if (first) problems.push({ file, line: doc.line, message: `plugin ${def.name} is defined twice (first at ${first.file}:${first.line})` });
      else byName.set(def.name, def);
    }
  }
  const plugins = [...byName.values()].sort((a, b) => byteOrder(`${a.name}.sock`, `${b.name}.sock`));
  return { plugins, problems };
}

/**
 * Names of the plugins whose definition differs between two sets (added, removed or changed),
 * sorted: the preview renders with the base's and says which the PR changes.
 */
export function changedPlugins(base: readonly PluginDef[], head: readonly PluginDef[]): string[] {
  const spec = (defs: readonly PluginDef[]) => new Map(defs.map((d) => [d.name, canonical(d.spec)]));
  const b = spec(base);
  const h = spec(head);
  return [...new Set([...b.keys(), ...h.keys()])].filter((n) => b.get(n) !== h.get(n)).sort(byteOrder);
}

/** The preview's warning for plugin definitions a PR changes: both sides render with the base's. */
export function pluginWarnings(changed: readonly string[]): string[] {
  if (changed.length === 0) return [];
  return [
    `this PR changes ConfigManagementPlugin definitions (${changed.join(', ')}); for safety the preview runs only the base revision's ` +
      'definitions, on both sides, so the effect of the change is not shown until it merges',
  ];
}

function checkDefinition(ctx: CheckContext, raw: unknown, file: string, line: number): PluginDef | undefined {
  if (!isObject(raw)) {
    report(ctx, [], `a ${PLUGIN_KIND} must be a YAML/JSON object`);
    return undefined;
  }
  const meta = isObject(raw.metadata) ? raw.metadata : {};
  const metaName = typeof meta.name === 'string' ? meta.name : '';
  ctx.subject = `${PLUGIN_KIND} ${JSON.stringify(metaName)}`;
  const before = ctx.problems.length;
  if (raw.kind !== PLUGIN_KIND) report(ctx, ['kind'], `invalid plugin configuration file. kind should be ${PLUGIN_KIND}, found ${String(raw.kind ?? '')}`);
  if (metaName === '') report(ctx, ['metadata', 'name'], 'invalid plugin configuration file. metadata.name should be non-empty');
  const spec = objectField(ctx, raw, 'spec', [], true) ?? {};
  checkFields(ctx, spec, ['spec'], { version: 'string', preserveFileMode: 'boolean', provideGitCreds: 'boolean' });
  const init = command(ctx, spec, ['spec', 'init']);
  const generate = command(ctx, spec, ['spec', 'generate']);
  if (generate.command.length === 0) report(ctx, ['spec', 'generate', 'command'], 'invalid plugin configuration file. spec.generate command should be non-empty');
  const discover = objectField(ctx, spec, 'discover', ['spec']) ?? {};
  checkFields(ctx, discover, ['spec', 'discover'], { fileName: 'string' });
  const find = command(ctx, discover, ['spec', 'discover', 'find']);
  const findObj = objectField(ctx, discover, 'find', ['spec', 'discover']) ?? {};
  checkFields(ctx, findObj, ['spec', 'discover', 'find'], { glob: 'string' });
  const params = objectField(ctx, spec, 'parameters', ['spec']) ?? {};
  const announcements = objectItems(ctx, params, 'static', ['spec', 'parameters']).map(([item, i]) => {
    const at = ['spec', 'parameters', 'static', i];
    checkFields(ctx, item, at, { name: 'string', title: 'string', tooltip: 'string', required: 'boolean', itemType: 'string', collectionType: 'string', string: 'string', array: 'strings', map: 'stringMap' });
    return item;
  });
  const dynamic = command(ctx, params, ['spec', 'parameters', 'dynamic']);
  if (ctx.problems.length > before) return undefined;
  const version = typeof spec.version === 'string' ? spec.version : '';
  return {
    name: version ? `${metaName}-${version}` : metaName,
    file,
    line,
    spec: {
      version,
      init,
      generate,
      discover: { fileName: str(discover.fileName), find: { ...find, glob: str(findObj.glob) } },
      parameters: { static: announcements, dynamic },
      preserveFileMode: spec.preserveFileMode === true,
      provideGitCreds: spec.provideGitCreds === true,
    },
  };
}

/** A `{command, args}` block at `at` (absent = empty). */
function command(ctx: CheckContext, parent: Obj, at: FieldPath): PluginCommand {
  const key = String(at[at.length - 1]);
  const obj = objectField(ctx, parent, key, at.slice(0, -1)) ?? {};
  checkFields(ctx, obj, at, { command: 'strings', args: 'strings' });
  const list = (v: unknown): string[] => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? v : []);
  return { command: list(obj.command), args: list(obj.args) };
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}
