// Debug lines (ACTIONS_STEP_DEBUG / --debug): the stages say which apps they found, each tool command
// they ran with its exit and time, per-app results and stage timings; nothing is built without a sink.
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { debug, setDebugSink } from '../../src/log/debug.js';
import { renderRepo } from '../../src/pipeline/render-repo.js';
import { readSettings } from '../../src/settings.js';

const REPO_URL = 'https://github.com/example/debug.git';
let dir: string | undefined;
afterEach(() => {
  setDebugSink(undefined);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('debug lines', () => {
  it('name the apps found, the tool commands run and the stage timings', async () => {
    dir = mkdtempSync(join(tmpdir(), 'debug-lines-'));
    mkdirSync(join(dir, 'web'));
    writeFileSync(
      join(dir, 'app.yaml'),
      `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: web, namespace: argocd}
spec:
  project: default
  source: {repoURL: ${REPO_URL}, path: web}
  destination: {server: https://kubernetes.default.svc, namespace: web}
`,
    );
    writeFileSync(join(dir, 'web', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {a: b}\n');
    const lines: string[] = [];
    setDebugSink((m) => lines.push(m));
    const inputs: Record<string, string> = { repo: dir, 'repo-url': REPO_URL, apps: 'app.yaml' };
    const settings = readSettings((n) => inputs[n] ?? '', { mode: 'render', installMissingTools: false, cacheDir: join(dir, '.cache') });
    const result = await renderRepo(settings);

    expect(result.rendered.map((a) => a.name)).toEqual(['web']);
    expect(lines).toContain('found 1 Application(s): web; 0 ApplicationSet(s); 0 problem(s)');
    expect(lines).toContain(`run git rev-parse HEAD (in ${dir})`);
    expect(lines.some((l) => /^git rev-parse: exit \d+ after \d+ ms$/.test(l))).toBe(true);
    expect(lines).toContain('rendering 1 app(s) (1 selected, 0 from ApplicationSets)');
    expect(lines).toContain('web: 1 object(s), 0 problem(s)');
    expect(lines.some((l) => /^load specs in .*: \d+ ms$/.test(l))).toBe(true);
    expect(lines.some((l) => /^render 1 app\(s\): \d+ ms$/.test(l))).toBe(true);
  });

  it('builds no message while no sink is set', () => {
    let built = 0;
    debug(() => `x${++built}`);
    expect(built).toBe(0);
    const lines: string[] = [];
    setDebugSink((m) => lines.push(m));
    debug(() => `x${++built}`);
    expect(lines).toEqual(['x1']);
  });
});
