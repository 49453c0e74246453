// Small GitHub-flavoured markdown helpers: everything user-controlled passes through one of these.
import { createHash } from 'node:crypto';

/** Text safe inside a table cell: `|` and `*` escaped, newlines as <br>, HTML neutralised. */
export function cell(text: string): string {
  // `*` too: two generateName identities (`Job/x-*`) in one cell would otherwise read as emphasis.
  return escapeHtml(text).replace(/\|/g, '\\|').replace(/\*/g, '\\*').replace(/\r?\n/g, '<br>');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Inline code that survives backticks in the text (CommonMark: a longer backtick string). */
export function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/** Inline code inside a table cell, where GFM needs `|` escaped even in code spans. */
export function cellCode(text: string): string {
  return code(text).replace(/\|/g, '\\|');
}

/** A fenced block whose fence is longer than any backtick run inside, so ``` in a diff cannot close it. */
export function fence(lang: string, body: string): string {
  const longest = Math.max(0, ...[...body.matchAll(/`{3,}/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return `${ticks}${lang}\n${body}\n${ticks}`;
}

export function details(summaryHtml: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summaryHtml}</summary>\n\n${body}\n\n</details>`;
}

export function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** The hidden marker that finds a comment part again: `<!-- gitops-sync:<key>:part-<n> -->`. */
export function partMarker(key: string, part: number): string {
  return `<!-- gitops-sync:${key}:part-${part} -->`;
}

/** The part number of a comment body carrying our marker for `key`, else undefined. */
export function markerPart(body: string, key: string): number | undefined {
  const m = new RegExp(`<!-- gitops-sync:${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:part-(\\d+) -->`).exec(body);
  return m ? Number(m[1]) : undefined;
}

/**
 * A link target inside a comment, unique per comment key so two previews on one PR never share one.
 * GitHub keeps `<a name>` (prefixed `user-content-`) and resolves `#name` links to it.
 */
export function anchorName(key: string, kind: string, name: string): string {
  const slug = (s: string): string => {
    const plain = s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    // Names that differ only in punctuation (`a.b`, `a_b`) must not share a slug.
    return plain === s ? plain : `${plain}-${createHash('sha256').update(s).digest('hex').slice(0, 8)}`;
  };
  return `gitops-sync-${slug(key)}-${kind}-${slug(name)}`;
}

export function anchorTag(name: string): string {
  return `<a name="${name}"></a>`;
}

/** A markdown link to an anchor of the same page. */
export function anchorLink(textMarkdown: string, name: string): string {
  return `[${textMarkdown}](#${name})`;
}
