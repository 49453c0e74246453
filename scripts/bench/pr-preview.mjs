#!/usr/bin/env node
// Benchmark of the PR preview over a generated repo of N apps (half directory apps, half local Helm
// charts) where the PR changes one: wall time and peak RSS with the base reusing the head's render for
// unchanged apps, and with `render-unchanged: true` (both sides rendered in full). Not part of the tests.
//   node scripts/bench/pr-preview.mjs [N...]      default: 20 100
// Compiles src/ with tsc into node_modules/.cache (packages resolve from there), then runs each
// preview in its own process so its peak RSS is its own.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILD = join(ROOT, 'node_modules', '.cache', 'gitops-sync-bench');
const REPO_URL = 'https://github.com/example/bench.git';
const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@e', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@e' };

const git = (dir, ...args) => execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' }).trim();

function write(dir, path, text) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

function app(name, path) {
  return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
spec:
  project: default
  destination:
    server: https://kubernetes.default.svc
    namespace: ${name}
  source:
    repoURL: ${REPO_URL}
    path: ${path}
`;
}

/** A repo of `n` apps with two commits; the head changes app 0's manifests only. */
function makeRepo(n) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pr-'));
  for (let i = 0; i < n; i++) {
    const name = `app-${i}`;
    if (i % 2 === 0) {
      write(dir, `apps/${name}.yaml`, app(name, `dirs/${name}`));
      write(dir, `dirs/${name}/cm.yaml`, `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  value: "1"\n`);
    } else {
      write(dir, `apps/${name}.yaml`, app(name, `charts/${name}`));
      write(dir, `charts/${name}/Chart.yaml`, `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`);
      write(dir, `charts/${name}/values.yaml`, 'replicas: 1\n');
      write(dir, `charts/${name}/templates/deploy.yaml`, [
        'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: {{ .Release.Name }}', 'spec:', '  replicas: {{ .Values.replicas }}',
        '  selector: {matchLabels: {app: x}}', '  template:', '    metadata: {labels: {app: x}}', '    spec: {containers: [{name: c, image: nginx}]}', '',
      ].join('\n'));
    }
  }
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  write(dir, 'dirs/app-0/cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-0\ndata:\n  value: "2"\n');
  git(dir, 'commit', '-qam', 'head');
  return { dir, baseSha };
}

/** Child process: one preview; prints its numbers as JSON. */
async function child(dir, baseSha, renderUnchanged) {
  const { readSettings } = await import(join(BUILD, 'src', 'settings.js'));
  const { checkoutBase } = await import(join(BUILD, 'src', 'pipeline', 'base-checkout.js'));
  const { previewPullRequest } = await import(join(BUILD, 'src', 'pipeline', 'pr-preview.js'));
  const { defaultCacheDir } = await import(join(BUILD, 'src', 'pipeline', 'render-repo.js'));
  const inputs = { repo: dir, 'repo-url': REPO_URL, 'render-unchanged': String(renderUnchanged) };
  const settings = readSettings((k) => inputs[k] ?? '', { mode: 'diff', installMissingTools: false, cacheDir: defaultCacheDir() });
  const base = await checkoutBase(dir, baseSha, { timeoutMs: 60_000 });
  const started = performance.now();
  const r = await previewPullRequest(settings, { headDir: dir, baseDir: base.dir }, { marker: 'bench' });
  const ms = performance.now() - started;
  await base.cleanup();
  const out = { ms, rssMb: process.resourceUsage().maxRSS / 1024, ...r.baseRenders, changed: r.changedApps.length, fullLength: r.full.length };
  process.stdout.write(JSON.stringify(out));
}

function run(dir, baseSha, renderUnchanged) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', dir, baseSha, String(renderUnchanged)], { encoding: 'utf8' });
  return JSON.parse(out);
}

async function main(sizes) {
  try {
    execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), [
      'src/pipeline/pr-preview.ts', 'src/pipeline/base-checkout.ts', '--outDir', BUILD, '--rootDir', '.',
      '--target', 'ES2022', '--module', 'ES2022', '--moduleResolution', 'Bundler', '--skipLibCheck', '--esModuleInterop', '--resolveJsonModule', '--types', 'node',
    ], { cwd: ROOT, stdio: 'ignore' });
  } catch {
    // Type errors elsewhere in the tree still emit JavaScript.
  }
  console.log('| apps | mode | base renders | wall time | peak RSS |');
  console.log('|---:|---|---:|---:|---:|');
  for (const n of sizes) {
    const repo = makeRepo(n);
    try {
      for (const renderUnchanged of [true, false]) {
        const r = run(repo.dir, repo.baseSha, renderUnchanged);
        const mode = renderUnchanged ? 'render-unchanged: true' : 'default (reuse)';
        console.log(`| ${n} | ${mode} | ${r.rendered} of ${r.rendered + r.reused} | ${(r.ms / 1000).toFixed(2)} s | ${r.rssMb.toFixed(0)} MB |`);
      }
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4], process.argv[5] === 'true');
else await main(process.argv.slice(2).map(Number).filter((n) => n > 0).length ? process.argv.slice(2).map(Number) : [20, 100]);
