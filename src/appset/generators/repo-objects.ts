// ConfigMaps and Secrets the plugin generator reads from Argo CD's namespace, found in the repository
// under test instead (as cluster Secrets and argocd-cm are): searched only when a generator needs one.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { findSpecFiles } from '../../load/discover.js';
import { parseDocuments } from '../../load/yaml-docs.js';
import { secrets } from '../../secrets/redact.js';

export interface RepoObject {
  /** `data` as strings (a Secret's base64 decoded, its `stringData` over it). */
  data: Record<string, string>;
  file: string;
  line: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function dataOf(kind: 'ConfigMap' | 'Secret', value: Record<string, unknown>): Record<string, string> {
  const data: Record<string, string> = {};
  const strings = (m: unknown, decode: boolean) => {
    if (!isObject(m)) return;
    for (const [k, v] of Object.entries(m)) if (typeof v === 'string') data[k] = decode ? Buffer.from(v, 'base64').toString() : v;
  };
  strings(value.data, kind === 'Secret');
  if (kind === 'Secret') {
    strings(value.stringData, false);
    // Whatever a Secret holds is never printed, wherever it ends up.
    for (const v of Object.values(data)) secrets.register(v);
  }
  return data;
}

/** The first `v1` object of `kind` named `name` in the repository (any namespace), or undefined. */
export async function findRepoObject(root: string, kind: 'ConfigMap' | 'Secret', name: string): Promise<RepoObject | undefined> {
  const mentions = new RegExp(`\\bkind["']?\\s*:\\s*["']?${kind}\\b`);
  for (const file of await findSpecFiles(root)) {
    const text = await readFile(path.join(root, file), 'utf8').catch(() => '');
    if (!mentions.test(text) || !text.includes(name)) continue;
    for (const doc of parseDocuments(text, file)) {
      const v = doc.value;
      if (!isObject(v) || v.apiVersion !== 'v1' || v.kind !== kind || !isObject(v.metadata) || v.metadata.name !== name) continue;
      return { data: dataOf(kind, v), file, line: doc.line };
    }
  }
  return undefined;
}
