// The bench's markdown: the machine, then one row per measurement with medians and ratios.
const s = (x) => (x === undefined ? '' : `${x.toFixed(2)} s`);
const mb = (x) => (x === undefined ? '' : `${x.toFixed(0)} MB`);
const ratio = (x) => (x === undefined ? '' : `${x.toFixed(2)}×`);

export function markdownTable(result) {
  const m = result.machine;
  const lines = [
    `Measured ${result.date.slice(0, 16).replace('T', ' ')} UTC at ${result.commit}: ${m.cpus} × ${m.cpu}, ${m.memoryGb} GB, Node ${m.node}; ` +
      `load average ${m.loadAtStart.join(' / ')} at the start, ${m.loadAtEnd.join(' / ')} at the end (a shared machine). ` +
      `${Object.entries(result.tools).map(([k, v]) => `${k} ${v}`).join(', ')}. Medians of ${result.params.runs} alternated runs, concurrency ${result.params.concurrency}.`,
    '',
    '| stage | size | gitops-sync wall | CPU | peak RSS | baseline wall | CPU | peak RSS | wall ratio | CPU ratio | target |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of result.rows) {
    const b = r.baseline ?? {};
    lines.push(`| ${r.stage} | ${r.size} | ${s(r.ours.wallS)} | ${s(r.ours.cpuS)} | ${mb(r.ours.rssMb)} | ${s(b.wallS)} | ${s(b.cpuS)} | ${mb(b.rssMb)} | ${ratio(r.ratio)} | ${ratio(r.cpuRatio)} | ${r.target} |`);
  }
  lines.push('', 'Baselines: full render and PR preview — helm template / kustomize (edit +) build / jsonnet run directly at the same concurrency (PR: the changed apps, head and base); sync — `kubectl apply --server-side` + `kubectl wait --for=condition=Available` per app at the same concurrency. The diff stage is measured inside its process (CPU of the stage; RSS of the process).', '');
  return lines.join('\n');
}
