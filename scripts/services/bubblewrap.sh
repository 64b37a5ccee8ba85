#!/usr/bin/env bash
# Installs bubblewrap (bwrap), which the validator's sandbox uses to confine candidate code: no
# writes outside its scratch directory, no view of the home and data directories, no process
# starts. Idempotent: nothing is installed when bwrap is on the PATH. Without apt-get (or without
# the rights to use it) it only warns: the validator then runs children unconfined and says so in
# its log and in every verdict's sandbox.confinementNote.
set -euo pipefail

ensure_bubblewrap() {
  if command -v bwrap >/dev/null 2>&1; then
    return 0
  fi
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      echo "[services] bwrap missing and no root to install it: candidates run NOT confined" >&2
      return 0
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "[services] bwrap missing and no apt-get: install bubblewrap to confine candidates" >&2
    return 0
  fi
  echo "[services] installing bubblewrap from Debian packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  if ! { "${sudo[@]}" apt-get install -y -qq --no-install-recommends bubblewrap >/dev/null 2>&1 \
      || { "${sudo[@]}" apt-get update -qq >/dev/null \
        && "${sudo[@]}" apt-get install -y -qq --no-install-recommends bubblewrap >/dev/null; }; }
  then
    echo "[services] could not install bubblewrap: candidates run NOT confined" >&2
  fi
  return 0
}
