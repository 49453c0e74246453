// The one way YAML from a repository, a tool or a setting becomes a value: parse errors, alias bombs
// ("billion laughs") and runaway nesting are reported as errors with a position, never thrown from
// deep inside the yaml library or left for a later walker to overflow on.
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, parseDocument, visit } from 'yaml';
import type { Document, DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';
import { MAX_NESTING, nestingField, nestingMessage, tooDeepPath, type ValuePath } from './nesting.js';
import { ParseError } from './parse-error.js';
import { errorMessage } from '../model/errors.js';

/**
 * Alias expansions allowed per document (yaml's own check: expansions × aliases inside the anchor).
 * Real manifests use a handful of anchors; a "billion laughs" bomb needs far more than this.
 */
export const MAX_ALIAS_COUNT = 1000;

export type YamlOptions = ParseOptions & DocumentOptions & SchemaOptions;

export interface SafeDoc {
  doc: Document.Parsed;
  /** Plain JS value; undefined when `error` is set. */
  value: unknown;
  error?: { reason: string; offset: number; field?: string };
}

/** Every document of a stream, each checked on its own, so one bad document spoils no other. */
export function parseYamlDocuments(text: string, options: YamlOptions = {}): SafeDoc[] {
  return parseAllDocuments(text, { ...options, prettyErrors: false }).map((doc) => checkDocument(doc, text));
}

/** A single-document YAML value; throws ParseError naming the line. */
export function parseYaml(text: string, options: YamlOptions = {}): unknown {
  const lc = new LineCounter();
  const { value, error } = checkDocument(parseDocument(text, { ...options, lineCounter: lc, prettyErrors: false }), text);
  if (error) throw new ParseError(error.reason, lc.linePos(error.offset).line, error.field);
  return value;
}

/**
 * Characters go-yaml refuses anywhere (it reads only printable Unicode; a byte order mark only at the
 * start), which the yaml library would otherwise keep in a value.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_PRINTABLE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff\ufffe\uffff]/;

function checkDocument(doc: Document.Parsed, text: string): SafeDoc {
  const start = doc.contents?.range?.[0] ?? doc.range[0];
  const fail = (reason: string, offset: number, path?: ValuePath): SafeDoc => {
    const at = path ?? pathAtOffset(doc, offset);
    return { doc, value: undefined, error: { reason, offset, ...(at.length > 0 ? { field: nestingField(at, 8) } : {}) } };
  };
  const body = text.slice(doc.range[0], doc.range[2]);
  const bad = NOT_PRINTABLE.exec(body.charCodeAt(0) === 0xfeff ? ` ${body.slice(1)}` : body);
  if (bad) {
    const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return fail(`control character U+${code} is not allowed in YAML`, doc.range[0] + bad.index);
  }
  const err = doc.errors[0];
  if (err) {
    // The yaml composer recurses per level: past its stack it reports the overflow as a parse error.
    const overflow = /Maximum call stack size exceeded/.test(err.message);
    return overflow ? fail(nestingMessage(), err.pos[0], []) : fail(firstLine(err.message), err.pos[0]);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const message = errorMessage(e);
    if (/Excessive alias count/.test(message)) return fail(`YAML aliases expand beyond ${MAX_ALIAS_COUNT} nodes (an alias bomb?)`, start, []);
    return fail(firstLine(message), offsetOfThrow(doc, message) ?? start);
  }
  const deep = tooDeepPath(value, MAX_NESTING);
  if (deep) {
    const loop = selfContaining(value, deep);
    const reason = loop ? 'an alias refers to its own anchor (the value would contain itself)' : `${nestingMessage()} at ${nestingField(deep)}…`;
    return fail(reason, offsetOfPath(doc, loop ?? deep) ?? start, loop ?? deep.slice(0, 4));
  }
  return { doc, value };
}

/** The path to the first value on `path` that is also one of its own ancestors, if any. */
function selfContaining(root: unknown, path: ValuePath): ValuePath | undefined {
  const seen = new Map<unknown, number>([[root, 0]]);
  let v: unknown = root;
  for (let i = 0; i < path.length; i++) {
    v = (v as Record<string | number, unknown>)[path[i]];
    const first = seen.get(v);
    if (first !== undefined) return path.slice(0, Math.max(first, 1));
    seen.set(v, i + 1);
  }
  return undefined;
}

/** Where toJS failed: the unresolved alias or the bad merge key, when the message names one. */
function offsetOfThrow(doc: Document.Parsed, message: string): number | undefined {
  const alias = /Unresolved alias.*: (\S+)$/.exec(message)?.[1];
  let at: number | undefined;
  try {
    visit(doc, {
      Alias: (_k, node) => {
        if (alias !== undefined && node.source === alias) at = node.range?.[0];
        return at === undefined ? undefined : visit.BREAK;
      },
      Pair: (_k, pair) => {
        if (alias === undefined && isScalar(pair.key) && pair.key.source === '<<') at = pair.key.range?.[0];
        return at === undefined ? undefined : visit.BREAK;
      },
    });
  } catch {
    // a document too deep for the visitor: the document's own line will do
  }
  return at;
}

/** Keys from the root to the innermost node whose source holds `offset`: the field a syntax error is in. */
function pathAtOffset(doc: Document.Parsed, offset: number): ValuePath {
  const path: (string | number)[] = [];
  const holds = (n: unknown): boolean => {
    const r = (n as { range?: [number, number, number] } | null)?.range;
    return !!r && r[0] <= offset && offset <= r[2];
  };
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && (holds(p.value) || holds(p.key)) && isScalar(p.key));
      // A key that swallowed the broken text (spaces, colons) names no field.
      if (!pair || !isScalar(pair.key) || !/^[\w.\-/]+$/.test(String(pair.key.value))) break;
      path.push(String(pair.key.value));
      node = pair.value;
    } else if (isSeq(node)) {
      const i = node.items.findIndex(holds);
      if (i < 0) break;
      path.push(i);
      node = node.items[i];
    } else {
      break;
    }
  }
  return path;
}

/** Offset of the deepest existing node along `path` (aliases followed), or undefined. */
export function offsetOfPath(doc: Document.Parsed, path: ValuePath): number | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const seg of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(seg));
      const at = pair && (isScalar(pair.key) ? pair.key.range?.[0] : undefined);
      if (!pair || at === undefined) break;
      offset = at;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item: unknown = node.items[seg];
      const at = isScalar(item) || isMap(item) || isSeq(item) || isAlias(item) ? item.range?.[0] : undefined;
      if (at === undefined) break;
      offset = at;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}
