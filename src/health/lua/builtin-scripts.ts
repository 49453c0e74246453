// Argo CD's built-in health scripts (resource_customizations/<group>/<Kind>/health.lua of the pinned
// release, generated into generated/argocd by scripts/argocd/fetch-resource-customizations.mjs), found
// as util/lua GetHealthScript finds them: the exact `group/Kind` directory, else the first directory in
// sorted order whose name, with `_` read as `*`, matches (`*` stops at `/`, as doublestar's PathMatch).
import { HEALTH_SCRIPTS } from '../../../generated/argocd/health-scripts.js';
import { filepathMatch } from '../../glob/filepath.js';

const WILDCARDS = Object.keys(HEALTH_SCRIPTS)
  .filter((dir) => dir.includes('_'))
  .sort();

/** The built-in script for a group/kind (`Kind` alone for the core group), with the directory it came from. */
export function builtinHealthScript(group: string, kind: string): { dir: string; script: string } | undefined {
  const key = group === '' ? kind : `${group}/${kind}`;
  const exact = HEALTH_SCRIPTS[key];
  if (exact !== undefined) return { dir: key, script: exact };
  const dir = WILDCARDS.find((d) => filepathMatch(d.replaceAll('_', '*'), key));
  return dir === undefined ? undefined : { dir, script: HEALTH_SCRIPTS[dir] };
}
