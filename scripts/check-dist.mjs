// Fails when the committed ncc bundles in dist/ differ from a fresh build of src/.
import { mkdtempSync, readFileSync, readdirSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { bundle } from './bundle.mjs';

const fresh = mkdtempSync(join(tmpdir(), 'dist-check-'));
bundle(fresh);
const list = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? list(p) : [p];
  });
const read = (p) => {
  try {
    return readFileSync(p);
  } catch {
    return null;
  }
};
const files = new Set([...list(fresh).map((p) => relative(fresh, p)), ...list('dist').map((p) => relative('dist', p))]);
const stale = [...files].filter((f) => {
  const a = read(join(fresh, f));
  const b = read(join('dist', f));
  return !a || !b || !a.equals(b);
});
rmSync(fresh, { recursive: true, force: true });
if (stale.length) {
  console.error(`dist/ is stale (run "npm run build" and commit): ${stale.sort().join(', ')}`);
  process.exit(1);
}
console.log('dist/ is up to date');
