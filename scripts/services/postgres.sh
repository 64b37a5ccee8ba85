#!/usr/bin/env bash
# Installs (Debian packages) and starts a private PostgreSQL cluster on loopback for the tests.
# Idempotent: a running cluster is reused. Prints nothing but errors; exports nothing itself —
# callers source this file and call ensure_postgres, which sets FLAMEFIX_TEST_PG_*.
set -euo pipefail

FLAMEFIX_PG_PORT=${FLAMEFIX_PG_PORT:-55432}
FLAMEFIX_PG_DIR=${FLAMEFIX_PG_DIR:-/var/tmp/flamefix-pg}

pg_bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$d" ] && echo "$d"
}

ensure_postgres() {
  local bin
  bin=$(pg_bindir || true)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "[services] installing PostgreSQL from Debian packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq postgresql >/dev/null
    bin=$(pg_bindir)
  fi
  local run_as=()
  if [ "$(id -u)" = 0 ]; then run_as=(runuser -u postgres --); fi
  if [ ! -f "$FLAMEFIX_PG_DIR/PG_VERSION" ]; then
    mkdir -p "$FLAMEFIX_PG_DIR"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$FLAMEFIX_PG_DIR"
    "${run_as[@]}" "$bin/initdb" -D "$FLAMEFIX_PG_DIR" -U postgres -A trust >/dev/null
  fi
  if ! "${run_as[@]}" "$bin/pg_ctl" -D "$FLAMEFIX_PG_DIR" status >/dev/null 2>&1; then
    "${run_as[@]}" "$bin/pg_ctl" -D "$FLAMEFIX_PG_DIR" -w -l "$FLAMEFIX_PG_DIR/server.log" \
      -o "-p $FLAMEFIX_PG_PORT -k /tmp -c listen_addresses=127.0.0.1" start >/dev/null
  fi
  local psql=("$bin/psql" -h 127.0.0.1 -p "$FLAMEFIX_PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)
  if [ "$("${psql[@]}" -c "select 1 from pg_roles where rolname='flamefix'")" != 1 ]; then
    "${psql[@]}" -c "create role flamefix login password 'flamefix'" >/dev/null
  fi
  if [ "$("${psql[@]}" -c "select 1 from pg_database where datname='flamefix_test'")" != 1 ]; then
    "${psql[@]}" -c "create database flamefix_test owner flamefix" >/dev/null
  fi
  export FLAMEFIX_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$FLAMEFIX_PG_PORT/flamefix_test"
  export FLAMEFIX_TEST_PG_USER=flamefix
  export FLAMEFIX_TEST_PG_PASSWORD=flamefix
}
