// Builds the ncc bundles of the action (dist/index.js), of the CLI (dist/cli/index.js) and of the
// Lua worker both start (dist/lua-worker/index.js), after generating Argo CD's built-in health scripts
// from the pinned release, whose licence ships as dist/argocd-LICENSE.txt. Used by `npm run build` and
// by check-dist, so both produce byte-identical output.
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED, fetchResourceCustomizations } from './argocd/fetch-resource-customizations.mjs';

export function bundle(outDir) {
  fetchResourceCustomizations();
  rmSync(outDir, { recursive: true, force: true });
  const ncc = join('node_modules', '.bin', 'ncc');
  const run = (entry, out) =>
    execFileSync(ncc, ['build', entry, '-o', out, '--license', 'licenses.txt', '-q', '--target', 'es2022', '--transpile-only'], { stdio: 'inherit' });
  run('src/main.ts', outDir);
  run('src/cli.ts', join(outDir, 'cli'));
  run('src/health/lua/worker.ts', join(outDir, 'lua-worker'));
  copyFileSync(join(GENERATED, 'LICENSE'), join(outDir, 'argocd-LICENSE.txt'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) bundle(process.argv[2] ?? 'dist');
