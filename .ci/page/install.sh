#!/usr/bin/env bash
# Installs what .ci/page/check-page.mjs needs on a clean Debian machine: Debian's chromium (when
# /usr/bin/chromium is missing) and the pinned npm packages of package-lock.json. Java (for vnu.jar) and
# Node come with the machine. Install scripts are skipped: none is needed (vnu-jar's would fetch a Java).
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
fi

npm ci --ignore-scripts --no-audit --no-fund
