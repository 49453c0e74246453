// Run by scripts/argocd/template-fuzz.sh, never by `npm test`: a seeded fuzz of generated expressions
// through Argo CD's code and gitops-sync's engine; prints every difference the allow-list does not
// explain and fails when there is one. FUZZ_SEED and FUZZ_COUNT choose the run.
import { allowedFor } from './allow-list.js';
import { generatedCases } from './corpus-gen.js';
import { referenceBinary, runOurs, runReferenceSurvivingCrashes } from './reference.js';

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const count = Number(process.env.FUZZ_COUNT ?? 10_000);

test(`fuzz: ${count} generated expressions, seed ${seed}`, () => {
  const cases = generatedCases(seed, count);
  const reference = runReferenceSurvivingCrashes(referenceBinary(), cases);
  let allowed = 0;
  const crashed: string[] = [];
  const unexplained: string[] = [];
  cases.forEach((c, i) => {
    const ours = runOurs(c);
    const theirs = reference[i];
    if (theirs === undefined) {
      // Argo CD's process dies on it; here the template budget must stop it with an error.
      if ('err' in ours) crashed.push(`${c.t}\n  argocd: process killed\n  gitops-sync: ${ours.err}`);
      else unexplained.push(`${JSON.stringify(c)}\n  argocd:      process killed\n  gitops-sync: ${JSON.stringify(ours)}`);
      return;
    }
    if (JSON.stringify(ours) === JSON.stringify(theirs)) return;
    if (allowedFor(c, theirs)) allowed++;
    else unexplained.push(`${JSON.stringify(c)}\n  argocd:      ${JSON.stringify(theirs)}\n  gitops-sync: ${JSON.stringify(ours)}`);
  });
  process.stdout.write(
    `fuzz seed ${seed}: ${count} cases, ${allowed} allowed differences, ${crashed.length} that kill Argo CD's process (an error here), ${unexplained.length} unexplained\n` +
      [...crashed, ...unexplained].join('\n') +
      '\n',
  );
  expect(unexplained.length).toBe(0);
}, 1_800_000);
