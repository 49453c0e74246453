// A Directory source, like Argo CD's findManifests: `*.yaml|yml|json|jsonnet` files in the app dir
// (every file with `disableExtensionFilter`; all subdirectories too with `recurse`), in lexical walk
// order; exclude checked before include, both gobwas globs against the path relative to the app dir;
// files holding `+argocd:skip-file-rendering` skipped; YAML files that fail to parse and don't look
// like manifests ignored; at most 10M of files that are not Jsonnet, as the repo server allows.
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { realpath, realpathIf } from '../fs/local.js';
import { join, relative, sep } from 'node:path';
import type { DirectorySource } from '../model/argocd.js';
import type { K8sObject } from '../model/k8s.js';
import type { AppEnv } from './env-vars.js';
import { gobwasMatcher } from '../glob/gobwas.js';
import { evaluateJsonnet, type JsonnetRun } from './jsonnet.js';
import { parseJson } from '../parse/json.js';
import { objectProblem, splitYaml, stripBom } from './parse.js';
import { byteOrder } from './source-type.js';
import { SourceError } from './source-error.js';
import { isWorkCopy } from './workdir.js';
import { setObjectOrigin } from './object-origin.js';

const MANIFEST_FILE = /^.*\.(yaml|yml|json|jsonnet)$/;
const SKIP_MARKER = '+argocd:skip-file-rendering';
/** The repo server's default --max-combined-directory-manifests-size (10M: decimal, as a Kubernetes quantity). */
export const MAX_COMBINED_MANIFESTS_BYTES = 10_000_000;

export async function renderDirectory(
  appDir: string,
  repoRoot: string,
  directory: DirectorySource | undefined,
  env: AppEnv,
  /** Asked on the first .jsonnet file: a directory without any needs no jsonnet. */
  jsonnet: () => Promise<JsonnetRun>,
): Promise<K8sObject[]> {
  const files = await manifestFiles(appDir, repoRoot, directory ?? {});
  const objects: K8sObject[] = [];
  let run: JsonnetRun | undefined;
  for (const file of files) {
    const rel = relative(appDir, file);
    const inRepo = relative(repoRoot, file);
    if (file.endsWith('.jsonnet')) {
      run ??= await jsonnet();
      const evaluated = await evaluateJsonnet(file, appDir, repoRoot, directory?.jsonnet, env, run);
      for (const obj of evaluated) setObjectOrigin(obj, { file: inRepo });
      objects.push(...evaluated);
    } else {
      const parsed = parseFile(rel, stripBom(readFileSync(file, 'utf8')));
      parsed.forEach(({ obj, line }) => setObjectOrigin(obj, { file: inRepo, line }));
      objects.push(...parsed.map(({ obj }) => obj));
    }
  }
  return objects;
}

/** The files Argo CD would read, absolute, in its walk order. */
export async function manifestFiles(appDir: string, repoRoot: string, directory: DirectorySource): Promise<string[]> {
  const include = directory.include ? gobwasMatcher(directory.include) : undefined;
  const exclude = directory.exclude ? gobwasMatcher(directory.exclude) : undefined;
  // Sync reads: see fs/local.ts.
  const rootReal = realpath(repoRoot);
  const out: string[] = [];
  let combined = 0;

  const walk = (dir: string): void => {
    const names = readdirSync(dir).sort(byteOrder);
    for (const name of names) {
      if (isWorkCopy(name)) continue; // another app's render is writing there right now
      const path = join(dir, name);
      const info = lstatSync(path);
      if (info.isDirectory()) {
        if (directory.recurse) walk(path);
        continue;
      }
      if (!directory.disableExtensionFilter && !MANIFEST_FILE.test(name)) continue;
      const rel = relative(appDir, path);
      if (info.isSymbolicLink()) {
        const target = realpathIf(path);
        if (target === undefined) continue; // dangling: upstream skips with a warning
        if (target !== rootReal && !target.startsWith(rootReal + sep)) {
          throw new SourceError(`illegal filepath in symlink at "${rel}"`, 'path');
        }
        if (!statSync(target).isFile()) continue;
      } else if (!info.isFile()) {
        continue;
      }
      if (exclude?.(rel)) continue;
      if (include && !include(rel)) continue;
      const content = readFileSync(path);
      if (content.includes(SKIP_MARKER)) continue;
      // Jsonnet's own memory is jsonnet's business; the rest is read whole.
      if (!name.endsWith('.jsonnet')) combined += content.length;
      if (combined > MAX_COMBINED_MANIFESTS_BYTES) {
        throw new SourceError("failed to get potentially valid manifests: exceeded max combined manifest file size (10M, the repo server's default)", 'path');
      }
      out.push(path);
    }
  };
  walk(appDir);
  return out;
}

function parseFile(rel: string, text: string): { obj: K8sObject; line: number }[] {
  if (rel.endsWith('.json')) return [{ obj: parseJsonFile(rel, text), line: 1 }];
  const { objects, positions, error } = splitYaml(text);
  if (error === undefined) return objects.map((obj, i) => ({ obj, line: positions[i].line }));
  const looksLikeManifest = ['apiVersion:', 'kind:', 'metadata:'].every((s) => text.includes(s));
  if (objects.length > 0 || looksLikeManifest) throw new SourceError(`failed to unmarshal "${rel}": ${error}`, 'path');
  return []; // an unrelated YAML file, ignored as upstream does
}

function parseJsonFile(rel: string, text: string): K8sObject {
  let value: unknown;
  try {
    value = parseJson(text);
  } catch (err) {
    const multiple = /Unexpected non-whitespace character after JSON/.test((err as Error).message);
    throw new SourceError(
      multiple
        ? `found multiple objects in "${rel}": only single objects are allowed in JSON files`
        : `failed to unmarshal "${rel}": ${(err as Error).message}`,
      'path',
    );
  }
  const problem = objectProblem(value);
  if (problem) throw new SourceError(`failed to unmarshal "${rel}": ${problem}`, 'path');
  return value as K8sObject;
}
