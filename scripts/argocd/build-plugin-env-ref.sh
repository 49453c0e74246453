#!/usr/bin/env bash
# Builds scripts/argocd/plugin-env-ref (Argo CD's repo-server plugin environment, newEnv + getPluginEnvs,
# test tooling only) and prints the binary's path. The functions are unexported, so main.go reaches them
# with go:linkname, which the linker allows with -checklinkname=0. Cached by a hash of the sources and
# the release from src/argocd-release.ts (which plugin-env-ref/go.mod must require); needs Go and the
# Go module proxy.
set -euo pipefail

dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/plugin-env-ref"
release="$(sed -n "s/^export const ARGOCD_RELEASE = '\(v[0-9][^']*\)';$/\1/p" "${dir}/../../../src/argocd-release.ts")"
if ! grep -Eq "^require github\.com/argoproj/argo-cd/v3 ${release//./\\.}\$" "${dir}/go.mod"; then
  echo "build-plugin-env-ref.sh: ${dir}/go.mod must require github.com/argoproj/argo-cd/v3 ${release:-<release>}" >&2
  exit 1
fi
bin="${GITOPS_SYNC_CACHE:-${HOME}/.cache/gitops-sync}/argocd/plugin-env-ref-${release}-$(cat "${dir}"/go.mod "${dir}"/go.sum "${dir}"/main.go | sha256sum | head -c 16)"
if [[ ! -x "$bin" ]]; then
  echo "building Argo CD ${release} plugin environment reference (first time: a few minutes) ..." >&2
  mkdir -p "$(dirname "$bin")"
  (cd "$dir" && GOTOOLCHAIN="${GOTOOLCHAIN:-go1.27.3}" CGO_ENABLED=0 go build -mod=readonly -trimpath -ldflags=-checklinkname=0 -o "${bin}.tmp" .)
  mv "${bin}.tmp" "$bin"
fi
echo "$bin"
