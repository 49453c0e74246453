#!/usr/bin/env bash
# Builds scripts/argocd/health-ref (the pinned gitops-engine's health.GetResourceHealth behind a JSON-lines
# filter, for the differential test of src/health) into
# ${GITOPS_SYNC_CACHE:-$HOME/.cache/gitops-sync}/argocd/health-ref-<hash of its sources> and prints that path.
# A no-op when that binary exists. Needs Go; fetches the toolchain and modules from the Go module proxy.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="${here}/health-ref"
release="$(sed -n "s/^export const ARGOCD_RELEASE = '\(v[^']*\)';$/\1/p" "${here}/../../src/argocd-release.ts")"
grep -q "github.com/argoproj/argo-cd/gitops-engine/v3 ${release}\$" "${src}/go.mod" || {
  echo "build-health-ref.sh: ${src}/go.mod does not pin gitops-engine ${release} (run scripts/argocd/update-release.mjs)" >&2
  exit 1
}
if ! command -v go >/dev/null 2>&1 && [[ -x /usr/local/go/bin/go ]]; then export PATH="/usr/local/go/bin:${PATH}"; fi
command -v go >/dev/null || { echo "build-health-ref.sh: go is required" >&2; exit 1; }

hash="$(cat "${src}/go.mod" "${src}/go.sum" "${src}/main.go" | sha256sum | cut -c1-16)"
out="${GITOPS_SYNC_CACHE:-${HOME}/.cache/gitops-sync}/argocd/health-ref-${hash}"
if [[ ! -x "${out}" ]]; then
  mkdir -p "$(dirname "${out}")"
  # Argo CD 3.6 needs Go >= 1.27 (the go command fetches that toolchain itself).
  (cd "${src}" && GOTOOLCHAIN="${GOTOOLCHAIN:-go1.27.3}" GOFLAGS=-mod=readonly CGO_ENABLED=0 go build -trimpath -o "${out}.tmp" . >&2)
  mv "${out}.tmp" "${out}"
fi
echo "${out}"
