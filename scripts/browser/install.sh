#!/usr/bin/env bash
# Installs headless Chromium (and chromedriver) from Debian's packages for the comment's browser check
# (__tests__/report/browser/), plus the colour emoji font GitHub's comments use. Idempotent: nothing is
# installed when the binaries are already there. Prints the Chromium version.
set -euo pipefail

packages=(chromium chromium-driver fonts-noto-color-emoji fonts-liberation)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if (( ${#missing[@]} > 0 )); then
  command -v apt-get >/dev/null || { echo "browser/install.sh: apt-get is required to install ${missing[*]}" >&2; exit 1; }
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
chromium --version
