// Runs one measured process under /usr/bin/time: wall time, CPU (user + system, the process and every
// child it waited for: helm, kustomize, jsonnet) and peak RSS (the largest process of that tree).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** Runs `argv`; its stdout's last line, when JSON, is returned as `report`. Throws on failure. */
export function measure(argv, { cwd, env, label } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const out = join(dir, 'time');
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', out, '--', ...argv], { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallS = (performance.now() - started) / 1000;
  const timeLine = readFileSync(out, 'utf8').trim().split('\n').pop();
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`${label ?? argv.join(' ')} failed (${r.status}): ${(r.stderr || r.stdout).slice(-2000)}`);
  const [user, sys, maxKb] = timeLine.split(' ').map(Number);
  const last = r.stdout.trim().split('\n').pop() ?? '';
  let report;
  try {
    report = JSON.parse(last);
  } catch {
    report = undefined;
  }
  return { wallS, cpuS: user + sys, rssMb: maxKb / 1024, report };
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs each of `subjects` `runs` times, alternating which goes first; medians per subject. */
export function alternate(runs, subjects) {
  const samples = subjects.map(() => []);
  for (let r = 0; r < runs; r++) {
    const order = subjects.map((_, i) => i);
    if (r % 2 === 1) order.reverse();
    for (const i of order) samples[i].push(subjects[i](r));
  }
  return samples.map((s) => summarize(s));
}

/** Medians of wall, CPU and RSS (and of any numeric field the reports share). */
export function summarize(samples) {
  const out = { runs: samples.length };
  for (const k of ['wallS', 'cpuS', 'rssMb']) out[k] = median(samples.map((s) => s[k]));
  const reports = samples.map((s) => s.report).filter(Boolean);
  if (reports.length) {
    out.report = {};
    for (const [k, v] of Object.entries(reports[0])) out.report[k] = typeof v === 'number' ? median(reports.map((x) => x[k])) : v;
  }
  return out;
}
