// Matrix/merge with children that yield nothing or are malformed, and pull request filters: results and
// error messages exactly as Argo CD's applicationset controller produces them.
import { runGenerator } from '../../src/appset/generators/index.js';
import { compileFilters, passesFilters, pullRequestParams } from '../../src/appset/generators/pull-request.js';
import { GoRegexp } from '../../src/appset/gotemplate/goregexp.js';
import type { GenContext, Generator, PullRequestFilter, PullRequestInfo } from '../../src/appset/types.js';

const ctx = (goTemplate = false): GenContext => ({ repoRoot: '/nonexistent', appSetName: 'test', clusters: [], goTemplate, goTemplateOptions: [], applyNestedSelectors: false, notes: [] });
const list = (...elements: Record<string, unknown>[]): Generator => ({ list: { elements } });
const empty = list();
const ab = list({ k: 'a' }, { k: 'b' });
const xy = list({ v: 'x' }, { v: 'y' });
const matrix = (...generators: Generator[]): Generator => ({ matrix: { generators } });
const merge = (...generators: Generator[]): Generator => ({ merge: { mergeKeys: ['k'], generators } });
const params = async (gen: Generator) => (await runGenerator(gen, ctx()))[0].params;
const thrown = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return 'nothing thrown';
};

describe('matrix and merge children', () => {
  const MATRIX_CHILD = 'child generator returned an error on parameter generation: ';
  test.each<[string, Generator, Record<string, unknown>[] | string]>([
    ['matrix: first child yields nothing', matrix(empty, xy), []],
    ['matrix: second child yields nothing', matrix(ab, empty), []],
    ['matrix: both yield', matrix(ab, xy), [{ k: 'a', v: 'x' }, { k: 'a', v: 'y' }, { k: 'b', v: 'x' }, { k: 'b', v: 'y' }]],
    ['matrix: no children', matrix(), 'found less than two generators, Matrix support only two'],
    ['matrix: one child', matrix(ab), 'found less than two generators, Matrix support only two'],
    ['matrix: three children', matrix(ab, xy, empty), 'found more than two generators, Matrix support only two'],
    ['matrix: an empty child entry', matrix({}, xy), 'error failed to get params for first generator in matrix generator: child generator generated no parameters'],
    ['matrix: a child with two kinds', matrix(ab, { ...xy, ...list({ z: '1' }), clusters: {} }), 'failed to get params for second generator in the matrix generator: found more than one generator in matrix.Generators'],
    ['matrix: nested matrix yielding nothing', matrix(matrix(ab, empty), xy), []],
    ['matrix: nested matrix', matrix(matrix(ab, list({ n: '1' })), xy), [{ k: 'a', n: '1', v: 'x' }, { k: 'a', n: '1', v: 'y' }, { k: 'b', n: '1', v: 'x' }, { k: 'b', n: '1', v: 'y' }]],
    ['matrix: nested matrix with one child', matrix(matrix(ab), xy), `error failed to get params for first generator in matrix generator: ${MATRIX_CHILD}found less than two generators, Matrix support only two`],
    // A third level is not part of Argo CD's schema: the innermost matrix is dropped, leaving an empty child.
    [
      'matrix: a third level of nesting',
      matrix(matrix(matrix(ab, xy), xy), xy),
      `error failed to get params for first generator in matrix generator: ${MATRIX_CHILD}error failed to get params for first generator in matrix generator: child generator generated no parameters`,
    ],
    ['merge: base yields nothing', merge(empty, ab), []],
    ['merge: override yields nothing', merge(ab, empty), [{ k: 'a' }, { k: 'b' }]],
    ['merge: overrides matching sets only', merge(ab, list({ k: 'b', v: 'o' }, { k: 'c', v: 'dropped' })), [{ k: 'a' }, { k: 'b', v: 'o' }]],
    ['merge: one child', merge(ab), 'found less than two generators, Merge requires two or more'],
    ['merge: no mergeKeys', { merge: { mergeKeys: [], generators: [ab, xy] } }, 'error getting param sets by merge key: no merge keys were specified, Merge requires at least one'],
    ['merge: no mergeKeys, children empty', { merge: { mergeKeys: [], generators: [empty, empty] } }, 'error getting param sets by merge key: no merge keys were specified, Merge requires at least one'],
    ['merge: an empty child entry', merge(ab, {}), 'error getting param sets from generators: error getting params from generator 2 of 2: child generator generated no parameters'],
    ['merge: nested matrix yielding nothing', merge(ab, matrix(ab, empty)), [{ k: 'a' }, { k: 'b' }]],
    ['merge: nested merge', merge(merge(ab, list({ k: 'a', m: '1' })), list({ k: 'b', o: '2' })), [{ k: 'a', m: '1' }, { k: 'b', o: '2' }]],
    [
      'merge: nested merge with one child',
      merge(ab, merge(ab)),
      'error getting param sets from generators: error getting params from generator 2 of 2: child generator returned an error on parameter generation: found less than two generators, Merge requires two or more',
    ],
  ])('%s', async (_name, gen, want) => {
    if (typeof want === 'string') await expect(params(gen)).rejects.toHaveProperty('message', want);
    else expect(await params(gen)).toEqual(want);
  });

  test('a top-level entry with no generator yields nothing and says so; a nested one is an error', async () => {
    const c = ctx();
    expect(await runGenerator({}, c)).toEqual([]);
    expect(c.notes).toEqual(['a generator entry sets no generator kind and yields nothing']);
    await expect(runGenerator(matrix(ab, { selector: { matchLabels: { k: 'a' } } }), ctx())).rejects.toThrow('child generator generated no parameters');
  });
});

