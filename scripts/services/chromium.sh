#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium and its chromedriver for the dashboard's Selenium
# test. Idempotent: nothing is installed when both binaries are present. Callers source this file
# and call ensure_chromium, which exports FLAMEFIX_TEST_CHROMEDRIVER and FLAMEFIX_TEST_CHROME.
set -euo pipefail

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    echo "[services] installing chromium and chromium-driver from Debian packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    local sudo=()
    if [ "$(id -u)" != 0 ]; then sudo=(sudo); fi
    "${sudo[@]}" apt-get update -qq >/dev/null
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
  fi
  export FLAMEFIX_TEST_CHROMEDRIVER=/usr/bin/chromedriver
  export FLAMEFIX_TEST_CHROME=/usr/bin/chromium
}
