// The pinned Argo CD Go module: its release (read from src/argocd-release.ts), its zip from the Go
// module proxy through `go mod download` (which checks it against the checksum database), and the
// zip's own `h1:` hash recomputed here, so a tampered module cache is refused too.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RELEASE_FILE = join(ROOT, 'src', 'argocd-release.ts');
export const MODULE = 'github.com/argoproj/argo-cd/v3';
/** Argo CD 3.6's go.mod needs Go >= 1.27; the go command fetches this toolchain as a module itself. */
export const GO_TOOLCHAIN = 'go1.27.3';

export function pinnedRelease() {
  const m = /ARGOCD_RELEASE = '(v\d+\.\d+\.\d+[^']*)'/.exec(readFileSync(RELEASE_FILE, 'utf8'));
  if (!m) throw new Error(`${RELEASE_FILE}: no ARGOCD_RELEASE = 'vX.Y.Z' line`);
  return m[1];
}

function goBinary() {
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, 'go'))) return join(dir, 'go');
  if (existsSync('/usr/local/go/bin/go')) return '/usr/local/go/bin/go';
  throw new Error('go is required to fetch the Argo CD module (https://go.dev/doc/install)');
}

/** `go mod download -json MODULE@release`: { Zip, Sum, Dir, ... }. */
export function downloadModule(release) {
  const out = execFileSync(goBinary(), ['mod', 'download', '-json', `${MODULE}@${release}`], {
    cwd: ROOT,
    encoding: 'utf8',
    // Outside any module's rules: the repository has no go.mod, and -mod flags would not apply.
    env: { ...process.env, GOFLAGS: '', GO111MODULE: 'on', GOTOOLCHAIN: GO_TOOLCHAIN },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const info = JSON.parse(out);
  if (info.Error) throw new Error(`go mod download ${MODULE}@${release}: ${info.Error}`);
  return info;
}

/** Every file of a zip archive: [{ name, data }] (stored and deflated entries, as module zips use). */
export function readZip(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip archive (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const files = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith('/')) continue;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    if (method !== 0 && method !== 8) throw new Error(`${name}: unsupported zip compression method ${method}`);
    files.push({ name, data: method === 8 ? inflateRawSync(raw) : raw });
  }
  return files;
}

/** Go's dirhash.Hash1 over the zip's files (golang.org/x/mod/sumdb/dirhash). */
export function hash1(files) {
  const lines = [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((f) => `${createHash('sha256').update(f.data).digest('hex')}  ${f.name}\n`);
  return `h1:${createHash('sha256').update(lines.join('')).digest('base64')}`;
}
