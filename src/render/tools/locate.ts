// Finding an executable the way a shell would, without running one.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path';

export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Absolute path of the first executable `name` on `searchPath` (a PATH string), or undefined. */
export function findOnPath(name: string, searchPath: string = process.env.PATH ?? ''): string | undefined {
  const names = process.platform === 'win32' ? [name, `${name}.exe`] : [name];
  for (const dir of searchPath.split(delimiter)) {
    if (!dir) continue;
    for (const n of names) {
      const candidate = resolve(dir, n);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * A companion binary of `tool` (jsonnet-deps of jsonnet): the one in the same directory, built from
 * the same release, else the first on `searchPath`.
 */
export function findBeside(name: string, tool: string, searchPath?: string): string | undefined {
  const beside = join(dirname(tool), name);
  return isExecutableFile(beside) ? beside : findOnPath(name, searchPath);
}

export const JSONNET_DEPS_MISSING =
  'jsonnet-deps not found beside jsonnet or on PATH: it checks Jsonnet imports before evaluation, so Jsonnet apps cannot render; ' +
  'build it from the same go-jsonnet release as jsonnet (scripts/tools/install.sh does)';

/**
 * Resolves an explicit tool setting: a bare command name is searched on PATH, anything with a
 * directory part is taken relative to `cwd`. Undefined when it is not an executable file.
 */
export function resolveExplicit(setting: string, searchPath?: string, cwd: string = process.cwd()): string | undefined {
  if (!/[\\/]/.test(setting)) return findOnPath(setting, searchPath);
  const path = isAbsolute(setting) ? setting : join(cwd, setting);
  return isExecutableFile(path) ? path : undefined;
}
