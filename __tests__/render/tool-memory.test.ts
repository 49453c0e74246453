// Every render tool runs under the memory limit: a Jsonnet memory bomb in one app is stopped and is
// that app's clear error, while the app beside it renders (renderRepo with the real tools).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { renderRepo } from '../../src/pipeline/render-repo.js';
import { readSettings } from '../../src/settings.js';

const onLinux = process.platform === 'linux' ? it : it.skip;
const REPO_URL = 'https://github.com/example/memory.git';
const app = (name: string, path: string) =>
  JSON.stringify({
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name, namespace: 'argocd' },
    spec: {
      project: 'default',
      source: { repoURL: REPO_URL, targetRevision: 'HEAD', path },
      destination: { server: 'https://kubernetes.default.svc', namespace: 'demo' },
    },
  });

describe('tool memory limit', () => {
  let dir: string;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  onLinux('stops a Jsonnet memory bomb as its app\'s error; the app beside it renders', async () => {
    dir = mkdtempSync(join(tmpdir(), 'tool-memory-'));
    const files: Record<string, string> = {
      'apps.yaml': [app('bomb', 'bomb'), app('fine', 'fine')].join('\n---\n'),
      // Thirty million array elements: go-jsonnet passes 1 GiB within seconds.
      'bomb/main.jsonnet': "{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'bomb' }, data: { n: std.toString(std.length(std.makeArray(30000000, function(i) i))) } }\n",
      'fine/main.jsonnet': "{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'fine' }, data: { n: std.toString(std.length(std.makeArray(1000, function(i) i))) } }\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const inputs: Record<string, string> = { repo: dir, 'repo-url': REPO_URL, 'tool-memory-mib': '256' };
    const settings = readSettings((n) => inputs[n] ?? '', { mode: 'render', installMissingTools: false, cacheDir: join(dir, '.cache') });
    const result = await renderRepo(settings);

    const byName = Object.fromEntries(result.rendered.map((a) => [a.name, a]));
    expect(byName.fine.problems).toEqual([]);
    expect(byName.fine.objects.map((o) => o.metadata.name)).toEqual(['fine']);
    expect(byName.bomb.objects).toEqual([]);
    expect(byName.bomb.problems).toHaveLength(1);
    expect(byName.bomb.problems[0]).toMatchObject({ app: 'bomb', field: 'spec.source.path' });
    expect(byName.bomb.problems[0].message).toBe('evaluating jsonnet "main.jsonnet" used more than 256 MiB of memory and was stopped');
  }, 60_000);
});
