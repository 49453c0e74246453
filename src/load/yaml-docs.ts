// Multi-document YAML (and JSON) parsing that keeps positions, so a problem can point at the
// line of the offending field rather than the start of the document.
import { LineCounter } from 'yaml';
import type { Tags } from 'yaml';
import type { Problem } from '../model/errors.js';
import { offsetOfPath, parseYamlDocuments } from '../parse/yaml.js';

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
  const docs = parseYamlDocuments(text, { lineCounter: lc, version: '1.1', customTags: goYamlTags });
  const lineAt = (offset: number): number => lc.linePos(offset).line;
  return docs.map(({ doc, value, error }, index) => {
    const start = doc.contents?.range?.[0] ?? doc.range[0];
    const line = lineAt(start);
    const lineOf: LineOf = (path) => {
      const at = offsetOfPath(doc, path);
      return at === undefined ? line : lineAt(at);
    };
    const docText = text.slice(doc.range[0], doc.range[2]);
    if (error) {
      const problem: Problem = { message: `invalid YAML: ${error.reason}`, file, line: lineAt(error.offset) };
      return { value: undefined, line, index, lineOf, text: docText, error: error.field ? { ...problem, field: error.field } : problem };
    }
    return { value, line, index, lineOf, text: docText };
  });
}
