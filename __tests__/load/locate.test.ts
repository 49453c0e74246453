// Problems found after loading move to the line of their field, only for the spec they are about.
import { describe, expect, it } from '@jest/globals';
import { fieldPath, locateProblem } from '../../src/load/locate.js';
import { parseDocuments } from '../../src/load/yaml-docs.js';

const TEXT = `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: web
spec:
  sources:
    - repoURL: https://example.com/r.git
      helm:
        valueFiles:
          - a.yaml
          - b.yaml
`;

describe('locateProblem', () => {
  const [doc] = parseDocuments(TEXT, 'apps/web.yaml');
  const loaded = { locators: new Map([['apps/web.yaml:1', { name: 'web', lineOf: doc.lineOf }]]) };
  const problem = { file: 'apps/web.yaml', line: 1, app: 'web', field: 'spec.sources[0].helm.valueFiles[1]', message: 'values file "b.yaml" not found' };

  it('parses dotted fields with indices', () => {
    expect(fieldPath('spec.sources[0].helm.valueFiles[1]')).toEqual(['spec', 'sources', 0, 'helm', 'valueFiles', 1]);
  });

  it("moves the problem to its field's line", () => {
    expect(locateProblem(problem, loaded)).toEqual({ ...problem, line: 11 });
  });

  it('leaves problems of other objects from the same document alone (a generated or rendered app)', () => {
    expect(locateProblem({ ...problem, app: 'web-child' }, loaded)).toEqual({ ...problem, app: 'web-child' });
    expect(locateProblem({ ...problem, line: 12 }, loaded).line).toBe(12);
  });
});
