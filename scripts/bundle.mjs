// Builds the ncc bundles of the action (dist/index.js) and of the CLI (dist/cli/index.js).
// Used by `npm run build` and by check-dist, so both produce byte-identical output.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function bundle(outDir) {
  rmSync(outDir, { recursive: true, force: true });
  const ncc = join('node_modules', '.bin', 'ncc');
  const run = (entry, out) =>
    execFileSync(ncc, ['build', entry, '-o', out, '--license', 'licenses.txt', '-q', '--target', 'es2022', '--transpile-only'], { stdio: 'inherit' });
  run('src/main.ts', outDir);
  run('src/cli.ts', join(outDir, 'cli'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) bundle(process.argv[2] ?? 'dist');
