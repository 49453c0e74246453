// One measured unit of work of the bench, run in its own process (so its CPU and peak RSS are its
// own); prints its report as one JSON line. Invoked by run.mjs only.
//   render REPO CONCURRENCY                 gitops-sync's render of every app
//   raw REPO CONCURRENCY NAMES_JSON [APPS]   the raw tools doing the same work (APPS: comma list to narrow)
//   pr HEAD_DIR BASE_SHA CONCURRENCY         the PR preview (head checked out in HEAD_DIR)
//   diff RESOURCES CHANGED_FRACTION          the diff stage over generated renders
//   sync REPO KUBECONFIG CONTEXT CONCURRENCY gitops-sync's sync of every app
//   kubectl KUBECTL KUBECONFIG CONCURRENCY DIRS_JSON   kubectl apply --server-side + wait per app dir
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { load } from './lib/build.mjs';
import { REPO_URL, SPEC_GLOB } from './lib/generate.mjs';
import { serviceObjects } from './lib/objects.mjs';

const exec = promisify(execFile);
// The project's own helper, so the raw baselines run at exactly the concurrency gitops-sync uses.
const { mapLimited } = await load('async/map-limited.js');
const cacheDir = process.env.GITOPS_SYNC_CACHE || join(homedir(), '.cache', 'gitops-sync');

async function settingsFor(inputs, mode) {
  const { readSettings } = await load('settings.js');
  const all = { 'repo-url': REPO_URL, apps: SPEC_GLOB, ...inputs };
  return readSettings((k) => all[k] ?? '', { mode, installMissingTools: false, cacheDir });
}

function tool(name) {
  for (const dir of [...(process.env.PATH ?? '').split(delimiter), join(cacheDir, 'tools', 'bin')]) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  throw new Error(`${name} not found on PATH or in ${join(cacheDir, 'tools', 'bin')}`);
}

const counts = (rendered) => ({
  apps: rendered.length,
  objects: rendered.reduce((n, a) => n + a.objects.length, 0),
  failed: rendered.filter((a) => a.problems.length > 0).length,
  firstProblem: rendered.flatMap((a) => a.problems.map((p) => `${a.name}: ${p.message}`))[0] ?? '',
});

