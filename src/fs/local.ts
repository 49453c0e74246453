// Reads of a local checkout, synchronous on purpose: spec files, kustomizations, value files and
// directory listings are small and in the page cache, where a sync call costs about a tenth of the CPU
// of node's promise API (thread-pool round trips, FileHandle objects, rejected promises for absent
// files; docs/performance.md). Tools' output meanwhile waits in its pipe for microseconds.
import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';

/** The path's stats (following symlinks), or undefined when it cannot be stat'ed (absent, ENOTDIR, …). */
export function statIf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The path's own stats (a symlink as itself), or undefined when it cannot be stat'ed. */
export function lstatIf(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** The file's text (UTF-8), or undefined when it cannot be read. */
export function readTextIf(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The path with every symlink resolved, or undefined when it does not resolve. */
export function realpathIf(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
