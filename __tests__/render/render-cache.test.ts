// The content-addressed render cache: a render whose input hash is cached is served from the cache
// (not rendered), a changed input renders anew, failures are never stored, and pruning keeps the
// cache within its size bound by dropping the least recently used entries.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppSpec } from '../../src/model/argocd.js';
import { openRenderCache, writeOnly } from '../../src/render/cache/render-cache.js';
import { createInputHasher } from '../../src/render/inputs/app-inputs.js';
import { renderAll } from '../../src/render/render-all.js';
import type { RenderContext } from '../../src/render/types.js';
import { createToolLocator } from '../../src/render/tools/locator.js';

const URL = 'https://git.example.com/gitops.git';
let repo: string;
let cacheDir: string;

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'render-cache-repo-'));
  cacheDir = mkdtempSync(join(tmpdir(), 'render-cache-'));
  mkdirSync(join(repo, 'cm'));
  writeFileSync(join(repo, 'cm', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  color: blue\n');
});
afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

function app(path: string): AppSpec {
  return {
    app: {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: 'settings' },
      spec: { project: 'default', destination: { namespace: 'team' }, source: { repoURL: URL, path } },
    },
    origin: { file: 'apps.yaml', line: 1 },
  } as AppSpec;
}

/** A fresh context per run, as each run has its own hasher; the cache directory persists. */
function context(): RenderContext {
  const repos = { gitDir: async () => repo, helmChart: async () => repo };
  const base = { repoRoot: repo, repos, tools: createToolLocator({ download: false }), timeoutMs: 10_000 };
  return { ...base, inputs: createInputHasher({ ...base, toolVersion: async () => '' }), cache: openRenderCache(cacheDir) };
}

function entries(): string[] {
  return readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.json')).map((p) => join(cacheDir, p));
}

describe('render cache', () => {
  it('serves an app with unchanged inputs from the cache and renders it again when an input changes', async () => {
    const [first] = await renderAll([app('cm')], context(), { concurrency: 1 });
    expect(first.objects[0].data).toEqual({ color: 'blue' });
    expect(entries()).toHaveLength(1);

    // Mark the stored entry: a run that returns the mark was served from the cache.
    const [entry] = entries();
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('"blue"', '"from-cache"'));
    const [second] = await renderAll([app('cm')], context(), { concurrency: 1 });
    expect(second.objects[0].data).toEqual({ color: 'from-cache' });

    writeFileSync(join(repo, 'cm', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  color: red\n');
    const [third] = await renderAll([app('cm')], context(), { concurrency: 1 });
    expect(third.objects[0].data).toEqual({ color: 'red' });
    expect(entries()).toHaveLength(2);
  });

  it('never stores a failed render, and a torn entry is rendered instead', async () => {
    writeFileSync(join(repo, 'cm', 'bad.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: [\n');
    const [failed] = await renderAll([app('cm')], context(), { concurrency: 1 });
    expect(failed.problems).toHaveLength(1);
    expect(entries()).toHaveLength(0);

    rmSync(join(repo, 'cm', 'bad.yaml'));
    await renderAll([app('cm')], context(), { concurrency: 1 });
    writeFileSync(entries()[0], '{"objects": [');
    const [again] = await renderAll([app('cm')], context(), { concurrency: 1 });
    expect(again.objects[0].data).toEqual({ color: 'blue' });
  });

  it('write-only (a sync): stores every render but never serves one', async () => {
    const ctx = { ...context(), cache: writeOnly(openRenderCache(cacheDir)) };
    await renderAll([app('cm')], ctx, { concurrency: 1 });
    const [entry] = entries();
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('"blue"', '"from-cache"'));
    const [again] = await renderAll([app('cm')], { ...context(), cache: writeOnly(openRenderCache(cacheDir)) }, { concurrency: 1 });
    expect(again.objects[0].data).toEqual({ color: 'blue' });
    // What the sync stored (again, over the marked entry) is what the next preview reads.
    expect(readFileSync(entry, 'utf8')).toContain('"blue"');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('"blue"', '"from-cache"'));
    const [preview] = await renderAll([app('cm')], context(), { concurrency: 1 });
    expect(preview.objects[0].data).toEqual({ color: 'from-cache' });
    expect(entries()).toHaveLength(1);
  });

  it('prunes the least recently used entries beyond its size bound', async () => {
    const cache = openRenderCache(cacheDir, 2500);
    const hash = (i: number) => String(i).padStart(64, '0');
    const big = { objects: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: { pad: 'x'.repeat(1000) } }], warnings: [] };
    for (let i = 0; i < 4; i++) {
      await cache.put(hash(i), big);
      const t = new Date(Date.UTC(2026, 0, 1, 0, i));
      utimesSync(join(cacheDir, hash(i).slice(0, 2), `${hash(i)}.json`), t, t);
    }
    // Reading entry 0 makes it the most recently used.
    expect(await cache.get(hash(0))).toEqual(big);
    await cache.prune();
    expect(await cache.get(hash(0))).toEqual(big);
    expect(await cache.get(hash(3))).toEqual(big);
    expect(await cache.get(hash(1))).toBeUndefined();
    expect(await cache.get(hash(2))).toBeUndefined();
  });
});
