// JSON from a file or a tool, parsed with the same nesting limit as YAML (V8's JSON.parse itself
// copes with any depth; the walkers after it do not).
import { jsonTooDeepOffset, lineAtOffset, nestingMessage } from './nesting.js';
import { ParseError } from './parse-error.js';

/** Throws ParseError (with the line for nesting errors; V8's message already names the position otherwise). */
export function parseJson(text: string): unknown {
  const deep = jsonTooDeepOffset(text);
  if (deep !== undefined) throw new ParseError(nestingMessage(), lineAtOffset(text, deep));
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new ParseError((e as Error).message);
  }
}
