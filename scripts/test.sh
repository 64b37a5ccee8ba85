#!/usr/bin/env bash
# Runs every test of flamefix on a fresh machine: installs and starts what the tests need
# (PostgreSQL, a Milvus server, Chromium + chromedriver, bubblewrap for the validator's sandbox,
# helm for the chart tests),
# idempotently, then runs Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

for f in scripts/services/*.sh; do
  # shellcheck source=/dev/null
  source "$f"
done

echo "[test] starting services"
ensure_postgres
echo "[test] PostgreSQL at $FLAMEFIX_TEST_PG_URL"
if declare -F ensure_milvus >/dev/null; then
  ensure_milvus
  echo "[test] Milvus at ${FLAMEFIX_TEST_MILVUS_URI:-?}"
fi
if declare -F ensure_chromium >/dev/null; then
  ensure_chromium
  echo "[test] chromedriver at ${FLAMEFIX_TEST_CHROMEDRIVER:-?}"
fi

if declare -F ensure_bubblewrap >/dev/null; then
  ensure_bubblewrap
  echo "[test] bwrap at $(command -v bwrap || echo 'none: sandbox tests of confinement skip')"
fi

if declare -F ensure_helm >/dev/null; then
  ensure_helm
  echo "[test] helm at ${FLAMEFIX_TEST_HELM:-none: the Helm chart tests skip}"
fi

echo "[test] mvn verify"
exec mvn -B -ntp verify "$@"
