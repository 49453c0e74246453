// Path-style glob matching (braces, `**`, character classes) for the `apps` input and for
// ApplicationSet git generators. picomatch is small, dependency-free and the matcher jest and
// most Node tooling use. Argo CD's directory include/exclude use gobwas semantics instead
// (`*` crosses `/`), see src/render/gobwas-glob.ts.
import picomatch from 'picomatch';

export interface GlobOptions {
  /** Let `*` and `**` match names starting with `.` (explicit `.name` segments always match). */
  dot?: boolean;
}

/**
 * A predicate telling whether a `/`-separated relative path matches any of the patterns: `*` stays
 * within one path segment, `**` crosses directories.
 */
export function globMatcher(pattern: string | readonly string[], opts: GlobOptions = {}): (path: string) => boolean {
  const patterns = typeof pattern === 'string' ? [pattern] : [...pattern];
  if (patterns.length === 0) return () => false;
  return picomatch(patterns, { dot: opts.dot === true });
}
