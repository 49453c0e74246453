# shellcheck shell=bash
# Pinned versions of the local Kubernetes control plane used by the e2e tests.
# This is the only place these versions are written down; build.sh and cluster.sh source it.
#
# kwok v0.8.0 defaults to Kubernetes 1.36 (pkg/consts: KubeVersion = "1.36.1") and maps
# Kubernetes 1.36 to etcd 3.6.x (pkg/kwokctl/components/etcd_version.go), so we pin the
# newest patch releases of both lines that the Go module proxy serves.

CONTROLPLANE_KUBE_VERSION="${CONTROLPLANE_KUBE_VERSION:-v1.36.3}"
CONTROLPLANE_ETCD_VERSION="${CONTROLPLANE_ETCD_VERSION:-v3.6.16}"
CONTROLPLANE_KWOK_VERSION="${CONTROLPLANE_KWOK_VERSION:-v0.8.0}"

# Everything is built into a cache outside the repository, keyed by all three versions,
# so bumping any of them builds into a fresh directory and never mixes binaries.
CONTROLPLANE_CACHE_ROOT="${GITOPS_SYNC_CACHE:-${HOME}/.cache/gitops-sync}/controlplane"
CONTROLPLANE_KEY="kube-${CONTROLPLANE_KUBE_VERSION}_etcd-${CONTROLPLANE_ETCD_VERSION}_kwok-${CONTROLPLANE_KWOK_VERSION}"
CONTROLPLANE_DIR="${CONTROLPLANE_CACHE_ROOT}/${CONTROLPLANE_KEY}"
CONTROLPLANE_BIN="${CONTROLPLANE_DIR}/bin"

# Binaries the cluster needs, all built from source by build.sh.
CONTROLPLANE_BINARIES=(
  kube-apiserver
  kube-controller-manager
  kube-scheduler
  kubectl
  etcd
  etcdctl
  kwok
  kwokctl
)
