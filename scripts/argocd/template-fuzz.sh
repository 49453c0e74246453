#!/usr/bin/env bash
# Seeded fuzz of ApplicationSet templates against Argo CD's own rendering (not part of npm test):
#   scripts/argocd/template-fuzz.sh [seed] [count]     (defaults: a time-based seed, 10000 expressions)
# Prints every difference the allow-list (__tests__/appset/fidelity/allow-list.ts) does not explain;
# exits non-zero when there is one. Rerun with the printed seed to reproduce.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export FUZZ_SEED="${1:-$(( $(date +%s) % 1000000 ))}" FUZZ_COUNT="${2:-10000}"
exec node --experimental-vm-modules node_modules/jest/bin/jest.js --selectProjects unit \
  --testMatch '**/__tests__/appset/fidelity/fuzz.ts' --testPathIgnorePatterns /node_modules/ --silent=false --reporters default
