// A .jsonnet file of a directory source, evaluated like Argo CD's makeJsonnetVM: ext vars and TLAs
// (values env-substituted, `code` picks the -code flavour), import paths = app dir then libs (relative
// to the repo root; right-most wins, as in go-jsonnet). Every import is checked with jsonnet-deps
// before jsonnet runs (jsonnet-imports.ts).
import { basename } from 'node:path';
import type { DirectorySource } from '../model/argocd.js';
import type { K8sObject } from '../model/k8s.js';
import { envsubst, type AppEnv } from './env-vars.js';
import { parseJson } from '../parse/json.js';
import { checkJsonnetImports } from './jsonnet-imports.js';
import { objectProblem } from './parse.js';
import { resolveInRepo } from './paths.js';
import { SourceError, toolFailure } from './source-error.js';
import { runTool } from './tools/exec.js';

export interface JsonnetRun {
  jsonnet: string;
  jsonnetDeps: string;
  timeoutMs: number;
  maxMemoryBytes?: number;
}

/** The jsonnet command-line arguments for `file` (exported so tests can run the raw tool the same way). */
export async function jsonnetArgs(
  file: string,
  appDir: string,
  repoRoot: string,
  opts: DirectorySource['jsonnet'],
  env: AppEnv,
): Promise<string[]> {
  const args = (await jsonnetPaths(appDir, repoRoot, opts)).flatMap((p) => ['-J', p]);
  for (const v of opts?.extVars ?? []) args.push(v.code ? '--ext-code' : '--ext-str', `${v.name}=${envsubst(v.value, env)}`);
  for (const v of opts?.tlas ?? []) args.push(v.code ? '--tla-code' : '--tla-str', `${v.name}=${envsubst(v.value, env)}`);
  args.push(file);
  return args;
}

/** The import search dirs: the app dir, then each lib (relative to the repo root, inside it). */
async function jsonnetPaths(appDir: string, repoRoot: string, opts: DirectorySource['jsonnet']): Promise<string[]> {
  const paths = [appDir];
  for (const [i, lib] of (opts?.libs ?? []).entries()) {
    try {
      paths.push(await resolveInRepo(repoRoot, repoRoot, lib, true));
    } catch (err) {
      throw new SourceError((err as Error).message, `directory.jsonnet.libs[${i}]`);
    }
  }
  return paths;
}

export async function evaluateJsonnet(
  file: string,
  appDir: string,
  repoRoot: string,
  opts: DirectorySource['jsonnet'],
  env: AppEnv,
  run: JsonnetRun,
): Promise<K8sObject[]> {
  const args = await jsonnetArgs(file, appDir, repoRoot, opts, env);
  await checkJsonnetImports({
    file,
    appDir,
    repoRoot,
    jpaths: await jsonnetPaths(appDir, repoRoot, opts),
    codeSnippets: [...(opts?.extVars ?? []), ...(opts?.tlas ?? [])].filter((v) => v.code).map((v) => envsubst(v.value, env)),
    jsonnetDeps: run.jsonnetDeps,
    timeoutMs: run.timeoutMs,
  });
  let stdout: string;
  try {
    // The minimal tool env has no JSONNET_PATH, which would add search dirs Argo CD's VM never sees.
    ({ stdout } = await runTool(run.jsonnet, args, { tool: 'jsonnet', cwd: appDir, timeoutMs: run.timeoutMs, maxMemoryBytes: run.maxMemoryBytes }));
  } catch (err) {
    throw new SourceError(toolFailure(err, `evaluating jsonnet ${JSON.stringify(basename(file))}`, [[repoRoot + '/', '']]), 'path');
  }
  let value: unknown;
  try {
    value = parseJson(stdout);
  } catch (err) {
    throw new SourceError(`failed to unmarshal generated json ${JSON.stringify(basename(file))}: ${(err as Error).message}`, 'path');
  }
  return jsonnetObjects(value, basename(file));
}

/** An object, or an array of objects (null elements dropped), as Argo CD accepts from jsonnet. */
function jsonnetObjects(value: unknown, name: string): K8sObject[] {
  const values = Array.isArray(value) ? value.filter((v) => v !== null) : [value];
  for (const v of values) {
    const problem = objectProblem(v);
    if (problem) throw new SourceError(`failed to unmarshal generated json ${JSON.stringify(name)}: ${problem}`, 'path');
  }
  return values as K8sObject[];
}