const commands = {
  async render(repo, concurrency) {
    const { renderRepo } = await load('pipeline/render-repo.js');
    const r = await renderRepo(await settingsFor({ repo, concurrency }, 'render'));
    return { ...counts(r.rendered), problems: r.problems.length };
  },

  async raw(repo, concurrency, namesFile, only) {
    const names = JSON.parse(readFileSync(namesFile, 'utf8'));
    const helm = tool('helm');
    const kustomize = tool('kustomize');
    const jsonnet = tool('jsonnet');
    const read = async (dir) => readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n---\n');
    const jobs = [
      ...names.helm.map((n) => () => exec(helm, ['template', n, join(repo, 'charts/service'), '-f', join(repo, `helm/${n}/values.yaml`), '--namespace', n], { maxBuffer: 1 << 26 })),
      ...names.kustomize.map((n) => async () => {
        const dir = join(repo, `kustomize/overlays/${n}`);
        if (names.images[n]) await exec(kustomize, ['edit', 'set', 'image', names.images[n]], { cwd: dir });
        return exec(kustomize, ['build', dir], { maxBuffer: 1 << 26 });
      }),
      ...names.plain.map((n) => () => read(join(repo, `plain/${n}`))),
      ...names.jsonnet.map((n) => () => exec(jsonnet, ['-J', join(repo, `jsonnet/apps/${n}`), '-J', join(repo, 'jsonnet/lib'), join(repo, `jsonnet/apps/${n}/main.jsonnet`)], { maxBuffer: 1 << 26 })),
      ...names.appSet.map((n) => () => read(join(repo, `fleet/${n.replace(/^fleet-/, '')}`))),
    ];
    const appNames = [...names.helm, ...names.kustomize, ...names.plain, ...names.jsonnet, ...names.appSet];
    const wanted = only ? new Set(only.split(',')) : undefined;
    const selected = jobs.filter((_, i) => !wanted || wanted.has(appNames[i]));
    await mapLimited(selected, Number(concurrency), (job) => job());
    return { apps: selected.length };
  },

  async pr(headDir, baseSha, concurrency) {
    const { checkoutBase } = await load('pipeline/base-checkout.js');
    const { previewPullRequest } = await load('pipeline/pr-preview.js');
    // A cold render cache of its own: the default one is shared by every run on the machine, and a
    // generated repository (fixed seed) hashes the same each time, so later runs would be served from it.
    const own = mkdtempSync(join(tmpdir(), 'bench-cache-'));
    symlinkSync(join(cacheDir, 'tools'), join(own, 'tools'));
    const settings = await settingsFor({ repo: headDir, concurrency, 'cache-dir': own }, 'diff');
    const base = await checkoutBase(headDir, baseSha, { timeoutMs: 60_000 });
    try {
      const r = await previewPullRequest(settings, { headDir, baseDir: base.dir }, { marker: 'bench' });
      return { changed: r.changedApps.length, ...r.baseRenders, headRendered: r.headRenders?.rendered };
    } finally {
      await base.cleanup();
      rmSync(own, { recursive: true, force: true });
    }
  },

  async diff(resources, changedFraction) {
    const { diffApps } = await load('diff/app-diff.js');
    const perApp = serviceObjects('x').length;
    const apps = Math.ceil(Number(resources) / perApp);
    const every = Math.round(1 / Number(changedFraction));
    const base = [];
    const head = [];
    let index = 0;
    for (let a = 0; a < apps; a++) {
      const name = `app-${a}`;
      const spec = { app: { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name, namespace: 'argocd' }, spec: { project: 'default', source: { repoURL: REPO_URL, path: name }, destination: { server: 'https://kubernetes.default.svc', namespace: name } } }, origin: { file: `apps/${name}.yaml`, line: 1 } };
      const tracked = (o) => ({ ...o, metadata: { ...o.metadata, namespace: name, annotations: { 'argocd.argoproj.io/tracking-id': `${name}:${o.apiVersion.split('/').length > 1 ? o.apiVersion.split('/')[0] : ''}/${o.kind}:${name}/${o.metadata.name}` } } });
      const objects = serviceObjects(name, { salt: String(a) }).map(tracked);
      // Every `every`-th resource differs in head by one label.
      const changed = objects.map((o) => {
        const copy = JSON.parse(JSON.stringify(o));
        if (index++ % every === every - 1) copy.metadata.labels = { ...copy.metadata.labels, 'bench/changed': 'yes' };
        return copy;
      });
      base.push({ name, spec, objects, children: [], problems: [], warnings: [] });
      head.push({ name, spec, objects: changed, children: [], problems: [], warnings: [] });
    }
    const cpu = process.cpuUsage();
    const started = performance.now();
    const diffs = await diffApps(base, head);
    const used = process.cpuUsage(cpu);
    return {
      resources: apps * perApp,
      modified: diffs.reduce((n, d) => n + d.counts.modified, 0),
      stageWallS: (performance.now() - started) / 1000,
      stageCpuS: (used.user + used.system) / 1e6,
    };
  },

  async sync(repo, kubeconfig, context, concurrency) {
    const { syncRepo } = await load('pipeline/sync-repo.js');
    const settings = await settingsFor({ repo, concurrency, kubeconfig, 'in-cluster-context': context }, 'sync');
    const warnings = [];
    const onWarning = (w) => warnings.push(String(w.name));
    process.on('warning', onWarning);
    // As the action runs it: Argo CD's default wave delay and one cancellation signal for the run.
    const r = await syncRepo(settings, { waveDelayMs: 2000, signal: new globalThis.AbortController().signal });
    const failed = r.reports.filter((x) => x.outcome.phase !== 'Succeeded');
    const tasks = r.reports.flatMap((x) => x.outcome.tasks);
    return {
      apps: r.reports.length,
      failed: failed.length,
      firstFailure: failed[0] ? `${failed[0].app}: ${failed[0].outcome.message}` : '',
      applied: tasks.filter((t) => t.action === 'created' || t.action === 'configured').length,
      warnings: [...new Set(warnings)].join(','),
    };
  },

  async kubectl(kubectl, kubeconfig, concurrency, dirsFile) {
    const dirs = JSON.parse(readFileSync(dirsFile, 'utf8'));
    const k = (...args) => exec(kubectl, ['--kubeconfig', kubeconfig, ...args], { maxBuffer: 1 << 26 });
    let failed = 0;
    await mapLimited(dirs, Number(concurrency), async ({ dir, namespace }) => {
      await k('apply', '--server-side', '--field-manager', 'bench-kubectl', '-n', namespace, '-f', dir);
      // A wait that times out is reported (the row is flagged), not fatal to the whole bench.
      await k('wait', '-n', namespace, '--for=condition=Available', 'deployment', '--all', '--timeout=300s').catch(() => failed++);
    });
    return { apps: dirs.length, failed };
  },
};

const [command, ...args] = process.argv.slice(2);
const report = await commands[command](...args);
process.stdout.write(`${JSON.stringify(report)}\n`);
