// valyala/fasttemplate as Argo CD uses it for `goTemplate: false`: `{{ key }}` (key trimmed) is
// replaced by the flat parameter's string value; unknown keys and non-string values stay as written.
import type { Params } from './types.js';

export function renderFastTemplate(text: string, params: Params): string {
  if (!/\{\{.*\}\}/s.test(text)) return text;
  let out = '';
  let pos = 0;
  for (;;) {
    const start = text.indexOf('{{', pos);
    if (start < 0) break;
    const end = text.indexOf('}}', start + 2);
    if (end < 0) break;
    const tag = text.slice(start + 2, end);
    const key = tag.trim();
    const value = params[key];
    out += text.slice(pos, start) + (key !== '' && typeof value === 'string' ? value : `{{${tag}}}`);
    pos = end + 2;
  }
  return out + text.slice(pos);
}
