// Moves the project to another Argo CD release: rewrites src/argocd-release.ts, pins the same
// gitops-engine in scripts/argocd/health-ref/go.mod (go get + go mod tidy), and regenerates
// generated/argocd. Then run the corpus and differential tests (and read the release notes).
//
// Usage: node scripts/argocd/update-release.mjs vX.Y.Z
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchResourceCustomizations } from './fetch-resource-customizations.mjs';
import { GO_TOOLCHAIN, RELEASE_FILE, ROOT, pinnedRelease } from './module.mjs';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const release = process.argv[2];
  if (!/^v\d+\.\d+\.\d+$/.test(release ?? '')) {
    console.error('usage: node scripts/argocd/update-release.mjs vX.Y.Z');
    process.exit(2);
  }
  const before = pinnedRelease();
  writeFileSync(RELEASE_FILE, readFileSync(RELEASE_FILE, 'utf8').replace(`ARGOCD_RELEASE = '${before}'`, `ARGOCD_RELEASE = '${release}'`));
  const go = (...args) =>
    execFileSync('go', args, { cwd: join(ROOT, 'scripts', 'argocd', 'health-ref'), stdio: 'inherit', env: { ...process.env, GOTOOLCHAIN: GO_TOOLCHAIN, GOFLAGS: '-mod=mod' } });
  go('get', `github.com/argoproj/argo-cd/gitops-engine/v3@${release}`);
  go('mod', 'tidy');
  const r = fetchResourceCustomizations();
  console.log(`Argo CD ${before} -> ${r.release}: ${r.scripts} health scripts. The health-ref go.mod replace block mirrors Argo CD's go.mod: compare it with the new release's.`);
}
