import { describe, expect, it } from '@jest/globals';
import type { AppSpec } from '../../src/model/argocd.js';
import { parseShard, previewShard, selectApps, shardOf } from '../../src/pipeline/select-apps.js';
import { readSettings, SettingsError } from '../../src/settings.js';

const app = (name: string): AppSpec => ({
  app: {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name },
    spec: { project: 'default', destination: { server: 'https://kubernetes.default.svc', namespace: 'x' } },
  },
  origin: { file: 'apps.yaml', line: 1 },
});

describe('selectApps', () => {
  const apps = Array.from({ length: 40 }, (_, i) => app(`app-${i}`));

  it('keeps named apps only when names are given', () => {
    expect(selectApps(apps, ['app-3', 'app-7', 'missing']).map((a) => a.app.metadata.name)).toEqual(['app-3', 'app-7']);
    expect(selectApps(apps, [])).toHaveLength(40);
  });

  it('splits apps into disjoint shards that cover every app', () => {
    const shards = [1, 2, 3].map((index) => selectApps(apps, [], { index, count: 3 }).map((a) => a.app.metadata.name));
    expect(shards.flat().sort()).toEqual(apps.map((a) => a.app.metadata.name).sort());
    expect(new Set(shards.flat()).size).toBe(40);
    for (const s of shards) expect(s.length).toBeGreaterThan(0);
  });

  it('keeps an app in its shard when other apps come and go', () => {
    const before = shardOf('payments', 4);
    const fewer = selectApps([app('payments')], [], { index: before, count: 4 });
    const more = selectApps([...apps, app('payments')], [], { index: before, count: 4 });
    expect(fewer.map((a) => a.app.metadata.name)).toEqual(['payments']);
    expect(more.map((a) => a.app.metadata.name)).toContain('payments');
  });
});

describe('shard input', () => {
  const settingsWith = (shard: string) =>
    readSettings((n) => (n === 'shard' ? shard : ''), { mode: 'render', installMissingTools: false, cacheDir: '/tmp/c' });

  it('parses i/n', () => {
    expect(parseShard(' 2 / 4 ')).toEqual({ index: 2, count: 4 });
    expect(settingsWith('1/1').shard).toEqual({ index: 1, count: 1 });
    expect(settingsWith('').shard).toBeUndefined();
  });

  it.each(['0/3', '4/3', '1/0', 'a/b', '2'])('rejects %s with an error naming the input', (v) => {
    expect(() => settingsWith(v)).toThrow(SettingsError);
    expect(() => settingsWith(v)).toThrow(/^input shard: expected i\/n/);
  });
});

describe('previewShard', () => {
  const withNs = (name: string, namespace: string): AppSpec => {
    const a = app(name);
    a.app.spec.destination.namespace = namespace;
    return a;
  };
  const names = (apps: AppSpec[]) => apps.map((a) => a.app.metadata.name);

  it('puts a renamed app on both sides into the shard of its new name, and every other app into its own', () => {
    // A rename whose old and new names fall into different shards on their own.
    const [oldName, newName] = ['api-v2', 'api'];
    expect(shardOf(oldName, 3)).not.toBe(shardOf(newName, 3));
    const kept = Array.from({ length: 12 }, (_, i) => app(`app-${i}`));
    const base = [...kept, withNs(oldName, 'shared'), withNs('gone', 'gone')];
    const head = [...kept, withNs(newName, 'shared'), withNs('new', 'new')];
    const shards = [1, 2, 3].map((index) => previewShard(base, head, { index, count: 3 }));
    const target = shardOf(newName, 3);
    expect(names(shards[target - 1].base)).toContain(oldName);
    expect(names(shards[target - 1].head)).toContain(newName);
    // Disjoint and complete on each side, like selectApps.
    expect(shards.flatMap((s) => names(s.base)).sort()).toEqual(names(base).sort());
    expect(shards.flatMap((s) => names(s.head)).sort()).toEqual(names(head).sort());
    for (const s of shards) for (const a of [...s.base, ...s.head].filter((x) => x.app.metadata.name !== oldName)) expect(shardOf(a.app.metadata.name, 3)).toBe(shards.indexOf(s) + 1);
  });
});
