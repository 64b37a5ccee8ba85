#!/usr/bin/env bash
# Installs (from PyPI, into a private venv) and starts a Milvus-protocol server on loopback for the
# knowledge-base tests. Idempotent: an installed venv and a server already answering are reused.
# Callers source this file and call ensure_milvus, which exports FLAMEFIX_TEST_MILVUS_URI.
#
# Server: milvus-lite's gRPC server (`milvus-lite server --data-dir D --host H --port P`), which the
# Milvus Java SDK v2 talks to. milvus-lite 3.x needs pymilvus for its gRPC stubs but does not
# declare it, so both are installed. The `milvus` package's standalone `milvus-server` (Milvus
# 2.3.5) also works with the SDK, but it binds every interface and is ~10x slower per collection
# operation, so the tests use milvus-lite; see docs/knowledge-base.md.
set -euo pipefail

FLAMEFIX_MILVUS_PORT=${FLAMEFIX_MILVUS_PORT:-55530}
FLAMEFIX_MILVUS_DIR=${FLAMEFIX_MILVUS_DIR:-/var/tmp/flamefix-milvus}
FLAMEFIX_MILVUS_VENV=${FLAMEFIX_MILVUS_VENV:-/var/tmp/flamefix-milvus-venv}
FLAMEFIX_MILVUS_LITE_VERSION=${FLAMEFIX_MILVUS_LITE_VERSION:-3.2.2}
FLAMEFIX_PYMILVUS_VERSION=${FLAMEFIX_PYMILVUS_VERSION:-3.0.2}

milvus_port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

ensure_milvus() {
  local venv=$FLAMEFIX_MILVUS_VENV
  if ! "$venv/bin/python" -c 'import milvus_lite.cmdline, pymilvus' >/dev/null 2>&1; then
    echo "[services] installing milvus-lite $FLAMEFIX_MILVUS_LITE_VERSION from PyPI into $venv" >&2
    if ! python3 -m venv "$venv" >/dev/null 2>&1; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >/dev/null
      apt-get install -y -qq python3-venv >/dev/null
      python3 -m venv "$venv"
    fi
    "$venv/bin/pip" install -q --disable-pip-version-check \
      "milvus-lite==$FLAMEFIX_MILVUS_LITE_VERSION" "pymilvus==$FLAMEFIX_PYMILVUS_VERSION" >&2
  fi
  mkdir -p "$FLAMEFIX_MILVUS_DIR/data"
  if ! milvus_port_open "$FLAMEFIX_MILVUS_PORT"; then
    # setsid: the server outlives this shell and is not killed by the test run's process group.
    setsid nohup "$venv/bin/milvus-lite" server --data-dir "$FLAMEFIX_MILVUS_DIR/data" \
      --host 127.0.0.1 --port "$FLAMEFIX_MILVUS_PORT" \
      >"$FLAMEFIX_MILVUS_DIR/server.log" 2>&1 </dev/null &
    echo $! >"$FLAMEFIX_MILVUS_DIR/server.pid"
    local i
    for i in $(seq 1 120); do
      milvus_port_open "$FLAMEFIX_MILVUS_PORT" && break
      if ! kill -0 "$(cat "$FLAMEFIX_MILVUS_DIR/server.pid")" 2>/dev/null; then
        echo "[services] milvus-lite exited; log:" >&2
        tail -n 20 "$FLAMEFIX_MILVUS_DIR/server.log" >&2
        return 1
      fi
      sleep 0.5
    done
    if ! milvus_port_open "$FLAMEFIX_MILVUS_PORT"; then
      echo "[services] milvus-lite did not accept connections on 127.0.0.1:$FLAMEFIX_MILVUS_PORT within 60 s" >&2
      return 1
    fi
  fi
  export FLAMEFIX_TEST_MILVUS_URI="http://127.0.0.1:$FLAMEFIX_MILVUS_PORT"
}

# Stops the server ensure_milvus started (by its recorded pid), e.g. after a benchmark run.
stop_milvus() {
  local pidfile=$FLAMEFIX_MILVUS_DIR/server.pid
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    kill "$(cat "$pidfile")"
  fi
  rm -f "$pidfile"
}
