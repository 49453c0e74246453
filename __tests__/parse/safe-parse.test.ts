// The one parse boundary (src/parse): alias bombs, runaway nesting and control characters become a
// document's error with a position, and what passes it is safe for the pipeline's recursive walkers.
import { describe, expect, it } from '@jest/globals';
import { toYaml, unifiedDiff } from '../../src/diff/compare.js';
import { normalizeObject } from '../../src/diff/normalize.js';
import type { K8sObject } from '../../src/model/k8s.js';
import { parseJson } from '../../src/parse/json.js';
import { MAX_NESTING, tooDeepPath } from '../../src/parse/nesting.js';
import { ParseError } from '../../src/parse/parse-error.js';
import { parseYaml, parseYamlDocuments } from '../../src/parse/yaml.js';

const BOMB = ['a0: &a0 [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`)].join('\n');

/** A ConfigMap whose `data.x` value makes the whole object `levels` deep (the object itself is level 1). */
const deepConfigMap = (levels: number): string => `{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "d"}, "data": {"x": ${'['.repeat(levels - 2)}1${']'.repeat(levels - 2)}}}`;

function parseError(f: () => unknown): ParseError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ParseError);
    return e as ParseError;
  }
  throw new Error('parsed');
}

describe('parseYamlDocuments', () => {
  it("makes an alias bomb its own document's error and parses the others", () => {
    const docs = parseYamlDocuments(`kind: A\n---\n${BOMB}\n---\nkind: C\n`);
    expect(docs.map((d) => d.value)).toEqual([{ kind: 'A' }, undefined, { kind: 'C' }]);
    expect(docs[1].error?.reason).toBe('YAML aliases expand beyond 1000 nodes (an alias bomb?)');
  });

  it('accepts nesting up to the limit and reports one level more with its field', () => {
    expect(parseYamlDocuments(deepConfigMap(MAX_NESTING))[0].error).toBeUndefined();
    const [doc] = parseYamlDocuments(deepConfigMap(MAX_NESTING + 1));
    expect(doc.error).toMatchObject({ reason: expect.stringMatching(/^nested deeper than 256 levels at data\.x\[0\]\[0\]\[0\]…$/), field: 'data.x[0][0]' });
  });

  it('reports nesting the yaml parser itself cannot follow instead of throwing', () => {
    const [doc] = parseYamlDocuments(`a: ${'['.repeat(50_000)}${']'.repeat(50_000)}`);
    expect(doc.error?.reason).toBe('nested deeper than 256 levels');
  });

  it('names an alias inside its own anchor, and control characters', () => {
    expect(parseYamlDocuments('loop: &l [1, *l]\n')[0].error).toMatchObject({ reason: 'an alias refers to its own anchor (the value would contain itself)', field: 'loop' });
    expect(parseYamlDocuments('a: "x\u0001"\n')[0].error).toMatchObject({ reason: 'control character U+0001 is not allowed in YAML', offset: 5 });
  });
});

describe('parseYaml and parseJson', () => {
  it('throw ParseError with the line', () => {
    expect(parseError(() => parseYaml(`ok: 1\n${BOMB}\n`))).toMatchObject({ reason: expect.stringContaining('alias bomb'), line: 1 });
    expect(parseError(() => parseYaml('a: 1\nb: c: d\n'))).toMatchObject({ reason: 'Nested mappings are not allowed in compact mappings', line: 2 });
    expect(parseError(() => parseJson(`{\n"a":\n${deepConfigMap(MAX_NESTING + 1)}}`))).toMatchObject({ reason: 'nested deeper than 256 levels', line: 3 });
    expect(parseError(() => parseJson('['.repeat(100_000) + ']'.repeat(100_000))).reason).toBe('nested deeper than 256 levels');
    expect(parseJson(deepConfigMap(MAX_NESTING))).toMatchObject({ kind: 'ConfigMap' });
  });
});

describe('what passes the limit', () => {
  it('is safe for the recursive walkers (normalize, YAML for diffs, diff, clone)', async () => {
    const obj = parseJson(deepConfigMap(MAX_NESTING)) as K8sObject;
    const normalized = await normalizeObject(obj, {});
    const text = toYaml(normalized);
    expect(unifiedDiff(text, text.replace(/1/, '2'), 3)).toContain('+');
    expect(tooDeepPath(structuredClone(normalized))).toBeUndefined();
    expect(tooDeepPath(obj, MAX_NESTING - 1)).toEqual(['data', 'x', ...Array(MAX_NESTING - 3).fill(0)]);
  });
});
