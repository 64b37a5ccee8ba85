#!/usr/bin/env bash
# The main job of flamefix, on one machine with JDK 17+ and Maven, offline after the first build:
#   build -> `flamefix demo`: start the server (embedded database and knowledge base) -> run the
#   example order service under the flamefix agent -> rank its hotspots -> register the app ->
#   optimize the top hotspots through the REST API (recipe engine, plus the model FLAMEFIX_MODEL_*
#   configures, if any) -> validate (compile, differential tests, JMH) -> print each accepted patch
#   with its measured speed-up, and the dashboard URL.
# The server then stays up in the foreground until Ctrl-C, unless --exit (or FLAMEFIX_DEMO_EXIT=1).
#
# Settings (environment): FLAMEFIX_DEMO_PORT (default 8080, or a free port when 8080 is taken),
# FLAMEFIX_DATA_DIR (data directory, default ~/.flamefix), FLAMEFIX_DEMO_TARGETS (hotspots to
# optimize, default 3), FLAMEFIX_MODEL_NAME / _BASE_URL / _API_KEY (optional candidate model).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

EXIT_AFTER=${FLAMEFIX_DEMO_EXIT:-0}
for arg in "$@"; do
  case "$arg" in
    --exit) EXIT_AFTER=1 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "[demo] unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done
WORK=$(mktemp -d "${TMPDIR:-/tmp}/flamefix-demo.XXXXXX")

# The demo validates candidates: confine them with bubblewrap where it can be installed.
# shellcheck source=services/bubblewrap.sh
source scripts/services/bubblewrap.sh
ensure_bubblewrap

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

echo "[demo] 0/7 building the flamefix jar, agent and example (mvn package, tests skipped; the first run downloads dependencies)"
mvn -B -q -ntp -DskipTests -pl cli,agent,examples -am package >"$WORK/build.log" 2>&1 || {
  tail -n 40 "$WORK/build.log" >&2; echo "[demo] build failed; full log: $WORK/build.log" >&2; exit 1; }
FLAMEFIX_JAR=$ROOT/cli/target/flamefix.jar
AGENT_JAR=$ROOT/agent/target/flamefix-agent.jar
for f in "$FLAMEFIX_JAR" "$AGENT_JAR" "$ROOT/examples/target/classes"; do
  [ -e "$f" ] || { echo "[demo] missing $f after the build" >&2; exit 1; }
done

PORT=${FLAMEFIX_DEMO_PORT:-8080}
if listening "$PORT"; then
  echo "[demo] port $PORT is taken; letting the server pick a free one"
  PORT=0
fi
ARGS=(demo --port "$PORT" --agent "$AGENT_JAR" --examples-classes "$ROOT/examples/target/classes"
  --source-root "$ROOT/examples/src/main/java" --targets "${FLAMEFIX_DEMO_TARGETS:-3}")
[ -n "${FLAMEFIX_DATA_DIR:-}" ] && ARGS+=(--data-dir "$FLAMEFIX_DATA_DIR")
[ "$EXIT_AFTER" = 1 ] && ARGS+=(--exit)
exec java -jar "$FLAMEFIX_JAR" "${ARGS[@]}"
