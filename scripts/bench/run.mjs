#!/usr/bin/env node
// `npm run bench`: gitops-sync against the raw tools and kubectl on a generated repository (issue 10).
//   npm run bench -- [--apps 500[,1000]] [--only render,pr,diff,sync] [--runs 3] [--seed 1]
//                    [--concurrency 4] [--resources 10000] [--out docs/bench]
// Stages: full render (with and without kustomize edits) vs helm/kustomize/jsonnet run directly at the
// same concurrency; the PR preview of three PRs vs the raw tools on the changed apps (both sides); the
// diff stage over `--resources` resources with 10% changed; sync of 1 × 1,000 and 20 × 50 resources and
// their no-op re-syncs on a private control plane vs `kubectl apply --server-side` + `kubectl wait`.
// Every subject runs in its own process under /usr/bin/time; runs alternate; medians are reported.
// Writes <out>/latest.json and <out>/latest.md (the markdown table) after every stage. Not part of the tests.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, buildSources } from './lib/build.mjs';
import { generateRepo, git, makePullRequests } from './lib/generate.mjs';
import { alternate, measure, summarize } from './lib/measure.mjs';
import { startCluster, stopCluster, syncWorkload } from './lib/sync-setup.mjs';
import { markdownTable } from './lib/table.mjs';

const { values: args } = parseArgs({
  options: {
    apps: { type: 'string', default: '500' },
    only: { type: 'string', default: 'render,pr,diff,sync' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '4' },
    resources: { type: 'string', default: '10000' },
    out: { type: 'string', default: 'docs/bench' },
  },
});
const sizes = args.apps.split(',').map(Number);
const stages = new Set(args.only.split(','));
const runs = Number(args.runs);
const seed = Number(args.seed);
const C = String(args.concurrency);
const CHILD = join(ROOT, 'scripts', 'bench', 'child.mjs');
const node = (...a) => [process.execPath, CHILD, ...a];
const log = (m) => process.stderr.write(`[bench] ${m}\n`);
const rows = [];

const row = (stage, size, ours, base, target, extra = {}) => {
  const r = { stage, size, ours, baseline: base, ratio: base ? ours.wallS / base.wallS : undefined, cpuRatio: base ? ours.cpuS / base.cpuS : undefined, target, ...extra };
  rows.push(r);
  log(`${stage} ${size}: ${ours.wallS.toFixed(2)} s${base ? ` vs ${base.wallS.toFixed(2)} s (${r.ratio.toFixed(2)}×)` : ''}, ${ours.rssMb.toFixed(0)} MB`);
  return r;
};

function check(what, report) {
  if (report?.failed || report?.problems) log(`WARNING: ${what}: ${JSON.stringify(report)}`);
}

function renderStage(n, edits) {
  const repo = generateRepo({ apps: n, seed, edits });
  // kustomize edits change the overlay in place, as Argo CD does in its own checkout: the raw tools get a copy.
  const rawDir = mkdtempSync(join(tmpdir(), 'bench-raw-'));
  cpSync(repo.dir, rawDir, { recursive: true });
  const namesFile = join(rawDir, 'names.json');
  writeFileSync(namesFile, JSON.stringify(repo.names));
  try {
    const [ours, raw] = alternate(runs, [() => measure(node('render', repo.dir, C), { label: 'render' }), () => measure(node('raw', rawDir, C, namesFile), { label: 'raw render' })]);
    check('render', ours.report);
    const total = n + repo.names.appSet.length;
    row('full render', `${total} apps (${n} + 100 ApplicationSet), ${edits ? 'with' : 'without'} kustomize edits`, ours, raw, '≤ 1.3× raw tools', { apps: total, edits });
  } finally {
    rmSync(repo.dir, { recursive: true, force: true });
    rmSync(rawDir, { recursive: true, force: true });
  }
}

function prStage(n) {
  const repo = generateRepo({ apps: n, seed, edits: true });
  const prs = makePullRequests(repo);
  const baseDir = mkdtempSync(join(tmpdir(), 'bench-base-'));
  git(repo.dir, 'worktree', 'add', '-q', '--detach', baseDir, repo.baseSha);
  const namesFile = join(baseDir, '..', `${baseDir.split('/').pop()}-names.json`);
  writeFileSync(namesFile, JSON.stringify(repo.names));
  const rawCopy = (dir) => {
    const copy = mkdtempSync(join(tmpdir(), 'bench-raw-'));
    cpSync(dir, copy, { recursive: true });
    return copy;
  };
  const targets = { 'pr-one-app': '≤ 5 s and ≤ 2 s + 2× raw', 'pr-base': '≤ 1.3× raw', 'pr-appset': '' };
  try {
    for (const [name, pr] of Object.entries(prs)) {
      git(repo.dir, 'checkout', '-q', pr.sha);
      const [headRaw, baseRaw] = [rawCopy(repo.dir), rawCopy(baseDir)];
      const apps = pr.changedApps.join(',');
      try {
        const [ours, raw] = alternate(runs, [
          () => measure(node('pr', repo.dir, repo.baseSha, C), { label: name }),
          () => {
            const h = measure(node('raw', headRaw, C, namesFile, apps), { label: 'raw head' });
            const b = measure(node('raw', baseRaw, C, namesFile, apps), { label: 'raw base' });
            return { wallS: h.wallS + b.wallS, cpuS: h.cpuS + b.cpuS, rssMb: Math.max(h.rssMb, b.rssMb) };
          },
        ]);
        row(`PR preview: ${name.slice(3)}`, `${n + repo.names.appSet.length} apps, ${pr.changedApps.length} changed`, ours, raw, targets[name], { changed: ours.report?.changed });
      } finally {
        rmSync(headRaw, { recursive: true, force: true });
        rmSync(baseRaw, { recursive: true, force: true });
      }
    }
  } finally {
    git(repo.dir, 'worktree', 'remove', '--force', baseDir);
    rmSync(repo.dir, { recursive: true, force: true });
    rmSync(namesFile, { force: true });
  }
}

