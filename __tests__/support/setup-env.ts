// Puts the pinned helm/kustomize/jsonnet installed by scripts/tools/install.sh first on PATH, so tests
// exercise the same tool versions on every machine.
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

const cache = process.env.GITOPS_SYNC_CACHE || join(homedir(), '.cache', 'gitops-sync');
const toolsBin = join(cache, 'tools', 'bin');
if (!(process.env.PATH ?? '').split(delimiter).includes(toolsBin)) {
  process.env.PATH = `${toolsBin}${delimiter}${process.env.PATH ?? ''}`;
}
