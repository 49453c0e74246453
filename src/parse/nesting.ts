// One nesting limit for everything parsed from the repository, the tools or the cluster. The
// pipeline's walkers (normalize, diff, mask, merge, tracking, structuredClone, JSON.stringify) recurse
// once per level; a document nested thousands of levels deep would overflow the stack in any of them
// ("Maximum call stack size exceeded", with no hint of where). Checking once, where text becomes a
// value, keeps every walker safe and lets the error name the file, line and field.

/**
 * Deepest nesting accepted. Real manifests stay far below it (a CRD's OpenAPI schema, the deepest
 * common case, rarely passes 60); the yaml library's own parser overflows at around 800 levels on
 * Node's default stack, so the limit must sit well below that.
 */
export const MAX_NESTING = 256;

export type ValuePath = readonly (string | number)[];

export function nestingMessage(max = MAX_NESTING): string {
  return `nested deeper than ${max} levels`;
}

/**
 * The path to the first value nested deeper than `max` levels, or undefined. Iterative, so it is safe
 * on any input; a value that contains itself (a YAML alias inside its own anchor) is reported too,
 * since its nesting never ends.
 */
export function tooDeepPath(value: unknown, max = MAX_NESTING): ValuePath | undefined {
  interface Step {
    v: object;
    depth: number;
    key?: string | number;
    parent?: Step;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const stack: Step[] = [{ v: value, depth: 1 }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (step.depth > max) return pathOf(step);
    const entries: [string | number, unknown][] = Array.isArray(step.v) ? step.v.map((x, i) => [i, x]) : Object.entries(step.v);
    for (const [key, child] of entries) {
      if (typeof child === 'object' && child !== null) stack.push({ v: child, depth: step.depth + 1, key, parent: step });
    }
  }
  return undefined;

  function pathOf(step: Step): ValuePath {
    const path: (string | number)[] = [];
    for (let s: Step | undefined = step; s?.key !== undefined; s = s.parent) path.unshift(s.key);
    return path;
  }
}

/** `spec.source.helm.valuesObject.a.b`, cut after a few segments: the field where the nesting starts. */
export function nestingField(path: ValuePath, keep = 5): string {
  const shown = path.slice(0, keep).map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`));
  return shown.join('');
}

/**
 * Offset in JSON text where brackets open deeper than `max`, or undefined. A scan (strings skipped)
 * rather than a walk of the parsed value, so the error can name the line.
 */
export function jsonTooDeepOffset(text: string, max = MAX_NESTING): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return i;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return undefined;
}

/** 1-based line of `offset` in `text`. */
export function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
