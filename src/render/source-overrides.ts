// Argo CD's parameter override files (repository.go mergeSourceParameters): `.argocd-source.yaml`,
// then `.argocd-source-<app>.yaml`, in the app directory, JSON-merge-patched onto the source; the
// patches cannot move the source (repoURL, path, chart, targetRevision are kept).
import { readTextIf } from '../fs/local.js';
import { join } from 'node:path';
import { parseYaml } from '../parse/yaml.js';
import type { ApplicationSource } from '../model/argocd.js';
import { SourceError } from './source-error.js';

export async function withOverrides(source: ApplicationSource, appDir: string, appName: string): Promise<ApplicationSource> {
  let merged: unknown = source;
  for (const name of ['.argocd-source.yaml', `.argocd-source-${appName}.yaml`]) {
    const text = readTextIf(join(appDir, name));
    if (text === undefined) continue;
    let patch: unknown;
    try {
      patch = parseYaml(text, { version: '1.1' });
    } catch (err) {
      throw new SourceError(`${name}: ${(err as Error).message}`, '');
    }
    merged = mergePatch(merged, patch);
  }
  if (merged === source) return source;
  const { repoURL, path, chart, targetRevision } = source;
  return { ...(merged as ApplicationSource), repoURL, path, chart, targetRevision };
}

/** RFC 7386 JSON merge patch: objects merge recursively, null deletes, anything else replaces. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