describe('pull request filters', () => {
  const pr: PullRequestInfo = { number: 7, branch: 'feature/login', targetBranch: 'main', headSha: 'a'.repeat(40), title: 'WIP: add login', labels: ['preview'] };
  const passes = (filters: PullRequestFilter[], p = pr) => passesFilters(compileFilters(filters), p);

  test.each<[string, PullRequestFilter[], boolean]>([
    ['no filters', [], true],
    ['branchMatch is unanchored', [{ branchMatch: 'login' }], true],
    ['anchored branchMatch', [{ branchMatch: '^login' }], false],
    ['targetBranchMatch', [{ targetBranchMatch: '^main$' }], true],
    ['titleMatch', [{ titleMatch: '^WIP:' }], true],
    ['titleMatch miss', [{ titleMatch: '^\\[ready\\]' }], false],
    ['AND within one entry: one field misses', [{ branchMatch: '^feature/', targetBranchMatch: '^release-' }], false],
    ['AND within one entry: all match', [{ branchMatch: '^feature/', targetBranchMatch: '^main$', titleMatch: 'login' }], true],
    ['OR across entries', [{ branchMatch: '^hotfix/' }, { titleMatch: 'login$' }], true],
    ['OR across entries: none match', [{ branchMatch: '^hotfix/' }, { targetBranchMatch: 'dev' }], false],
    ['an empty entry matches everything', [{ branchMatch: '^hotfix/' }, {}], true],
    ['Go flags group', [{ titleMatch: '(?i)^wip' }], true],
    ['POSIX class', [{ branchMatch: '^[[:alpha:]]+/[[:lower:]]+$' }], true],
    ['POSIX class miss', [{ branchMatch: '^[[:digit:]]+' }], false],
    ['\\Q...\\E literal', [{ titleMatch: '^\\QWIP:\\E' }], true],
  ])('%s', (_name, filters, want) => {
    expect(passes(filters)).toBe(want);
  });

  test('a missing title is the empty string', () => {
    expect(passes([{ titleMatch: '^$' }], { ...pr, title: undefined })).toBe(true);
  });

  test.each<[string, string]>([
    ['(?=x)', 'error parsing regexp: invalid or unsupported Perl syntax: `(?=`'],
    ['a(?!b)', 'error parsing regexp: invalid or unsupported Perl syntax: `(?!`'],
    // Go reads `(?<` as the start of a named group (checked against Argo CD's code by the differential suite).
    ['(?<=a)b', 'error parsing regexp: invalid named capture: `(?<=a)b`'],
    ['(?<!a)b', 'error parsing regexp: invalid named capture: `(?<!a)b`'],
    ['(a)\\1', 'error parsing regexp: invalid escape sequence: `\\1`'],
    ['\\k<n>', 'error parsing regexp: invalid escape sequence: `\\k`'],
    ['a\\Z', 'error parsing regexp: invalid escape sequence: `\\Z`'],
  ])('RE2 rejects %s', (pattern, message) => {
    expect(thrown(() => new GoRegexp(pattern))).toBe(message);
  });

  test('escaped parentheses and classes are not mistaken for lookarounds', () => {
    expect(new GoRegexp('\\(?=').matchString('=')).toBe(true);
    expect(new GoRegexp('[(?=]+').matchString('?')).toBe(true);
    expect(new GoRegexp('[]a]').matchString(']')).toBe(true);
  });

  test('a bad regex fails the generator, naming the filter, even outside a pull request', () => {
    const c = ctx();
    expect(thrown(() => pullRequestParams({ github: {}, filters: [{ branchMatch: 'x' }, { titleMatch: '(?!wip)' }] }, c))).toBe(
      'error compiling TitleMatch regexp "(?!wip)" (filters[1].titleMatch): error parsing regexp: invalid or unsupported Perl syntax: `(?!`',
    );
    expect(c.notes).toEqual([]);
  });

  test('the generator applies filters and provider labels to the current pull request', () => {
    const run = (gen: Parameters<typeof pullRequestParams>[0]) => pullRequestParams(gen, { ...ctx(), pullRequest: pr }).map((p) => p.number);
    expect(run({ github: {}, filters: [{ titleMatch: '^WIP' }] })).toEqual(['7']);
    expect(run({ github: {}, filters: [{ titleMatch: '^Ready' }] })).toEqual([]);
    expect(run({ gitlab: { labels: ['preview'] }, filters: [{ branchMatch: '^feature/' }] })).toEqual(['7']);
    expect(run({ gitlab: { labels: ['preview', 'deploy'] } })).toEqual([]);
  });
});
