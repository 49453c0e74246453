// Jsonnet imports checked before evaluation, as Argo CD's confinedImporter (reposerver/repository)
// does inside its VM: go-jsonnet's own dependency lister `jsonnet-deps`, run with the same search
// paths as `jsonnet`, names every file an evaluation would read (import, importstr, importbin, also
// through imported files), and each must be a regular file inside the repository. Code ext vars and
// TLAs can import too, so they are listed as well.
import { realpath, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isInside } from './paths.js';
import { SourceError, toolFailure } from './source-error.js';
import { runTool, ToolError } from './tools/exec.js';
import { withTempDir } from './workdir.js';

/**
 * jsonnet-deps reads every import whole before it can be refused (`importstr "/dev/zero"` never
 * ends); listing dependencies only parses source text, so 1 GiB is far beyond any real library.
 */
const DEPS_MEMORY_LIMIT = 2 ** 30;

export interface ImportCheck {
  /** The .jsonnet file to be evaluated (absolute). */
  file: string;
  appDir: string;
  repoRoot: string;
  /** `-J` directories in jsonnet's order (the app dir, then the libs). */
  jpaths: readonly string[];
  /** Code ext vars and TLAs, `--ext-code` / `--tla-code` values. */
  codeSnippets: readonly string[];
  jsonnetDeps: string;
  timeoutMs: number;
}

/** Throws a SourceError (field `path`) naming the first import that leaves the repository. */
export async function checkJsonnetImports(c: ImportCheck): Promise<void> {
  const root = await realpath(c.repoRoot);
  const list = async (tmp?: string): Promise<string[]> => {
    const inputs = [c.file];
    for (const [i, code] of c.codeSnippets.entries()) {
      inputs.push(join(tmp!, `code-${i}.jsonnet`));
      await writeFile(inputs[i + 1], code);
    }
    // jsonnet resolves a snippet's relative imports from its working directory (the app dir) first:
    // the app dir as the last (highest-priority) -J gives the same order for the snippet files.
    const jpaths = c.codeSnippets.length > 0 ? [...c.jpaths, c.appDir] : c.jpaths;
    const args = [...jpaths.flatMap((p) => ['-J', p]), '--', ...inputs];
    try {
      const { stdout } = await runTool(c.jsonnetDeps, args, { tool: 'jsonnet-deps', cwd: c.appDir, timeoutMs: c.timeoutMs, maxMemoryBytes: DEPS_MEMORY_LIMIT });
      return stdout.split('\n').filter(Boolean);
    } catch (err) {
      throw await depsFailure(err, tmp ? [root, c.repoRoot, tmp] : [root, c.repoRoot], c.repoRoot);
    }
  };
  // Only code snippets need files of their own: most apps list their imports without a temporary directory.
  const deps = c.codeSnippets.length > 0 ? await withTempDir(list) : await list();
  // jsonnet-deps prints real paths (symlinks resolved), so a plain prefix test is enough.
  for (const dep of deps) {
    if (!isInside(dep, root)) throw new SourceError(`jsonnet import ${JSON.stringify(dep)} resolves outside repository root`, 'path');
    if (!(await stat(dep)).isFile()) throw new SourceError(`jsonnet import ${JSON.stringify(relative(root, dep))} is not a regular file`, 'path');
  }
}

/**
 * jsonnet-deps parses every imported file, so its error about a file outside the repository (say
 * `import "/etc/passwd"`) may quote that file's text: such an error says only which file it was.
 */
async function depsFailure(err: unknown, allowed: readonly string[], repoRoot: string): Promise<SourceError> {
  if (err instanceof ToolError && err.exitCode !== null) {
    for (const [path] of err.stderr.matchAll(/(?<=^|[\s"'(])\/[^\s:"'()]+/g)) {
      const real = await realpath(path).catch(() => undefined);
      if (real !== undefined && !allowed.some((dir) => isInside(real, dir) || isInside(path, dir))) {
        return new SourceError(`jsonnet import ${JSON.stringify(path)} resolves outside repository root`, 'path');
      }
    }
  }
  return new SourceError(toolFailure(err, 'resolving jsonnet imports', [[repoRoot + '/', '']]), 'path');
}
