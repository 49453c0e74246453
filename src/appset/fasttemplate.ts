// valyala/fasttemplate as Argo CD uses it for `goTemplate: false`: `{{ key }}` (key trimmed) is
// replaced by the flat parameter's string value; unknown keys and non-string values stay as written.
import { quote } from './gotemplate/strconv.js';
import type { Params } from './types.js';

/** Argo CD's Render.Replace for fasttemplate; a `{{` without its `}}` is fasttemplate's parse error. */
export function renderFastTemplate(text: string, params: Params): string {
  // Argo CD's isTemplatedRegex `.*{{.*}}.*`: `.` stops at a newline.
  if (!/\{\{.*\}\}/.test(text)) return text;
  let out = '';
  let pos = 0;
  for (;;) {
    const start = text.indexOf('{{', pos);
    if (start < 0) break;
    const end = text.indexOf('}}', start + 2);
    if (end < 0) {
      throw new Error(`invalid template: Cannot find end tag="}}" in the template=${quote(text)} starting from ${quote(text.slice(start + 2))}`);
    }
    const tag = text.slice(start + 2, end);
    const key = tag.trim();
    const value = params[key];
    out += text.slice(pos, start) + (key !== '' && typeof value === 'string' ? value : `{{${tag}}}`);
    pos = end + 2;
  }
  return out + text.slice(pos);
}
