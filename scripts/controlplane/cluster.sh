#!/usr/bin/env bash
# Runs a real Kubernetes control plane (etcd, kube-apiserver, kube-controller-manager,
# kube-scheduler) plus kwok simulating nodes and pods, as plain local processes through
# `kwokctl --runtime binary`, using only the binaries that build.sh made. Nothing is
# downloaded: every binary kwokctl could ask for points at a local file.
#
# Usage: scripts/controlplane/cluster.sh COMMAND [ARGS]
#   up NAME [--nodes N] [--owner-pid PID]
#         Start cluster NAME (reuses it if it is already up and healthy), wait until it is
#         ready, add N simulated nodes (default 3) and write a kubeconfig with embedded CA
#         and client certificate. Prints the kubeconfig path on stdout.
#         --owner-pid PID: a detached watcher tears the cluster down when PID exits, so a
#         killed test run leaves nothing running.
#   down NAME        Stop and delete cluster NAME; its logs stay in <state>/NAME/logs.
#   kubeconfig NAME  Print the path of NAME's kubeconfig.
#   logs NAME [--tail N]   Print the control-plane logs of NAME (all lines, or the last N).
#   status           List clusters under the state root and whether they are running.
#   merge OUT NAME...      Write OUT: one kubeconfig with a context per cluster (kwok-NAME).
#   reap PID         Tear down every cluster started with --owner-pid PID.
#   stop-apiserver NAME    Kill NAME's kube-apiserver with SIGKILL, as a crash would; etcd and the
#                          other components keep running. Command lines are kept for start-apiserver.
#   start-apiserver NAME   Start the kube-apiserver that stop-apiserver killed, with the same command
#                          line, wait until it is ready, and restart any component that exited meanwhile.
#   gc               Tear down clusters whose owner process is gone; drop state older than a day.
#
# Environment:
#   GITOPS_SYNC_CONTROLPLANE_STATE  state root (default ${TMPDIR:-/tmp}/gitops-sync-controlplane)
#   GITOPS_SYNC_CACHE               build cache root (see versions.sh)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=versions.sh
source "${here}/versions.sh"

STATE_ROOT="${GITOPS_SYNC_CONTROLPLANE_STATE:-${TMPDIR:-/tmp}/gitops-sync-controlplane}"
KWOKCTL="${CONTROLPLANE_BIN}/kwokctl"
KUBECTL="${CONTROLPLANE_BIN}/kubectl"
E2E_USER="gitops-sync-e2e"

log() { printf '[controlplane/cluster] %s\n' "$*" >&2; }
die() { printf '[controlplane/cluster] ERROR: %s\n' "$*" >&2; exit 1; }
usage() { sed -n "2,$(( $(grep -n "^set -euo" "$0" | cut -d: -f1) - 1 ))p" "$0" >&2; exit 2; }

check_name() {
  [[ "$1" =~ ^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$ ]] \
    || die "invalid cluster name '$1' (lowercase letters, digits and '-', at most 32 characters)"
}

check_binaries() {
  local b
  for b in "${CONTROLPLANE_BINARIES[@]}"; do
    [[ -x "${CONTROLPLANE_BIN}/${b}" ]] \
      || die "missing ${CONTROLPLANE_BIN}/${b}; run scripts/controlplane/build.sh first"
  done
}

state_dir() { echo "${STATE_ROOT}/$1"; }
kwok_workdir() { echo "$(state_dir "$1")/kwok"; }
kwok_cluster_dir() { echo "$(kwok_workdir "$1")/clusters/$1"; }

# kwokctl NAME ARGS... : kwokctl with this cluster's private workdir and config. Each
# cluster has its own KWOK_WORKDIR, so clusters of parallel test runs never see each other.
# kwokctl starts long-lived daemons that inherit every descriptor kwokctl has, so it runs
# in a subshell that first closes all of them above 2: a daemon must not hold the creation
# lock, nor a pipe of whatever started us (a test runner waiting for its output to end).
kwokctl_for() {
  local name="$1"; shift
  (
    close_extra_fds
    KWOK_WORKDIR="$(kwok_workdir "${name}")" exec "${KWOKCTL}" --name "${name}" "$@"
  )
}

close_extra_fds() {
  local fd
  for fd in /proc/"${BASHPID}"/fd/*; do
    fd="${fd##*/}"
    [[ "${fd}" =~ ^[0-9]+$ ]] && ((fd > 2)) && eval "exec ${fd}>&-" 2>/dev/null || true
  done
}

