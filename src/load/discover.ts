// Finds the files that may hold Argo CD specs: YAML/JSON files of the repo, minus VCS and
// dependency folders, hidden folders and Helm charts' templates (which are not YAML until rendered).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { globMatcher } from './glob.js';

const SPEC_FILE = /\.(ya?ml|json)$/;
/** Never holds specs, even when a glob names it: version control and dependency trees. */
const ALWAYS_SKIPPED = new Set(['.git', '.hg', '.svn', 'node_modules', 'bower_components']);
/** Inside a chart (a folder with Chart.yaml) these hold Go templates and subcharts. */
const CHART_TEMPLATE_DIRS = new Set(['templates', 'charts']);

/**
 * Relative `/`-separated paths of `*.yaml|*.yml|*.json` files under `root`, sorted.
 * `globs` select files (relative to root, `**` and braces allowed); a glob naming a folder selects
 * everything below it, and a glob starting with `!` excludes. Hidden folders are searched only when
 * a glob names one explicitly (e.g. `.argocd/**`).
 */
export async function findSpecFiles(root: string, globs?: readonly string[]): Promise<string[]> {
  const selected = selector(globs ?? []);
  const searchHidden = (globs ?? []).some((g) => /(^|\/)\.[^./]/.test(g.replace(/^!/, '')));
  const found: string[] = [];

  async function walk(rel: string): Promise<void> {
    // Sync: see fs/local.ts.
    const entries = readdirSync(path.join(root, rel), { withFileTypes: true });
    const isChart = entries.some((e) => e.isFile() && e.name === 'Chart.yaml');
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (ALWAYS_SKIPPED.has(e.name)) continue;
        if (e.name.startsWith('.') && !searchHidden) continue;
        if (isChart && CHART_TEMPLATE_DIRS.has(e.name)) continue;
        await walk(child);
      } else if (e.isFile() && SPEC_FILE.test(e.name) && selected(child)) {
        found.push(child);
      }
    }
  }

  await walk('');
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The include globs that select none of `files`: most likely a typo, which would otherwise render
 * nothing in silence. A `!` exclude may match nothing.
 */
export function unmatchedGlobs(globs: readonly string[], files: readonly string[]): string[] {
  return trimGlobs(globs)
    .filter((g) => !g.startsWith('!'))
    .filter((g) => !files.some(globMatcher(withFolderForms([g]))));
}

function trimGlobs(globs: readonly string[]): string[] {
  return globs.map((g) => g.trim().replace(/^\.\//, '')).filter((g) => g.length > 0);
}

function selector(globs: readonly string[]): (rel: string) => boolean {
  const trimmed = trimGlobs(globs);
  const includes = trimmed.filter((g) => !g.startsWith('!'));
  const excludes = trimmed.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  const include = includes.length ? globMatcher(withFolderForms(includes)) : () => true;
  const exclude = globMatcher(withFolderForms(excludes));
  return (rel) => include(rel) && !exclude(rel);
}

/** `apps` and `apps/` also select everything below `apps`. */
function withFolderForms(globs: string[]): string[] {
  return globs.flatMap((g) => {
    const bare = g.replace(/\/+$/, '');
    return [bare, `${bare}/**`];
  });
}
