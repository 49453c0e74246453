import { allowedFor } from './allow-list.js';
import { generatedCases } from './corpus-gen.js';
import { handCases } from './corpus-hand.js';
import { referenceBinary, runOurs, runReference } from './reference.js';
test('probe2', () => {
  const cases = [...handCases(), ...generatedCases(14, 1000)];
  const ref = runReference(referenceBinary(), cases);
  const ids = (process.env.IDS ?? '').split(',');
  const out: string[] = [];
  cases.forEach((c, i) => { const o = runOurs(c); if (JSON.stringify(o) === JSON.stringify(ref[i])) return; const a = allowedFor(c, ref[i]); if (a && ids.includes(a.id)) out.push(`[${a.id}] ${c.t}\n   go: ${JSON.stringify(ref[i])}\n   us: ${JSON.stringify(o)}`); });
  process.stdout.write(out.join('\n') + '\n');
});
