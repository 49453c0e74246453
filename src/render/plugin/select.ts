// Which plugin renders an app (util/app/discovery DetectConfigManagementPlugin and cmpSupports, and
// the CMP server's matchRepository): a named plugin must exist and, when it has a discover rule, match;
// without a name the first plugin (by socket name) whose discover rule matches the app's directory.
// A rule is fileName (Go filepath.Glob), else find.glob (zglob, `**` allowed), else find.command
// (matches when it prints anything), each against the app's directory.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { filepathMatch } from '../../glob/filepath.js';
import { globMatcher } from '../../load/glob.js';
import { isWorkCopy } from '../workdir.js';
import { hasDiscovery, type PluginDef } from './definitions.js';

export interface DiscoveryPlace {
  /** The checkout (read, never written). */
  repoRoot: string;
  appDir: string;
  /** The app's directory in the private copy where find.command runs (made on first use). */
  copyAppDir: () => Promise<string>;
}

/** Runs a plugin command in `cwd` and returns its output without one trailing newline (runCommand). */
export type CommandRunner = (def: PluginDef, step: 'discover' | 'init' | 'generate', cwd: string) => Promise<string>;

export class PluginNotFound extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PluginNotFound';
  }
}

/** The plugin for an app; PluginNotFound says why none is. */
export async function selectPlugin(plugins: readonly PluginDef[], name: string, at: DiscoveryPlace, run: CommandRunner): Promise<PluginDef> {
  if (plugins.length === 0) {
    throw new PluginNotFound(`the app uses a config management plugin${name ? ` ("${name}")` : ''}, but none is defined: list ConfigManagementPlugin files in the plugins input`);
  }
  if (name !== '') {
    const def = plugins.find((p) => p.name === name);
    if (!def) throw new PluginNotFound(`config management plugin "${name}" is not defined (defined: ${plugins.map((p) => p.name).join(', ')})`);
    if (!hasDiscovery(def)) return def;
    let matched: boolean;
    try {
      matched = await matches(def, at, run);
    } catch (err) {
      throw new PluginNotFound(`could not find cmp-server plugin with name "${name}" supporting the given repository: ${(err as Error).message}`);
    }
    if (!matched) throw new PluginNotFound(`config management plugin "${name}" does not support this app: its discover rule (${describeRule(def)}) does not match the app's directory`);
    return def;
  }
  const found = await discoverPlugin(plugins, at, run);
  if ('def' in found) return found.def;
  const detail = found.lastError ? `: ${found.lastError}` : ` (discover rules tried: ${plugins.filter(hasDiscovery).map((p) => `${p.name}: ${describeRule(p)}`).join('; ') || 'none'})`;
  throw new PluginNotFound(`could not find plugin supporting the given repository${detail}`);
}

/**
 * The first plugin with a discover rule that matches; a rule that fails (a find.command exiting
 * non-zero) counts as no match. As in Argo CD, the error returned is the last plugin's, if it failed.
 */
export async function discoverPlugin(plugins: readonly PluginDef[], at: DiscoveryPlace, run: CommandRunner): Promise<{ def: PluginDef } | { lastError?: string }> {
  let lastError: string | undefined;
  for (const def of plugins.filter(hasDiscovery)) {
    try {
      if (await matches(def, at, run)) return { def };
      lastError = undefined;
    } catch (err) {
      lastError = `error checking repository support for plugin ${def.name}: ${(err as Error).message}`;
    }
  }
  return { lastError };
}

/**
 * The plugin discovery picks by fileName and find.glob rules alone, read from the checkout: 'none',
 * or undefined when a find.command rule comes first (only running it would tell).
 */
export async function staticDiscovery(plugins: readonly PluginDef[], at: Pick<DiscoveryPlace, 'repoRoot' | 'appDir'>): Promise<PluginDef | 'none' | undefined> {
  const noCopy = () => Promise.reject(new Error('no command runs here'));
  const place = { ...at, copyAppDir: noCopy };
  for (const def of plugins.filter(hasDiscovery)) {
    if (def.spec.discover.fileName === '' && def.spec.discover.find.glob === '') return undefined;
    if (await matches(def, place, noCopy)) return def;
  }
  return 'none';
}

async function matches(def: PluginDef, at: DiscoveryPlace, run: CommandRunner): Promise<boolean> {
  const d = def.spec.discover;
  if (d.fileName !== '') return globMatches(d.fileName, at, (pattern) => (rel) => filepathMatch(pattern, rel));
  if (d.find.glob !== '') return globMatches(d.find.glob, at, (pattern) => globMatcher(pattern, { dot: true }));
  const out = await run(def, 'discover', await at.copyAppDir());
  return out !== '';
}

/** The pattern joined to the app's path (as filepath.Join, so `..` is resolved) matches an entry of the repository. */
async function globMatches(pattern: string, at: DiscoveryPlace, matcher: (pattern: string) => (rel: string) => boolean): Promise<boolean> {
  const appRel = path.relative(at.repoRoot, at.appDir).split(path.sep).join('/');
  const joined = path.posix.normalize(`${appRel}/${pattern}`).replace(/\/$/, '');
  if (joined === '..' || joined.startsWith('../') || path.posix.isAbsolute(joined)) return false;
  const segments = joined.split('/');
  const literal = segments.findIndex((s) => /[*?[\\{]/.test(s));
  if (literal < 0) return (await readdir(path.join(at.repoRoot, path.posix.dirname(joined))).catch(() => [] as string[])).includes(path.posix.basename(joined));
  const depth = segments.some((s) => s.includes('**')) ? Infinity : segments.length - literal;
  const match = matcher(joined);
  return (await entries(at.repoRoot, segments.slice(0, literal).join('/'), depth)).some((rel) => match(rel));
}

/** Paths (relative to root, `/`-separated) of every file and directory below `dir`, `depth` levels deep. */
async function entries(root: string, dir: string, depth: number): Promise<string[]> {
  if (depth <= 0) return [];
  const list = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of list) {
    if (e.name === '.git' || isWorkCopy(e.name)) continue;
    const rel = dir ? `${dir}/${e.name}` : e.name;
    out.push(rel);
    if (e.isDirectory()) out.push(...(await entries(root, rel, depth - 1)));
  }
  return out;
}

function describeRule(def: PluginDef): string {
  const d = def.spec.discover;
  if (d.fileName !== '') return `fileName ${JSON.stringify(d.fileName)}`;
  if (d.find.glob !== '') return `find.glob ${JSON.stringify(d.find.glob)}`;
  return `find.command ${JSON.stringify([...d.find.command, ...d.find.args].join(' '))}`;
}
