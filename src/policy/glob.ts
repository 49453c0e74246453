// The three kinds of pattern matching AppProject policy uses upstream:
// - Argo CD's util/glob.Match (gobwas/glob): destinations, sync windows, sourceNamespaces with no
//   separator, sourceRepos with `/` as separator (`*` and `?` stop at `/`, `**` crosses it);
// - `/regex/` entries in sourceNamespaces (glob.MatchStringInList in REGEXP mode);
// - Go's filepath.Match for resource allow/deny lists (isResourceInList): src/glob/filepath.ts.
import { gobwasMatch } from '../glob/gobwas.js';

/** util/glob.Match: gobwas syntax; with `separator` set, `*` and `?` do not match it and `**` does. */
export function globMatch(pattern: string, text: string, separator = ''): boolean {
  return gobwasMatch(pattern, text, separator);
}

/**
 * Argo CD's `globMatch(pattern, val, allowNegation)` helper: `*` alone matches everything, and with
 * negation a leading `!` inverts the match of the rest.
 */
export function argoGlobMatch(pattern: string, text: string, allowNegation: boolean, separator = ''): boolean {
  if (allowNegation && isDenyPattern(pattern)) return !globMatch(pattern.slice(1), text, separator);
  return pattern === '*' || globMatch(pattern, text, separator);
}

export function isDenyPattern(pattern: string): boolean {
  return pattern.startsWith('!');
}

/**
 * glob.MatchStringInList(list, item, REGEXP): an entry wrapped in `/` is a regular expression
 * (unanchored, as Go's regexp.MatchString), anything else a gobwas glob.
 */
export function matchStringInList(list: readonly string[], item: string): boolean {
  return list.some((entry) => {
    if (entry.length >= 2 && entry.startsWith('/') && entry.endsWith('/') && regexMatch(entry.slice(1, -1), item)) {
      return true;
    }
    return globMatch(entry, item);
  });
}

function regexMatch(source: string, text: string): boolean {
  try {
    return new RegExp(source, 'u').test(text);
  } catch {
    return false;
  }
}
