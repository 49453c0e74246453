#!/usr/bin/env bash
# Builds scripts/argocd/template-ref (Argo CD's ApplicationSet template rendering, test tooling only)
# into ${GITOPS_SYNC_CACHE:-$HOME/.cache/gitops-sync}/argocd/template-ref-<release>, then prints its path.
# The release comes from src/argocd-release.ts and must be the one template-ref/go.mod requires.
# Idempotent: a binary built from the same sources is reused. Needs only Go and the Go module proxy.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="${here}/template-ref"
release="$(sed -n "s/^export const ARGOCD_RELEASE = '\(v[0-9][^']*\)';$/\1/p" "${here}/../../src/argocd-release.ts")"
[[ -n "$release" ]] || { echo "build-template-ref.sh: no ARGOCD_RELEASE in src/argocd-release.ts" >&2; exit 1; }
grep -Eq "^require github\.com/argoproj/argo-cd/v3 ${release//./\\.}\$" "${src}/go.mod" || {
  echo "build-template-ref.sh: ${src}/go.mod does not require github.com/argoproj/argo-cd/v3 ${release}" >&2; exit 1; }
command -v go >/dev/null || { echo "build-template-ref.sh: go is required (https://go.dev/doc/install)" >&2; exit 1; }

out="${GITOPS_SYNC_CACHE:-${HOME}/.cache/gitops-sync}/argocd/template-ref-${release}"
stamp="$(cat "${src}/go.mod" "${src}/go.sum" "${src}/main.go" | sha256sum | cut -d' ' -f1)"
if [[ -x "$out" && "$(cat "${out}.stamp" 2>/dev/null)" == "$stamp" ]]; then
  echo "$out"
  exit 0
fi
mkdir -p "$(dirname "$out")"
echo "building Argo CD ${release} template reference into ${out} (first time: a few minutes) ..." >&2
# Argo CD's go.mod asks for Go 1.27; let the go command fetch that toolchain when the local one is older.
(cd "$src" && GOTOOLCHAIN="${GOTOOLCHAIN:-go1.27.3}" CGO_ENABLED=0 go build -mod=readonly -trimpath -o "${out}.tmp" .)
mv "${out}.tmp" "$out"
echo "$stamp" >"${out}.stamp"
echo "$out"
