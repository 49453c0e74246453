// Differential test of the built-in Go health checks: the pinned gitops-engine's own
// health.GetResourceHealth (scripts/argocd/health-ref, built by scripts/argocd/build-health-ref.sh)
// and src/health must give the same status and message for every seeded, generated object.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_KINDS, generateObjects } from '../../scripts/argocd/health-objects.js';
import { healthOf } from '../../src/health/health.js';
import { builtinHealthScript } from '../../src/health/lua/builtin-scripts.js';
import { groupOf } from '../../src/model/k8s.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED = 20261201;
const PER_KIND = 3000;

let reference: string;

beforeAll(() => {
  // Cached outside the repository; the first build compiles gitops-engine's Kubernetes dependencies.
  reference = execFileSync('bash', [join(root, 'scripts', 'argocd', 'build-health-ref.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}, 1_800_000);

describe('built-in Go health checks against gitops-engine at the pinned release', () => {
  const objects = generateObjects(SEED, PER_KIND);

  it('generates every kind, none of which has a built-in Lua script (which would take precedence)', () => {
    expect(objects.length).toBe(GENERATED_KINDS.length * PER_KIND);
    for (const kind of GENERATED_KINDS) expect(objects.filter((o) => o.kind === kind).length).toBe(PER_KIND);
    for (const o of objects) expect(builtinHealthScript(groupOf(o.apiVersion), o.kind)).toBeUndefined();
  });

  it(`gives gitops-engine's status and message for all ${PER_KIND} objects of each kind`, () => {
    const input = objects.map((o) => JSON.stringify(o)).join('\n');
    const lines = execFileSync(reference, { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).trim().split('\n');
    expect(lines.length).toBe(objects.length);
    const differences: string[] = [];
    const statuses = new Set<string>();
    objects.forEach((obj, i) => {
      const want = JSON.parse(lines[i]) as { status: string; message: string };
      const got = healthOf(obj);
      const ours = { status: got?.status ?? '', message: got?.message ?? '' };
      statuses.add(`${obj.kind}:${want.status}`);
      if (ours.status !== want.status || ours.message !== want.message) {
        differences.push(`${JSON.stringify(obj)}\n  gitops-engine ${JSON.stringify(want)}\n  src/health    ${JSON.stringify(ours)}`);
      }
    });
    expect(differences.slice(0, 10)).toEqual([]);
    expect(differences.length).toBe(0);
    // The generator reaches more than one outcome per kind (a generator stuck on one case proves little).
    for (const kind of GENERATED_KINDS) expect([...statuses].filter((s) => s.startsWith(`${kind}:`)).length).toBeGreaterThan(1);
  }, 600_000);
});
