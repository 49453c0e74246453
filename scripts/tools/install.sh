#!/usr/bin/env bash
# Installs the pinned helm, kustomize and jsonnet (src/render/tools/pins.ts), and jsonnet-deps from the
# same go-jsonnet release (it checks Jsonnet imports before evaluation), from Go modules into
# ${GITOPS_SYNC_CACHE:-$HOME/.cache/gitops-sync}/tools/bin, then prints their versions.
# Idempotent: a tool whose installed binary already reports the pinned version is left alone.
# Only the Go module proxy is needed, so this works where release downloads are blocked.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pins="${here}/../../src/render/tools/pins.ts"
bin="${GITOPS_SYNC_CACHE:-${HOME}/.cache/gitops-sync}/tools/bin"

# pins.ts has one `tool: 'vX.Y.Z',` line per tool; read it without needing node.
pin() {
  local v
  v="$(sed -n "s/^[[:space:]]*$1:[[:space:]]*'\(v[0-9][^']*\)',\{0,1\}[[:space:]]*$/\1/p" "$pins")"
  [[ -n "$v" ]] || { echo "install.sh: no version for $1 in $pins" >&2; exit 1; }
  echo "$v"
}

HELM_VERSION="$(pin helm)"
KUSTOMIZE_VERSION="$(pin kustomize)"
JSONNET_VERSION="$(pin jsonnet)"

command -v go >/dev/null || { echo "install.sh: go is required (https://go.dev/doc/install)" >&2; exit 1; }
mkdir -p "$bin"

export GOBIN="$bin" CGO_ENABLED=0
export GOFLAGS="${GOFLAGS:+$GOFLAGS }-mod=mod"

# Prints the installed binary's version line, or nothing when it is absent or broken.
installed() {
  local tool="$1"; shift
  [[ -x "$bin/$tool" ]] && "$bin/$tool" "$@" 2>/dev/null | head -n1 || true
}

# Matches the pinned version as a whole token, so v3.2.0 never passes for v3.22.0.
reports() {
  grep -Eq "(^|[^0-9.])${2//./\\.}([^0-9.]|$)" <<<"$1"
}

# helm's Makefile derives the Kubernetes version `helm template` assumes offline (no --kube-version)
# from the k8s.io/client-go it is built with: v0.N → 1.N. A plain `go install` skips the Makefile and
# leaves helm's fallback of 1.20, so set the same ldflags the release builds use.
install_helm() {
  local gomod minor ldflags
  gomod="$(go mod download -json "helm.sh/helm/v3@${HELM_VERSION}" | sed -n 's/^[[:space:]]*"GoMod":[[:space:]]*"\(.*\)",\{0,1\}$/\1/p')"
  minor="$(sed -n 's/^[[:space:]]*k8s\.io\/client-go[[:space:]]\{1,\}v0\.\([0-9]\{1,\}\)\..*/\1/p' "$gomod" | head -n1)"
  [[ -n "$minor" ]] || { echo "install.sh: cannot find k8s.io/client-go in $gomod" >&2; exit 1; }
  ldflags="-s -w -X helm.sh/helm/v3/internal/version.version=${HELM_VERSION}"
  for pkg in helm.sh/helm/v3/pkg/chartutil helm.sh/helm/v3/pkg/lint/rules; do
    ldflags+=" -X ${pkg}.k8sVersionMajor=1 -X ${pkg}.k8sVersionMinor=${minor}"
  done
  go install -trimpath -ldflags "$ldflags" "helm.sh/helm/v3/cmd/helm@${HELM_VERSION}"
}

install_kustomize() {
  go install -trimpath -ldflags "-s -w -X sigs.k8s.io/kustomize/api/provenance.version=${KUSTOMIZE_VERSION}" \
    "sigs.k8s.io/kustomize/kustomize/v5@${KUSTOMIZE_VERSION}"
}

install_jsonnet() {
  # go-jsonnet's version is a constant in its source; no ldflags needed.
  go install -trimpath -ldflags "-s -w" "github.com/google/go-jsonnet/cmd/jsonnet@${JSONNET_VERSION}"
}

install_jsonnet_deps() {
  go install -trimpath -ldflags "-s -w" "github.com/google/go-jsonnet/cmd/jsonnet-deps@${JSONNET_VERSION}"
}

ensure() {
  local tool="$1" version="$2" installer="$3"; shift 3
  if reports "$(installed "$tool" "$@")" "$version"; then
    echo "$tool $version already installed in $bin"
  else
    echo "installing $tool $version into $bin (go install; this takes a few minutes) ..."
    "$installer"
    reports "$(installed "$tool" "$@")" "$version" || {
      echo "install.sh: $bin/$tool does not report $version after install" >&2; exit 1; }
  fi
}

ensure helm "$HELM_VERSION" install_helm version --short
ensure kustomize "$KUSTOMIZE_VERSION" install_kustomize version
ensure jsonnet "$JSONNET_VERSION" install_jsonnet --version
ensure jsonnet-deps "$JSONNET_VERSION" install_jsonnet_deps --version

echo "tools in $bin:"
echo "  helm       $("$bin/helm" version --short)"
echo "  kustomize  $("$bin/kustomize" version)"
echo "  jsonnet    $("$bin/jsonnet" --version)"
echo "  jsonnet-deps $("$bin/jsonnet-deps" --version)"
