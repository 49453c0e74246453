import { readFileSync } from 'node:fs';
import { referenceBinary, runOurs, runReference, type TemplateCase } from './reference.js';
test('probe', () => {
  const cases = readFileSync(process.env.PROBE as string, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (l.startsWith('{"t"') ? JSON.parse(l) : { t: l, p: { s: 'Hello World', n: 3, m: { x: 1, k: 'v' } } }) as TemplateCase);
  const ref = runReference(referenceBinary(), cases);
  const lines = cases.map((c, i) => { const o = runOurs(c); const same = JSON.stringify(o) === JSON.stringify(ref[i]); return `${same ? 'SAME' : 'DIFF'} ${c.t}\n   go: ${JSON.stringify(ref[i])}${same ? '' : `\n   us: ${JSON.stringify(o)}`}`; });
  process.stdout.write(lines.join('\n') + '\n');
});
