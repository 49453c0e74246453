// Reads of a local checkout, synchronous on purpose: spec files, kustomizations, value files and
// directory listings are small and in the page cache, where a sync call costs about a tenth of the CPU
// of node's promise API (thread-pool round trips, FileHandle objects, rejected promises for absent
// files; docs/performance.md). Tools' output meanwhile waits in its pipe for microseconds.
import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';

/** What `read` returns, or undefined when it throws (an absent path, ENOTDIR, EACCES, …). */
function quietly<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The path's stats (following symlinks), or undefined when it cannot be stat'ed. */
export const statIf = (path: string): Stats | undefined => quietly(() => statSync(path));

/** The path's own stats (a symlink as itself), or undefined when it cannot be stat'ed. */
export const lstatIf = (path: string): Stats | undefined => quietly(() => lstatSync(path));

/** The file's text (UTF-8), or undefined when it cannot be read. */
export const readTextIf = (path: string): string | undefined => quietly(() => readFileSync(path, 'utf8'));

/**
 * The path with every symlink resolved, as the OS resolves it: node's own realpathSync folds `..`
 * lexically first, so `a/up/../x` with `a/up -> ..` would wrongly stay inside.
 */
export const realpath = (path: string): string => realpathSync.native(path);

/** realpath, or undefined when the path does not resolve. */
export const realpathIf = (path: string): string | undefined => quietly(() => realpath(path));
