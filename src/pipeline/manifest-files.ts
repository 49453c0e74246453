// The CLI's render output: one multi-document YAML file per rendered app.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { K8sObject } from '../model/k8s.js';
import type { RenderedApp } from '../render/types.js';
import { writeOutputFile } from '../secrets/channels.js';

export function toMultiDocYaml(objects: readonly K8sObject[]): string {
  return objects.map((o) => `---\n${stringify(o, { lineWidth: 0 })}`).join('');
}

/** Writes `<dir>/<app>.yaml` for every app that rendered, secrets redacted; returns the paths written. */
export async function writeRenderedApps(dir: string, apps: readonly RenderedApp[]): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const app of apps) {
    if (app.problems.length > 0) continue;
    written.push(await writeOutputFile(join(dir, `${app.name}.yaml`), toMultiDocYaml(app.objects)));
  }
  return written;
}
