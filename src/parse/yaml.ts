// The one way YAML from a repository, a tool or a setting becomes a value: parse errors, alias bombs
// ("billion laughs") and runaway nesting are reported as errors with a position, never thrown from
// deep inside the yaml library or left for a later walker to overflow on.
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseAllDocuments, parseDocument } from 'yaml';
import type { Document, DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';
import { MAX_NESTING, nestingField, nestingMessage, tooDeepPath, type ValuePath } from './nesting.js';
import { ParseError } from './parse-error.js';

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
  return parseAllDocuments(text, { ...options, prettyErrors: false }).map(checkDocument);
}

/** A single-document YAML value; throws ParseError naming the line. */
export function parseYaml(text: string, options: YamlOptions = {}): unknown {
  const lc = new LineCounter();
  const { value, error } = checkDocument(parseDocument(text, { ...options, lineCounter: lc, prettyErrors: false }));
  if (error) throw new ParseError(error.reason, lc.linePos(error.offset).line, error.field);
  return value;
}

function checkDocument(doc: Document.Parsed): SafeDoc {
  const start = doc.contents?.range?.[0] ?? doc.range[0];
  const err = doc.errors[0];
  if (err) {
    // The yaml composer recurses per level: past its stack it reports the overflow as a parse error.
    const reason = /Maximum call stack size exceeded/.test(err.message) ? nestingMessage() : firstLine(err.message);
    return { doc, value: undefined, error: { reason, offset: err.pos[0] } };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const reason = /Excessive alias count/.test(message)
      ? `YAML aliases expand beyond ${MAX_ALIAS_COUNT} nodes (an alias bomb?)`
      : firstLine(message);
    return { doc, value: undefined, error: { reason, offset: start } };
  }
  const deep = tooDeepPath(value, MAX_NESTING);
  if (deep) {
    const reason = `${nestingMessage()} at ${nestingField(deep)}…`;
    return { doc, value: undefined, error: { reason, offset: offsetOfPath(doc, deep) ?? start, field: nestingField(deep, 4) } };
  }
  return { doc, value };
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
