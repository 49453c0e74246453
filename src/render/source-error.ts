// A rendering failure tied to a field of one source (`helm.valueFiles[0]`, `path`, ...); manifests.ts
// turns it into a SpecError naming the app's file, the app and the full field path.
import { ToolError } from './tools/exec.js';
import { errorMessage } from '../model/errors.js';

export class SourceError extends Error {
  constructor(
    message: string,
    /**
     * Field path relative to the source, e.g. `helm.valueFiles[1]`; '' = the source itself;
     * undefined = where its files are (`path`, or `chart` for a repository chart).
     */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

const NOISE = [/^WARNING: /i, /^walk\.go:/, /^coalesce\.go:/, /^Use --debug flag/i];

/**
 * A short, readable message for a failed tool call: its first meaningful stderr lines (helm's and
 * kustomize's `Error: ` prefix dropped), with temporary directories replaced by what they stand for.
 */
export function toolFailure(err: unknown, what: string, replacements: ReadonlyArray<[string, string]> = []): string {
  if (!(err instanceof ToolError)) return errorMessage(err);
  if (err.stopped) return `${what} ${err.stopped}`;
  if (err.exitCode === null) return err.message; // not found on PATH
  let text = err.stderr.trim() || err.message;
  for (const [from, to] of replacements) text = text.split(from).join(to);
  const all = text.split('\n').map((l) => l.trim());
  const usage = all.findIndex((l) => l.startsWith('Usage:')); // cobra's help text after the error
  const lines = all
    .slice(0, usage < 0 ? undefined : usage)
    .filter((l) => l !== '' && !NOISE.some((re) => re.test(l)))
    .map((l) => l.replace(/^Error: /, ''));
  return `${what} failed: ${lines.slice(0, 3).join(' | ') || `exit code ${err.exitCode}`}`;
}
