// Compiles src/ with tsc into node_modules/.cache (so packages resolve from the repo's node_modules):
// the bench runs the code of the working tree without touching dist/.
import { execFileSync } from 'node:child_process';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchResourceCustomizations } from '../../argocd/fetch-resource-customizations.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const BUILD = join(ROOT, 'node_modules', '.cache', 'gitops-sync-bench');

/** The modules the bench imports; tsc follows their imports. */
const ENTRIES = ['src/pipeline/render-repo.ts', 'src/pipeline/pr-preview.ts', 'src/pipeline/base-checkout.ts', 'src/diff/app-diff.ts', 'src/pipeline/sync-repo.ts', 'src/settings.ts'];

export function buildSources() {
  // src/health imports generated/argocd (not in git): a fresh checkout has to generate it first.
  fetchResourceCustomizations();
  try {
    execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), [
      ...ENTRIES, '--outDir', BUILD, '--rootDir', '.',
      '--target', 'ES2022', '--module', 'ES2022', '--moduleResolution', 'Bundler', '--skipLibCheck', '--esModuleInterop', '--resolveJsonModule', '--types', 'node',
    ], { cwd: ROOT, stdio: 'ignore' });
  } catch {
    // Type errors elsewhere in the tree still emit JavaScript.
  }
  return BUILD;
}

/** Imports a compiled module, e.g. `pipeline/render-repo.js` (the root is `.`: src imports generated/). */
export const load = (module) => import(join(BUILD, 'src', module));
