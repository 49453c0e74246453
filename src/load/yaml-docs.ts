// Multi-document YAML (and JSON) parsing that keeps positions, so a problem can point at the
// line of the offending field rather than the start of the document.
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Document, Tags } from 'yaml';
import type { Problem } from '../model/errors.js';

export type FieldPath = readonly (string | number)[];
/** 1-based line of the deepest existing node along `path` (the document's line when none exists). */
export type LineOf = (path: FieldPath) => number;

export interface YamlDoc {
  /** Plain JS value; undefined when the document failed to parse. */
  value: unknown;
  /** 1-based line where the document's content starts. */
  line: number;
  /** 0-based position of the document in its file. */
  index: number;
  lineOf: LineOf;
  /** The document's own source text. */
  text: string;
  /** Set when the document is not valid YAML. */
  error?: Problem;
}

/**
 * Kubernetes reads manifests with YAML 1.1 rules (`yes`/`on` are booleans, `0755` is octal), but
 * through go-yaml, which keeps unquoted dates and `1:30`-style sexagesimals as strings.
 */
const goYamlTags = (tags: Tags): Tags =>
  tags.filter((t) => typeof t === 'string' || (t.tag !== 'tag:yaml.org,2002:timestamp' && t.format !== 'TIME'));

export function parseDocuments(text: string, file: string): YamlDoc[] {
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter: lc,
    version: '1.1',
    customTags: goYamlTags,
    prettyErrors: false,
  });
  const lineAt = (offset: number): number => lc.linePos(offset).line;
  return docs.map((doc, index) => {
    const start = doc.contents?.range?.[0] ?? doc.range[0];
    const line = lineAt(start);
    const lineOf: LineOf = (path) => lineOfPath(doc, path, lineAt, line);
    const docText = text.slice(doc.range[0], doc.range[2]);
    const err = doc.errors[0];
    if (err) {
      const message = `invalid YAML: ${err.message}`;
      return { value: undefined, line, index, lineOf, text: docText, error: { message, file, line: lineAt(err.pos[0]) } };
    }
    return { value: doc.toJS({ maxAliasCount: 1000 }) as unknown, line, index, lineOf, text: docText };
  });
}

function lineOfPath(doc: Document.Parsed, path: FieldPath, lineAt: (offset: number) => number, fallback: number): number {
  let node: unknown = doc.contents;
  let line = fallback;
  for (const seg of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(seg));
      const at = pair && (isScalar(pair.key) ? pair.key.range?.[0] : undefined);
      if (!pair || at === undefined) break;
      line = lineAt(at);
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item: unknown = node.items[seg];
      const at = isScalar(item) || isMap(item) || isSeq(item) || isAlias(item) ? item.range?.[0] : undefined;
      if (at === undefined) break;
      line = lineAt(at);
      node = item;
    } else {
      break;
    }
  }
  return line;
}
