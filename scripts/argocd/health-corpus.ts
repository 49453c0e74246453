// Argo CD's own health test corpus (every resource_customizations/**/health_test.yaml of the pinned
// release, generated into generated/argocd) run through src/health, the way util/lua's
// TestLuaHealthScript runs it: the script Argo CD would pick for the object, its status, message and
// deletionMessage compared. Two modes: as built-ins, and with each script handed over through argocd-cm.
//
// Usage: node --import ./scripts/ts-worker-loader.mjs scripts/argocd/health-corpus.ts [builtin|argocd-cm]
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { healthCheckOf } from '../../src/health/health.js';
import { builtinHealthScript } from '../../src/health/lua/builtin-scripts.js';
import type { K8sObject } from '../../src/model/k8s.js';
import { groupOf } from '../../src/model/k8s.js';

export const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'generated', 'argocd', 'resource_customizations');

export type CorpusMode = 'builtin' | 'argocd-cm';

interface Expected {
  status: string;
  message?: string;
  deletionMessage?: string;
}

export interface CorpusReport {
  total: number;
  passed: number;
  failures: string[];
}

export function runCorpus(mode: CorpusMode): CorpusReport {
  const report: CorpusReport = { total: 0, passed: 0, failures: [] };
  for (const dir of testDirs(CORPUS)) {
    const doc = loadYaml(join(dir, 'health_test.yaml')) as { tests: Record<string, unknown>[] };
    for (const test of doc.tests) {
      // sigs.k8s.io/yaml matches field names case-insensitively (one file says `inputpath`).
      const input = String(test.inputPath ?? test.inputpath);
      const want = test.healthStatus as Expected;
      const obj = loadYaml(join(dir, input)) as K8sObject;
      const got = healthCheckOf(obj, mode === 'argocd-cm' ? { argocdCm: asArgocdCm(obj) } : {});
      const wanted = { status: want.status, message: want.message ?? '', deletionMessage: want.deletionMessage ?? '' };
      const actual = { status: got?.status ?? '', message: got?.message ?? '', deletionMessage: got?.deletionMessage ?? '' };
      report.total++;
      if (JSON.stringify(actual) === JSON.stringify(wanted)) report.passed++;
      else report.failures.push(`${join(dir, input).slice(CORPUS.length + 1)}: want ${JSON.stringify(wanted)}, got ${JSON.stringify(actual)}`);
    }
  }
  return report;
}

function testDirs(root: string): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name === 'health_test.yaml')
    .map((e) => e.parentPath)
    .sort();
}

/** The script Argo CD picks for the object, as an argocd-cm split key with useOpenLibs. */
function asArgocdCm(obj: K8sObject): Record<string, string> {
  const group = groupOf(obj.apiVersion);
  const found = builtinHealthScript(group, obj.kind);
  if (!found) return {};
  const key = group === '' ? obj.kind : `${group}_${obj.kind}`;
  return { [`resource.customizations.health.${key}`]: found.script, [`resource.customizations.useOpenLibs.${key}`]: 'true' };
}

/**
 * YAML as Argo CD's tests read it (sigs.k8s.io/yaml: the first document). go-yaml also accepts a multi-line quoted scalar whose
 * continuation lines are indented no deeper than its key, which the yaml package rejects; such lines
 * are indented before a second parse.
 */
function loadYaml(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  const doc = firstDocument(text);
  if (doc.errors.length === 0) return doc.toJS();
  const retry = firstDocument(indentQuotedContinuations(text));
  if (retry.errors.length > 0) throw new Error(`${file}: ${retry.errors[0].message}`);
  return retry.toJS();
}

function firstDocument(text: string) {
  // go-yaml v2 lets a repeated key's last value win.
  const [first] = parseAllDocuments(text, { uniqueKeys: false });
  if (!first || !('toJS' in first)) throw new Error('no YAML document');
  return first;
}

function indentQuotedContinuations(text: string): string {
  let open: string | undefined;
  return text
    .split('\n')
    .map((line) => {
      const out = open ? `    ${line}` : line;
      const start = open ? 0 : line.search(/:\s+['"]/);
      if (start >= 0) {
        const body = open ? line : line.slice(line.indexOf(':', start) + 1).trimStart();
        const quote = open ?? body[0];
        const rest = open ? body : body.slice(1);
        const stripped = quote === "'" ? rest.replaceAll("''", '') : rest.replace(/\\./g, '');
        open = stripped.includes(quote) ? undefined : quote;
      }
      return out;
    })
    .join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const mode of (process.argv[2] ? [process.argv[2]] : ['builtin', 'argocd-cm']) as CorpusMode[]) {
    const r = runCorpus(mode);
    for (const f of r.failures) console.log(`  ${f}`);
    console.log(`Argo CD health corpus as ${mode}: ${r.passed}/${r.total} identical (status, message, deletionMessage)`);
  }
}
