// Moves the project to another Argo CD release: rewrites src/argocd-release.ts, pins the same release
// in every Go reference program's go.mod (go get + go mod tidy: gitops-engine for health-ref, argo-cd
// for template-ref and plugin-env-ref), and regenerates generated/argocd. Then run the corpus and
// differential tests (and read the release notes).
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
  // Each reference program and the module of Argo CD's that it calls (its build script checks the pin).
  const refs = { 'health-ref': 'github.com/argoproj/argo-cd/gitops-engine/v3', 'template-ref': 'github.com/argoproj/argo-cd/v3', 'plugin-env-ref': 'github.com/argoproj/argo-cd/v3' };
  for (const [dir, module] of Object.entries(refs)) {
    const go = (...args) =>
      execFileSync('go', args, { cwd: join(ROOT, 'scripts', 'argocd', dir), stdio: 'inherit', env: { ...process.env, GOTOOLCHAIN: GO_TOOLCHAIN, GOFLAGS: '-mod=mod' } });
    go('get', `${module}@${release}`);
    go('mod', 'tidy');
  }
  const r = fetchResourceCustomizations();
  console.log(`Argo CD ${before} -> ${r.release}: ${r.scripts} health scripts. The go.mod replace blocks of ${Object.keys(refs).join(', ')} mirror Argo CD's go.mod: compare them with the new release's.`);
}
