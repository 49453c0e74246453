#!/usr/bin/env bash
# Runs the action's main job (a sync on push to main) on the bundled example GitOps repo, against a
# local Kubernetes control plane, the way a workflow would run it: the committed bundle
# dist/index.js, inputs as INPUT_* variables, a push event. Installs what it needs first (npm
# packages, the pinned helm/kustomize/jsonnet, the control plane binaries), all cached outside the
# repo, and stops the cluster at the end.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ! command -v go >/dev/null 2>&1 && [[ -x /usr/local/go/bin/go ]]; then export PATH="/usr/local/go/bin:${PATH}"; fi

[[ -d node_modules ]] || bash scripts/npm-deps.sh
bash scripts/tools/install.sh
bash scripts/controlplane/build.sh

cluster="example-$$"
work="$(mktemp -d)"
cleanup() { bash scripts/controlplane/cluster.sh down "${cluster}" >/dev/null 2>&1 || true; rm -rf "${work}"; }
trap cleanup EXIT
kubeconfig="$(bash scripts/controlplane/cluster.sh up "${cluster}" --owner-pid $$)"

# The example repo is its own git repository in real life; make it one here so the action sees a
# revision to record.
cp -r examples/gitops-repo "${work}/repo"
git -C "${work}/repo" init -q -b main
git -C "${work}/repo" -c user.name=example -c user.email=example@example.com add -A
git -C "${work}/repo" -c user.name=example -c user.email=example@example.com commit -qm "example"
: > "${work}/summary.md"
: > "${work}/output"

set +e
# sync-policy all: a first deploy of every example app; with the default (argocd) a push syncs only the
# apps whose syncPolicy is automated and reports the others OutOfSync.
env GITHUB_EVENT_NAME=push GITHUB_STEP_SUMMARY="${work}/summary.md" GITHUB_OUTPUT="${work}/output" \
  RUNNER_TEMP="${work}" GITOPS_SYNC_CACHE="${GITOPS_SYNC_CACHE:-$HOME/.cache/gitops-sync}" \
  PATH="${GITOPS_SYNC_CACHE:-$HOME/.cache/gitops-sync}/tools/bin:${PATH}" \
  "INPUT_REPO=${work}/repo" \
  "INPUT_REPO-URL=https://github.com/example-org/gitops-repo.git" \
  "INPUT_KUBECONFIG=${kubeconfig}" \
  "INPUT_PRUNE=true" \
  "INPUT_SYNC-POLICY=all" \
  node dist/index.js | grep -v '^::add-mask::' # the runner consumes these; here they are noise
status=${PIPESTATUS[0]}
set -e

echo
echo "===== job summary ====="
cat "${work}/summary.md"
echo
echo "===== live objects ====="
"$(bash scripts/controlplane/build.sh --print-bin-dir)/kubectl" --kubeconfig "${kubeconfig}" get deploy,statefulset,svc,job -A -l '!component' 2>/dev/null | grep -E 'NAMESPACE|example-' || true
exit "${status}"
