// How fast Lua health is for many objects: every object of Argo CD's health corpus (built-in scripts,
// run in the Lua worker), repeated to COUNT evaluations. Prints evaluations per second.
//
// Usage: node --import ./scripts/ts-worker-loader.mjs scripts/bench/health-lua.ts [COUNT]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { CORPUS } from '../argocd/health-corpus.js';
import { healthOf } from '../../src/health/health.js';
import type { K8sObject } from '../../src/model/k8s.js';

const count = Number(process.argv[2] ?? 3000);
const objects = readdirSync(CORPUS, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.parentPath.endsWith('testdata') && e.name.endsWith('.yaml'))
  .map((e) => parseAllDocuments(readFileSync(join(e.parentPath, e.name), 'utf8'), { uniqueKeys: false })[0])
  .filter((d) => d && 'toJS' in d && d.errors.length === 0)
  .map((d) => (d as { toJS(): unknown }).toJS() as K8sObject)
  .filter((o) => o && typeof o.kind === 'string' && typeof o.apiVersion === 'string');

healthOf(objects[0]); // starts the worker
const started = process.hrtime.bigint();
for (let i = 0; i < count; i++) healthOf(objects[i % objects.length]);
const ms = Number(process.hrtime.bigint() - started) / 1e6;
console.log(`${count} Lua health evaluations (${objects.length} distinct objects): ${ms.toFixed(0)} ms, ${((count / ms) * 1000).toFixed(0)}/s`);
