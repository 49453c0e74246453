// Which tool renders a source (Argo CD's ApplicationSource.ExplicitType, then util/app/discovery).
import { readdirSync } from 'node:fs';
import type { ApplicationSource } from '../model/argocd.js';
import { SourceError } from './source-error.js';

export type SourceType = 'Helm' | 'Kustomize' | 'Directory' | 'Plugin';

export const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** The type named by the source's helm/kustomize/directory/plugin block; more than one is an error. */
export function explicitType(source: ApplicationSource): SourceType | undefined {
  const named: SourceType[] = [];
  if (source.kustomize != null) named.push('Kustomize');
  if (source.helm != null) named.push('Helm');
  if (source.directory != null) named.push('Directory');
  if (source.plugin != null) named.push('Plugin');
  if (named.length > 1) throw new SourceError(`multiple application sources defined: ${named.join(',')}`, '');
  return named[0];
}

/**
 * Detection from the files directly in the app directory, in the order Argo CD's walk sees them
 * (byte order): a file ending in `Chart.yaml` means Helm, a kustomization file means Kustomize, and
 * the later one wins when both are there; otherwise Directory.
 */
export async function detectType(appDir: string): Promise<SourceType> {
  // Sync: see fs/local.ts.
  const names = readdirSync(appDir, { withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => e.name)
    .sort(byteOrder);
  let type: SourceType = 'Directory';
  for (const name of names) {
    if (name.endsWith('Chart.yaml')) type = 'Helm';
    if (KUSTOMIZATION_NAMES.includes(name)) type = 'Kustomize';
  }
  return type;
}

export function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