function diffStage() {
  const samples = [];
  for (let r = 0; r < runs; r++) samples.push(measure(node('diff', args.resources, '0.1'), { label: 'diff' }));
  const s = summarize(samples);
  // The stage's own CPU and wall (measured inside the process, generation excluded); RSS is the process peak.
  const stage = { wallS: s.report.stageWallS, cpuS: s.report.stageCpuS, rssMb: s.rssMb, report: s.report };
  row('diff stage', `${s.report.resources} resources, ${s.report.modified} changed`, stage, undefined, '≤ 2 s CPU, ≤ 512 MB');
}

function syncStage() {
  const cluster = startCluster(`bench-${process.pid}`);
  const workloads = [
    { id: '1x1000', apps: 1, per: 1000 },
    { id: '20x50', apps: 20, per: 50 },
  ];
  try {
    for (const w of workloads) {
      const samples = { ours: [], oursNoop: [], kubectl: [], kubectlNoop: [] };
      for (let r = 0; r < runs; r++) {
        const subjects = [
          () => {
            const wl = syncWorkload(`b${r}g-${w.id}`, w.apps, w.per);
            cluster.createNamespaces(wl.namespaces);
            const sync = () => measure(node('sync', wl.dir, cluster.kubeconfig, cluster.context, C), { label: 'sync' });
            samples.ours.push(sync());
            samples.oursNoop.push(sync());
            return wl;
          },
          () => {
            const wl = syncWorkload(`b${r}k-${w.id}`, w.apps, w.per);
            cluster.createNamespaces(wl.namespaces);
            const apply = () => measure(node('kubectl', cluster.kubectl, cluster.kubeconfig, C, wl.dirsFile), { label: 'kubectl' });
            samples.kubectl.push(apply());
            samples.kubectlNoop.push(apply());
            return wl;
          },
        ];
        const order = r % 2 ? [1, 0] : [0, 1];
        for (const i of order) {
          const wl = subjects[i]();
          cluster.k('delete', 'namespace', '--wait=true', '--timeout=300s', ...wl.namespaces);
          rmSync(wl.dir, { recursive: true, force: true });
        }
      }
      const [ours, oursNoop, kubectl, kubectlNoop] = [samples.ours, samples.oursNoop, samples.kubectl, samples.kubectlNoop].map(summarize);
      check('sync', ours.report);
      check('kubectl', kubectl.report);
      check('no-op sync', oursNoop.report);
      const size = `${w.apps} app${w.apps > 1 ? 's' : ''} × ${w.per} resources`;
      row('sync', size, ours, kubectl, '≤ 1.5× kubectl', { warnings: ours.report?.warnings });
      row('no-op re-sync', size, oursNoop, kubectlNoop, '≤ 1.2× kubectl', { applied: oursNoop.report?.applied, warnings: oursNoop.report?.warnings });
    }
  } finally {
    stopCluster(cluster);
  }
}

const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, loadAtStart: loadavg().map((l) => Number(l.toFixed(2))) };
log(`building src into node_modules/.cache (tsc)`);
buildSources();
const tools = {};
for (const [t, a] of [['helm', ['version', '--short']], ['kustomize', ['version']], ['jsonnet', ['--version']]]) {
  try {
    tools[t] = execFileSync(t, a, { encoding: 'utf8', env: { ...process.env, PATH: `${process.env.PATH}:${join(process.env.GITOPS_SYNC_CACHE || join(process.env.HOME, '.cache', 'gitops-sync'), 'tools', 'bin')}` } }).trim().split('\n')[0];
  } catch {
    tools[t] = 'not found';
  }
}
const out = resolve(ROOT, args.out);
/** Written after every stage, so a long run that is stopped keeps what it measured. */
function save() {
  const result = { date: new Date().toISOString(), commit: git(ROOT, 'rev-parse', '--short', 'HEAD'), machine: { ...machine, loadAtEnd: loadavg().map((l) => Number(l.toFixed(2))) }, tools, params: { ...args, runs, seed }, rows };
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(out, 'latest.md'), markdownTable(result));
}
const run = (stage, fn) => {
  if (!stages.has(stage)) return;
  fn();
  save();
};
run('diff', diffStage);
run('sync', syncStage);
run('render', () => sizes.forEach((n) => [true, false].forEach((edits) => renderStage(n, edits))));
run('pr', () => prStage(sizes[0]));
process.stdout.write(markdownTable(JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8'))));
