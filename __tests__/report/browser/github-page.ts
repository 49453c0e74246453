// A comment as GitHub shows it: GitHub-flavoured Markdown (markdown-it: CommonMark, tables, raw HTML),
// the emoji shortcodes the comment uses, `<a name>` anchors prefixed `user-content-` as GitHub's
// sanitizer does, and GitHub's markdown CSS, each part in its own comment box of the ~900 px column.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import MarkdownIt from 'markdown-it';

const require = createRequire(import.meta.url);
const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
const md = new MarkdownIt({ html: true, linkify: true });

/** GitHub's emoji for the shortcodes the comment writes; the browser check fails on any other. */
const EMOJI: Readonly<Record<string, string>> = {
  x: '\u274C',
  white_check_mark: '\u2705',
  warning: '\u26A0\uFE0F',
  no_entry: '\u26D4',
  stethoscope: '\u{1FA7A}',
  hourglass: '\u231B',
};

/** The comment column's width on a pull request's conversation tab. */
export const COLUMN_PX = 900;

function emoji(html: string): string {
  // Outside <code>/<pre> only, as GitHub does.
  return html
    .split(/(<pre[\s\S]*?<\/pre>|<code[\s\S]*?<\/code>)/)
    .map((chunk, i) => (i % 2 === 1 ? chunk : chunk.replace(/:([a-z_]+):/g, (m, name: string) => EMOJI[name] ?? m)))
    .join('');
}

export function commentHtml(markdown: string): string {
  return emoji(md.render(markdown)).replace(/<a name="([^"]+)">/g, '<a name="user-content-$1">');
}

export function pageHtml(parts: readonly string[]): string {
  const boxes = parts.map((p) => `<article class="comment"><div class="markdown-body">${commentHtml(p)}</div></article>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; padding: 16px; background: #f6f8fa; }
.comment { width: ${COLUMN_PX}px; box-sizing: border-box; margin-bottom: 16px; border: 1px solid #d0d7de; border-radius: 6px; background: #fff; }
.comment .markdown-body { padding: 16px; }
</style></head><body>${boxes}</body></html>`;
}
