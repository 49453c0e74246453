import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findSpecFiles, unmatchedGlobs } from '../../src/load/discover.js';
import { globMatcher } from '../../src/load/glob.js';

const REPO = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/load/repo');

describe('findSpecFiles', () => {
  it('lists YAML and JSON files, sorted, skipping hidden folders and chart templates', async () => {
    expect(await findSpecFiles(REPO)).toEqual([
      'apps/guestbook.yaml',
      'apps/json-app.json',
      'apps/multi-source.yaml',
      'appsets/clusters.yaml',
      'broken/bad-destination.yaml',
      'broken/duplicate.yaml',
      'broken/not-yaml.yaml',
      'charts/app-of-apps/Chart.yaml',
      'charts/app-of-apps/values.yaml',
      'config/argocd.yaml',
      'misc/notes.yaml',
      'misc/tsconfig.json',
      'projects/team-a.yaml',
    ]);
  });

  it('selects by globs: folders, `**`, braces and `!` excludes', async () => {
    expect(await findSpecFiles(REPO, ['apps', 'projects/'])).toEqual([
      'apps/guestbook.yaml',
      'apps/json-app.json',
      'apps/multi-source.yaml',
      'projects/team-a.yaml',
    ]);
    expect(await findSpecFiles(REPO, ['**/*.json'])).toEqual(['apps/json-app.json', 'misc/tsconfig.json']);
    expect(await findSpecFiles(REPO, ['{apps,broken}/*-*.yaml', '!broken/not-*'])).toEqual([
      'apps/multi-source.yaml',
      'broken/bad-destination.yaml',
    ]);
  });

  it('searches a hidden folder only when a glob names it', async () => {
    expect(await findSpecFiles(REPO, ['.argocd/**'])).toEqual(['.argocd/hidden-app.yaml']);
    expect(await findSpecFiles(REPO, ['**/*-app.yaml'])).toEqual([]);
  });

  describe('in a scratch tree', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'load-discover-'));
    });
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('never enters node_modules or .git, even when a glob matches them', async () => {
      await cp(path.join(REPO, 'apps/guestbook.yaml'), path.join(dir, 'node_modules/pkg/app.yaml'), { recursive: true });
      await cp(path.join(REPO, 'apps/guestbook.yaml'), path.join(dir, '.git/app.yaml'), { recursive: true });
      await cp(path.join(REPO, 'apps/guestbook.yaml'), path.join(dir, 'app.yml'));
      expect(await findSpecFiles(dir)).toEqual(['app.yml']);
      expect(await findSpecFiles(dir, ['**/*.yaml', 'node_modules/**', '.git/**'])).toEqual([]);
    });

    it('treats a folder with Chart.yaml at the root as a chart too', async () => {
      await mkdir(path.join(dir, 'templates'));
      await writeFile(path.join(dir, 'Chart.yaml'), 'name: x\n');
      await writeFile(path.join(dir, 'templates/app.yaml'), 'kind: Application\n');
      await mkdir(path.join(dir, 'argocd'));
      await writeFile(path.join(dir, 'argocd/app.yaml'), 'kind: Application\n');
      expect(await findSpecFiles(dir)).toEqual(['Chart.yaml', 'argocd/app.yaml']);
    });
  });
});

describe('unmatchedGlobs', () => {
  const files = ['apps/guestbook.yaml', 'projects/team-a.yaml'];
  it('names each include glob that selects no file; folder forms and `./` count as matching', () => {
    expect(unmatchedGlobs(['apps', './projects/', 'aps/**', '{x,y}/*.yaml'], files)).toEqual(['aps/**', '{x,y}/*.yaml']);
  });
  it('lets a `!` exclude match nothing', () => {
    expect(unmatchedGlobs(['apps/**', '!nowhere/**'], files)).toEqual([]);
  });
});

describe('globMatcher', () => {
  it('keeps `*` within a segment and lets `**` cross folders', () => {
    const m = globMatcher('apps/*.yaml');
    expect(m('apps/a.yaml')).toBe(true);
    expect(m('apps/x/a.yaml')).toBe(false);
    expect(globMatcher('apps/**/*.yaml')('apps/x/y/a.yaml')).toBe(true);
    expect(globMatcher('apps/**/*.yaml')('apps/a.yaml')).toBe(true);
  });

  it('expands braces and matches any of several patterns', () => {
    const m = globMatcher(['env/{dev,prod}/*.{yaml,yml}', 'extra.json']);
    expect(m('env/dev/a.yml')).toBe(true);
    expect(m('env/prod/b.yaml')).toBe(true);
    expect(m('env/test/b.yaml')).toBe(false);
    expect(m('extra.json')).toBe(true);
    expect(globMatcher([])('anything')).toBe(false);
  });

  it('matches dot files only with `dot` or an explicit dot segment', () => {
    expect(globMatcher('**/*.yaml')('.hidden/a.yaml')).toBe(false);
    expect(globMatcher('**/*.yaml', { dot: true })('.hidden/a.yaml')).toBe(true);
    expect(globMatcher('.hidden/*.yaml')('.hidden/a.yaml')).toBe(true);
  });
});
