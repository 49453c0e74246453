// What @kubernetes/client-node accepts silently but fails on later (a list for a kubeconfig, a cluster
// without a server, certificate data that is not base64 PEM), found up front with the line and field.
import { parseDocuments } from '../load/yaml-docs.js';
import type { Problem } from '../model/errors.js';

const DATA_FIELDS = {
  clusters: ['cluster', ['certificate-authority-data']],
  users: ['user', ['client-certificate-data', 'client-key-data']],
} as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Problems of a kubeconfig's text; `source` names it in each (a path, or `kubeconfig` for inline text). */
export function checkKubeconfig(text: string, source: string): Problem[] {
  if (text.trim() === '') return [{ file: source, message: 'the kubeconfig is empty' }];
  const docs = parseDocuments(text, source).filter((d) => d.error || d.value != null);
  const doc = docs[0];
  if (!doc) return [{ file: source, message: 'the kubeconfig is empty' }];
  if (doc.error) return [doc.error];
  const at = (path: (string | number)[], field: string, message: string): Problem => ({ file: source, line: doc.lineOf(path), field, message });
  if (!isObj(doc.value)) return [at([], '', 'not a kubeconfig: expected a map with clusters, contexts and users')];
  const config = doc.value;
  const problems: Problem[] = [];
  for (const list of ['clusters', 'contexts', 'users'] as const) {
    const items = config[list];
    if (items == null) continue;
    if (!Array.isArray(items)) {
      problems.push(at([list], list, 'must be a list'));
      continue;
    }
    items.forEach((item, i) => {
      const name = isObj(item) && typeof item.name === 'string' ? item.name : '';
      if (!name) problems.push(at([list, i], `${list}[${i}].name`, 'is required'));
      if (list === 'contexts') return;
      const [key, dataFields] = DATA_FIELDS[list];
      const body = isObj(item) ? item[key] : undefined;
      if (list === 'clusters' && !(isObj(body) && typeof body.server === 'string' && body.server !== '')) {
        problems.push(at([list, i, key], `${list}[${i}].${key}.server`, `cluster ${name} has no server`));
      }
      for (const field of dataFields) {
        const value = isObj(body) ? body[field] : undefined;
        if (value === undefined) continue;
        const path = `${list}[${i}].${key}.${field}`;
        if (typeof value !== 'string' || !isBase64Pem(value)) {
          problems.push(at([list, i, key, field], path, `${list.slice(0, -1)} ${name}: not base64-encoded PEM data`));
        }
      }
    });
  }
  return problems;
}

function isBase64Pem(value: string): boolean {
  const compact = value.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) return false;
  return Buffer.from(compact, 'base64').toString('utf8').includes('-----BEGIN ');
}
