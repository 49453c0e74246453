// The files a jsonnet evaluation reads: the file, and for every literal `import`, `importstr` and
// `importbin` every place go-jsonnet's importer looks (the importing file's directory, then the -J
// paths right-most first) up to the one found: a file created earlier in that order changes what loads.
// Jsonnet allows only string literals after import, so a scan of the source finds them all; a
// text-block import is the one form not followed, and makes the set unknown.
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { UnknownInputs, type InputSet } from './input-set.js';

// The keyword, whitespace or comments, then a string literal: the only form go-jsonnet's parser accepts.
const GAP = String.raw`(?:\s|\/\/[^\n]*(?:\n|$)|#[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*`;
const IMPORT = new RegExp(String.raw`\b(import|importstr|importbin)${GAP}(?:(@?)"((?:[^"\\]|\\.|"")*)"|(@?)'((?:[^'\\]|\\.|'')*)'|(\|\|\|))`, 'g');

/** Adds `file` and everything it may import to `set`, with `jpaths` as the -J search paths. */
export async function jsonnetInputs(file: string, jpaths: readonly string[], set: InputSet, seen = new Set<string>()): Promise<void> {
  const path = resolve(file);
  if (seen.has(path)) return;
  seen.add(path);
  const facts = await set.file(path);
  if (facts.digest === 'absent' || facts.digest.endsWith('dir')) return;
  const source = readFileSync(path, 'utf8');
  for (const m of source.matchAll(IMPORT)) {
    if (m[6]) throw new UnknownInputs(`${file}: import of a text block`);
    const verbatim = (m[2] ?? m[4]) === '@';
    const raw = m[3] ?? m[5] ?? '';
    const target = verbatim ? raw.replace(/""|''/g, (q) => q[0]) : unescape(raw, file);
    const code = m[1] === 'import';
    for (const candidate of candidates(target, dirname(path), jpaths)) {
      const found = await set.file(candidate);
      if (found.digest === 'absent') continue;
      if (code) await jsonnetInputs(candidate, jpaths, set, seen);
      break;
    }
  }
}

function candidates(target: string, dir: string, jpaths: readonly string[]): string[] {
  if (isAbsolute(target)) return [target];
  return [join(dir, target), ...[...jpaths].reverse().map((j) => join(j, target))];
}

function unescape(raw: string, file: string): string {
  return raw.replace(/\\(.)/g, (_all, c: string) => {
    if (c === '\\' || c === '"' || c === "'" || c === '/') return c;
    throw new UnknownInputs(`${file}: import path with escape \\${c}`);
  });
}