# pick_ports N : print N distinct TCP ports that nothing listens on. They come from
# 20000-29999, below the kernel's ephemeral range (32768+) and away from the ports that a
# plain `kwokctl create cluster` probes (32767 downwards), from a random starting point.
# Callers hold the creation lock, so two of our clusters never get the same ports.
pick_ports() {
  local want="$1" used p tries=0 picked=()
  used=" $(ss -Htan 2>/dev/null | awk '{n=split($4,a,":"); print a[n]}' | sort -un | tr '\n' ' ') "
  p=$((20000 + RANDOM % 10000))
  while [[ ${#picked[@]} -lt ${want} ]]; do
    ((tries++ < 10000)) || die "found no free ports in 20000-29999"
    p=$((p + 1)); ((p < 30000)) || p=20000
    [[ "${used}" == *" ${p} "* ]] && continue
    picked+=("${p}")
  done
  echo "${picked[@]}"
}

write_kwokctl_config() {
  local name="$1" dir
  dir="$(state_dir "${name}")"
  local b="${CONTROLPLANE_BIN}"
  local ports
  read -r -a ports <<<"$(pick_ports 6)"
  # Binaries that we do not build point at a path that does not exist: if kwokctl ever
  # wanted one of them it fails on the spot instead of downloading it.
  cat >"${dir}/kwokctl.yaml" <<EOF
apiVersion: config.kwok.x-k8s.io/v1alpha1
kind: KwokctlConfiguration
options:
  runtime: binary
  kubeVersion: ${CONTROLPLANE_KUBE_VERSION}
  etcdVersion: ${CONTROLPLANE_ETCD_VERSION#v}
  cacheDir: ${dir}/kwok-cache
  quietPull: true
  disableQPSLimits: true
  kubeApiserverPort: ${ports[0]}
  etcdPort: ${ports[1]}
  etcdPeerPort: ${ports[2]}
  kwokControllerPort: ${ports[3]}
  kubeControllerManagerPort: ${ports[4]}
  kubeSchedulerPort: ${ports[5]}
  etcdBinary: ${b}/etcd
  etcdctlBinary: ${b}/etcdctl
  etcdutlBinary: ${b}/not-built/etcdutl
  kectlBinary: ${b}/not-built/kectl
  kubeApiserverBinary: ${b}/kube-apiserver
  kubeControllerManagerBinary: ${b}/kube-controller-manager
  kubeSchedulerBinary: ${b}/kube-scheduler
  kubectlBinary: ${b}/kubectl
  kwokControllerBinary: ${b}/kwok
  prometheusBinary: ${b}/not-built/prometheus
  jaegerBinary: ${b}/not-built/jaeger
  metricsServerBinary: ${b}/not-built/metrics-server
  kindBinary: ${b}/not-built/kind
# Every component listens on the loopback interface only (kwokctl's default is all interfaces).
componentsPatches:
- name: etcd
  extraArgs:
  - {key: listen-client-urls, value: "http://127.0.0.1:${ports[1]}", override: true}
  - {key: advertise-client-urls, value: "http://127.0.0.1:${ports[1]}", override: true}
  - {key: listen-peer-urls, value: "http://127.0.0.1:${ports[2]}", override: true}
  - {key: initial-advertise-peer-urls, value: "http://127.0.0.1:${ports[2]}", override: true}
  - {key: initial-cluster, value: "node0=http://127.0.0.1:${ports[2]}", override: true}
- name: kube-apiserver
  extraArgs:
  - {key: bind-address, value: 127.0.0.1, override: true}
- name: kube-controller-manager
  extraArgs:
  - {key: bind-address, value: 127.0.0.1, override: true}
- name: kube-scheduler
  extraArgs:
  - {key: bind-address, value: 127.0.0.1, override: true}
- name: kwok-controller
  extraArgs:
  - {key: server-address, value: "127.0.0.1:${ports[3]}", override: true}
EOF
}

# cluster_pids NAME : pids of the running control-plane processes of NAME.
cluster_pids() {
  local d f p
  d="$(kwok_cluster_dir "$1")/pids"
  [[ -d "${d}" ]] || return 0
  for f in "${d}"/*.pid; do
    [[ -f "${f}" ]] || continue
    p="$(tr -dc '0-9' <"${f}")"
    [[ -n "${p}" ]] && echo "${p}"
  done
}

# owns_pid PID NAME : true if PID is alive and is one of NAME's processes (its command
# line mentions NAME's state directory), so we never signal a recycled pid.
owns_pid() {
  local pid="$1" name="$2"
  [[ -r "/proc/${pid}/cmdline" ]] || return 1
  tr '\0' ' ' <"/proc/${pid}/cmdline" | grep -qF "$(state_dir "${name}")/"
}

is_healthy() {
  local name="$1" kc
  kc="$(state_dir "${name}")/kubeconfig"
  [[ -f "${kc}" ]] || return 1
  "${KUBECTL}" --kubeconfig "${kc}" --request-timeout=5s get --raw /readyz >/dev/null 2>&1
}

print_logs() {
  local name="$1" tail="${2:-}" dir f
  for dir in "$(kwok_cluster_dir "${name}")/logs" "$(state_dir "${name}")/logs"; do
    [[ -d "${dir}" ]] || continue
    for f in "${dir}"/*.log; do
      [[ -f "${f}" ]] || continue
      echo "===== ${name}: ${f} ====="
      if [[ -n "${tail}" ]]; then tail -n "${tail}" "${f}"; else cat "${f}"; fi
    done
    return 0
  done
  echo "no logs for cluster ${name} under ${STATE_ROOT}"
}

wait_until() { # wait_until SECONDS DESCRIPTION COMMAND...
  local limit="$1" what="$2"; shift 2
  local deadline=$((SECONDS + limit))
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS >= deadline)); then
      log "timed out after ${limit}s waiting for ${what}"
      return 1
    fi
    sleep 1
  done
}

default_sa_exists() {
  "${KUBECTL}" --kubeconfig "$1" --request-timeout=5s get serviceaccount default -n default
}

nodes_ready() {
  local kc="$1" want="$2" ready
  ready="$("${KUBECTL}" --kubeconfig "${kc}" --request-timeout=5s get nodes \
    -o jsonpath='{range .items[*]}{.status.conditions[?(@.type=="Ready")].status}{"\n"}{end}' | grep -c '^True$')" || return 1
  [[ "${ready}" -ge "${want}" ]]
}

create_once() {
  local name="$1" nodes="$2" dir
  dir="$(state_dir "${name}")"
  # Ports are picked by probing; serialise picking and starting across every run on this
  # machine so that two clusters starting at the same moment cannot pick the same ports
  # (the lock is held until all components are listening).
  (
    flock -w 300 9 || die "could not take ${STATE_ROOT}/.ports.lock within 300s; processes holding it: $(lock_holders)"
    write_kwokctl_config "${name}"
    kwokctl_for "${name}" --config "${dir}/kwokctl.yaml" create cluster \
      --kubeconfig "${dir}/kwokctl-kubeconfig.yaml" --wait 2m --timeout 4m 9>&- </dev/null
  ) 9>"${STATE_ROOT}/.ports.lock" || return 1

  kwokctl_for "${name}" get kubeconfig --user "${E2E_USER}" >"${dir}/kubeconfig.tmp" || return 1
  mv "${dir}/kubeconfig.tmp" "${dir}/kubeconfig"
  local kc="${dir}/kubeconfig"

  wait_until 120 "the API server of ${name} to be ready" \
    "${KUBECTL}" --kubeconfig "${kc}" --request-timeout=5s get --raw /readyz || return 1
  kwokctl_for "${name}" scale node --replicas "${nodes}" >/dev/null || return 1
  wait_until 120 "${nodes} Ready nodes in ${name}" nodes_ready "${kc}" "${nodes}" || return 1
  # The service-account controller must be running before pods can be created.
  wait_until 120 "the default service account in ${name}" default_sa_exists "${kc}" || return 1
}

lock_holders() {
  local p
  for p in /proc/[0-9]*; do
    if ls -l "${p}/fd" 2>/dev/null | grep -qF "${STATE_ROOT}/.ports.lock"; then
      printf '%s ' "${p#/proc/}:$(tr '\0' ' ' <"${p}/cmdline" 2>/dev/null | cut -c1-80)"
    fi
  done
}

cmd_up() {
  local name="" nodes=3 owner=""
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --nodes) nodes="$2"; shift 2 ;;
      --owner-pid) owner="$2"; shift 2 ;;
      -*) die "up: unknown option $1" ;;
      *) [[ -z "${name}" ]] || die "up: one cluster name only"; name="$1"; shift ;;
    esac
  done
  [[ -n "${name}" ]] || usage
  check_name "${name}"
  [[ "${nodes}" =~ ^[0-9]+$ ]] || die "--nodes must be a number"
  check_binaries
  local dir
  dir="$(state_dir "${name}")"

  if is_healthy "${name}" && [[ -n "$(cluster_pids "${name}")" ]]; then
    log "cluster ${name} is already up"
    echo "${dir}/kubeconfig"
    return 0
  fi
  if [[ -d "${dir}" ]]; then
    log "clearing the previous state of cluster ${name}"
    cmd_down "${name}" >/dev/null
  fi

  mkdir -p "${STATE_ROOT}"
  local attempt start=${SECONDS}
  for attempt in 1 2; do
    rm -rf "${dir}"
    mkdir -p "${dir}/logs"
    log "starting cluster ${name} (Kubernetes ${CONTROLPLANE_KUBE_VERSION}, etcd ${CONTROLPLANE_ETCD_VERSION}, kwok ${CONTROLPLANE_KWOK_VERSION}, attempt ${attempt})"
    if create_once "${name}" "${nodes}" 2>"${dir}/create.log"; then
      break
    fi
    log "starting cluster ${name} failed; kwokctl said:"
    cat "${dir}/create.log" >&2
    print_logs "${name}" 40 >&2
    cmd_down "${name}" >/dev/null 2>&1 || true
    [[ "${attempt}" == 2 ]] && die "could not start cluster ${name}; logs: ${dir}/logs"
  done

  if [[ -n "${owner}" ]]; then
    # A detached watcher (own session, no inherited stdio) that outlives a killed owner.
    (close_extra_fds; exec setsid bash "${here}/cluster.sh" _watch "${name}" "${owner}" \
      </dev/null >>"${dir}/watch.log" 2>&1) &
    echo "$!" >"${dir}/watcher.pid"
    echo "${owner}" >"${dir}/owner.pid"
  fi
  local server
  server="$("${KUBECTL}" --kubeconfig "${dir}/kubeconfig" config view -o jsonpath='{.clusters[0].cluster.server}')"
  log "cluster ${name} is ready at ${server} in $((SECONDS - start))s; kubeconfig ${dir}/kubeconfig; logs $(kwok_cluster_dir "${name}")/logs"
  echo "${dir}/kubeconfig"
}

cmd_down() {
  local name="${1:-}"
  [[ -n "${name}" ]] || usage
  check_name "${name}"
  local dir
  dir="$(state_dir "${name}")"
  if [[ ! -d "${dir}" ]]; then
    log "cluster ${name}: nothing to stop"
    return 0
  fi
  local pids
  pids="$(cluster_pids "${name}")"
  if [[ -d "$(kwok_cluster_dir "${name}")" && -x "${KWOKCTL}" ]]; then
    kwokctl_for "${name}" stop cluster >/dev/null 2>&1 || log "kwokctl stop cluster ${name} failed; killing its processes"
  fi

  # Give the processes up to 30s to exit after SIGTERM, then SIGKILL what is left.
  local pid deadline=$((SECONDS + 30))
  for pid in ${pids}; do
    owns_pid "${pid}" "${name}" && kill -TERM "${pid}" 2>/dev/null || true
  done
  for pid in ${pids}; do
    while owns_pid "${pid}" "${name}" && ((SECONDS < deadline)); do sleep 0.2; done
    if owns_pid "${pid}" "${name}"; then
      log "cluster ${name}: process ${pid} did not exit; sending SIGKILL"
      kill -KILL "${pid}" 2>/dev/null || true
    fi
  done

  # Keep the logs, then let kwokctl remove its workdir.
  if [[ -d "$(kwok_cluster_dir "${name}")/logs" ]]; then
    mkdir -p "${dir}/logs"
    cp -f "$(kwok_cluster_dir "${name}")"/logs/*.log "${dir}/logs/" 2>/dev/null || true
  fi
  if [[ -d "$(kwok_cluster_dir "${name}")" && -x "${KWOKCTL}" ]]; then
    kwokctl_for "${name}" delete cluster --kubeconfig "${dir}/kwokctl-kubeconfig.yaml" >/dev/null 2>&1 \
      || log "kwokctl delete cluster ${name} failed"
  fi
  rm -rf "$(kwok_workdir "${name}")" "${dir}/kubeconfig" "${dir}/kwok-cache"

  # Stop the watcher unless we are the watcher.
  if [[ -f "${dir}/watcher.pid" ]]; then
    local w
    w="$(tr -dc '0-9' <"${dir}/watcher.pid")"
    if [[ -n "${w}" && "${w}" != "${WATCHER_SELF:-}" && -r "/proc/${w}/cmdline" ]] \
      && tr '\0' ' ' <"/proc/${w}/cmdline" | grep -qF "_watch ${name} "; then
      kill -TERM "${w}" 2>/dev/null || true
    fi
    rm -f "${dir}/watcher.pid"
  fi
  touch "${dir}/stopped"
  log "cluster ${name} stopped; logs kept in ${dir}/logs"
}

cmd_watch() {
  local name="$1" owner="$2"
  export WATCHER_SELF=$$
  while kill -0 "${owner}" 2>/dev/null; do
    [[ -d "$(kwok_cluster_dir "${name}")" ]] || exit 0 # stopped by someone else
    sleep 2
  done
  [[ -d "$(kwok_cluster_dir "${name}")" ]] || exit 0
  log "owner ${owner} of cluster ${name} is gone; tearing the cluster down"
  cmd_down "${name}"
}

cmd_status() {
  [[ -d "${STATE_ROOT}" ]] || { echo "no clusters under ${STATE_ROOT}"; return 0; }
  local d name state
  for d in "${STATE_ROOT}"/*/; do
    [[ -d "${d}" ]] || continue
    name="$(basename "${d}")"
    if [[ -n "$(cluster_pids "${name}")" ]]; then
      if is_healthy "${name}"; then state="running"; else state="unhealthy"; fi
    else
      state="stopped"
    fi
    printf '%-34s %-10s %s\n' "${name}" "${state}" "${d}"
  done
}

cmd_merge() {
  local out="${1:-}"; shift || true
  [[ -n "${out}" && $# -gt 0 ]] || usage
  local paths=() name
  for name in "$@"; do
    check_name "${name}"
    [[ -f "$(state_dir "${name}")/kubeconfig" ]] || die "cluster ${name} has no kubeconfig (is it up?)"
    paths+=("$(state_dir "${name}")/kubeconfig")
  done
  local joined
  joined="$(IFS=:; echo "${paths[*]}")"
  KUBECONFIG="${joined}" "${KUBECTL}" config view --flatten >"${out}.tmp"
  mv "${out}.tmp" "${out}"
  echo "${out}"
}

cmd_reap() {
  local pid="${1:-}" d name owner
  [[ "${pid}" =~ ^[0-9]+$ ]] || usage
  [[ -d "${STATE_ROOT}" ]] || return 0
  for d in "${STATE_ROOT}"/*/; do
    [[ -d "${d}" && ! -f "${d}/stopped" ]] || continue
    name="$(basename "${d}")"
    owner="$(tr -dc '0-9' 2>/dev/null <"${d}/owner.pid" || true)"
    if [[ "${owner}" == "${pid}" ]]; then
      cmd_down "${name}" || true
    fi
  done
}

cmd_gc() {
  [[ -d "${STATE_ROOT}" ]] || return 0
  local d name owner
  for d in "${STATE_ROOT}"/*/; do
    [[ -d "${d}" ]] || continue
    name="$(basename "${d}")"
    [[ "${name}" =~ ^[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?$ ]] || continue
    owner="$(tr -dc '0-9' 2>/dev/null <"${d}/owner.pid" || true)"
    if [[ -n "${owner}" && ! -f "${d}/stopped" ]] && ! kill -0 "${owner}" 2>/dev/null; then
      log "gc: owner ${owner} of ${name} is gone"
      cmd_down "${name}" || true
    fi
    if [[ -f "${d}/stopped" ]] && [[ -n "$(find "${d}/stopped" -mmin +1440 2>/dev/null)" ]]; then
      rm -rf "${d}"
    fi
  done
}

component_pidfile() { echo "$(kwok_cluster_dir "$1")/pids/$2.pid"; }

# save_component NAME COMPONENT : keep the command line and directory of a running component, so
# start_component can run it the same way again.
save_component() {
  local name="$1" comp="$2" pid dir
  dir="$(state_dir "${name}")/stopped-components"
  pid="$(tr -dc '0-9' <"$(component_pidfile "${name}" "${comp}")" 2>/dev/null || true)"
  [[ -n "${pid}" ]] && owns_pid "${pid}" "${name}" || return 0
  mkdir -p "${dir}"
  cp "/proc/${pid}/cmdline" "${dir}/${comp}.cmdline"
  readlink "/proc/${pid}/cwd" >"${dir}/${comp}.cwd"
}

# start_component NAME COMPONENT : start a component saved by save_component, detached like
# kwokctl's own daemons (own session, none of our descriptors), logging where kwokctl logs it.
start_component() {
  local name="$1" comp="$2" dir args=() logf
  dir="$(state_dir "${name}")/stopped-components"
  mapfile -d '' args <"${dir}/${comp}.cmdline"
  logf="$(kwok_cluster_dir "${name}")/logs/${comp}.log"
  mkdir -p "$(dirname "${logf}")"
  (
    close_extra_fds
    cd "$(cat "${dir}/${comp}.cwd")"
    exec setsid "${args[@]}" </dev/null >>"${logf}" 2>&1
  ) &
  echo "$!" >"$(component_pidfile "${name}" "${comp}")"
  rm -f "${dir}/${comp}.cmdline" "${dir}/${comp}.cwd"
}

cmd_stop_apiserver() {
  local name="${1:-}" pidf pid comp
  [[ -n "${name}" ]] || usage
  check_name "${name}"
  pidf="$(component_pidfile "${name}" kube-apiserver)"
  [[ -f "${pidf}" ]] || die "cluster ${name} has no kube-apiserver pid file (${pidf})"
  pid="$(tr -dc '0-9' <"${pidf}")"
  owns_pid "${pid}" "${name}" || die "the kube-apiserver of cluster ${name} is not running"
  # The other components may exit while it is gone (a lost leader lease ends the controller manager
  # and the scheduler); start-apiserver brings back those that did, as a kubelet would.
  for comp in kube-apiserver kube-controller-manager kube-scheduler kwok-controller; do save_component "${name}" "${comp}"; done
  kill -KILL "${pid}"
  while owns_pid "${pid}" "${name}"; do sleep 0.1; done
  log "cluster ${name}: kube-apiserver (pid ${pid}) killed"
}

cmd_start_apiserver() {
  local name="${1:-}" dir kc comp pid
  [[ -n "${name}" ]] || usage
  check_name "${name}"
  dir="$(state_dir "${name}")/stopped-components"
  [[ -f "${dir}/kube-apiserver.cmdline" ]] || die "cluster ${name}: no kube-apiserver stopped by stop-apiserver"
  start_component "${name}" kube-apiserver
  kc="$(state_dir "${name}")/kubeconfig"
  wait_until 120 "the restarted API server of ${name} to be ready" \
    "${KUBECTL}" --kubeconfig "${kc}" --request-timeout=5s get --raw /readyz \
    || die "the kube-apiserver of ${name} did not come back; log $(kwok_cluster_dir "${name}")/logs/kube-apiserver.log"
  log "cluster ${name}: kube-apiserver (pid $(tr -dc '0-9' <"$(component_pidfile "${name}" kube-apiserver)")) is ready again"
  for comp in kube-controller-manager kube-scheduler kwok-controller; do
    [[ -f "${dir}/${comp}.cmdline" ]] || continue
    pid="$(tr -dc '0-9' <"$(component_pidfile "${name}" "${comp}")" 2>/dev/null || true)"
    if [[ -n "${pid}" ]] && owns_pid "${pid}" "${name}"; then
      rm -f "${dir}/${comp}.cmdline" "${dir}/${comp}.cwd"
    else
      log "cluster ${name}: ${comp} exited during the outage; starting it again"
      start_component "${name}" "${comp}"
    fi
  done
}

cmd="${1:-}"
[[ -n "${cmd}" ]] || usage
shift
case "${cmd}" in
  up) cmd_up "$@" ;;
  down) cmd_down "$@" ;;
  kubeconfig)
    [[ $# -eq 1 ]] || usage; check_name "$1"
    [[ -f "$(state_dir "$1")/kubeconfig" ]] || die "cluster $1 is not up"
    echo "$(state_dir "$1")/kubeconfig" ;;
  logs)
    [[ $# -ge 1 ]] || usage; check_name "$1"
    if [[ "${2:-}" == "--tail" ]]; then print_logs "$1" "${3:?--tail needs a number}"; else print_logs "$1"; fi ;;
  status) cmd_status ;;
  merge) cmd_merge "$@" ;;
  reap) cmd_reap "$@" ;;
  gc) cmd_gc ;;
  stop-apiserver) cmd_stop_apiserver "$@" ;;
  start-apiserver) cmd_start_apiserver "$@" ;;
  _watch) cmd_watch "$@" ;;
  -h|--help|help) usage ;;
  *) die "unknown command ${cmd}" ;;
esac
