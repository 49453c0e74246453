import { parseDocuments } from '../../src/load/yaml-docs.js';

const MULTI = `# leading comment
a: 1
---
---
kind: Application
spec:
  sources:
    - repoURL: x
      helm:
        valueFiles:
          - one.yaml
          - two.yaml
    - repoURL: y
  base: &base
    server: s
  copy: *base
`;

describe('parseDocuments', () => {
  it('gives each document its value, content start line and index', () => {
    const docs = parseDocuments(MULTI, 'f.yaml');
    expect(docs.map((d) => [d.index, d.line])).toEqual([
      [0, 2],
      [1, 3],
      [2, 5],
    ]);
    expect(docs[0].value).toEqual({ a: 1 });
    expect(docs[1].value).toBeNull();
    expect(docs.every((d) => d.error === undefined)).toBe(true);
  });

  it('finds the line of a field path, through sequences and aliases', () => {
    const doc = parseDocuments(MULTI, 'f.yaml')[2];
    expect(doc.lineOf(['spec', 'sources', 0, 'helm', 'valueFiles', 1])).toBe(12);
    expect(doc.lineOf(['spec', 'sources', 1, 'repoURL'])).toBe(13);
    expect(doc.lineOf(['spec', 'copy', 'server'])).toBe(15);
  });

  it('falls back to the deepest existing ancestor for a missing field', () => {
    const doc = parseDocuments(MULTI, 'f.yaml')[2];
    expect(doc.lineOf(['spec', 'sources', 1, 'path'])).toBe(13);
    expect(doc.lineOf(['spec', 'destination', 'server'])).toBe(6);
    expect(doc.lineOf([])).toBe(5);
  });

  it('reports a YAML error with its line and keeps the other documents', () => {
    const text = 'kind: A\n---\nkind: B\nspec: {x: [1\n---\nkind: C\n';
    const docs = parseDocuments(text, 'bad.yaml');
    expect(docs[0].value).toEqual({ kind: 'A' });
    expect(docs[1].value).toBeUndefined();
    // The parser notices the unclosed `[` where the document ends.
    expect(docs[1].error).toMatchObject({ file: 'bad.yaml', line: 5 });
    expect(docs[1].error?.message).toMatch(/^invalid YAML: /);
    expect(docs[1].text).toContain('kind: B');
    expect(docs[2].value).toEqual({ kind: 'C' });
  });

  it('reports duplicate keys as errors', () => {
    const [doc] = parseDocuments('a: 1\nb: 2\na: 3\n', 'dup.yaml');
    expect(doc.error).toMatchObject({ file: 'dup.yaml', line: 3 });
  });

  it('reads values the way Kubernetes does: YAML 1.1 booleans and octals, dates and times as strings', () => {
    const [doc] = parseDocuments('a: yes\nb: off\nc: 0755\nd: 2024-01-31\ne: 10:30\nf: "yes"\n', 'v.yaml');
    expect(doc.value).toEqual({ a: true, b: false, c: 493, d: '2024-01-31', e: '10:30', f: 'yes' });
  });

  it('parses JSON with positions', () => {
    const [doc] = parseDocuments('{\n  "kind": "Application",\n  "spec": {\n    "project": 3\n  }\n}\n', 'a.json');
    expect(doc.value).toEqual({ kind: 'Application', spec: { project: 3 } });
    expect(doc.lineOf(['spec', 'project'])).toBe(4);
  });
});
