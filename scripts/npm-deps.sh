#!/usr/bin/env bash
# Installs the locked npm dependencies. npm ci insists that every optional platform package of the
# tree is in the lock file; the registry reachable here lacks some at the locked versions (e.g.
# unrs-resolver's android/freebsd/win32 bindings), so npm ci can refuse a lock file that is otherwise
# complete. Then `npm install --no-save` installs the locked versions and leaves package.json and
# package-lock.json untouched (checked).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ! npm ci --no-audit --no-fund; then
  echo "npm ci refused the lock file; installing the locked versions with npm install --no-save" >&2
  npm install --no-save --no-audit --no-fund
  git diff --exit-code --stat -- package.json package-lock.json
fi
