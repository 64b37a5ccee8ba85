#!/usr/bin/env bash
# The main job of flamefix, on one machine with JDK 17+ and Maven:
#   build -> start the server (embedded database) -> run the example order service under the
#   flamefix agent -> print its ranked hotspots and where to look at them.
# The server then stays up in the foreground until Ctrl-C, unless --exit (or FLAMEFIX_DEMO_EXIT=1).
#
# Settings (environment): FLAMEFIX_DEMO_SECONDS (profiling time, default 25),
# FLAMEFIX_DEMO_PORT (default 8080, or a free port when 8080 is taken),
# FLAMEFIX_DATA_DIR (embedded database directory, default ~/.flamefix).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

EXIT_AFTER=${FLAMEFIX_DEMO_EXIT:-0}
for arg in "$@"; do
  case "$arg" in
    --exit) EXIT_AFTER=1 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "[demo] unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done
SECONDS_TO_PROFILE=${FLAMEFIX_DEMO_SECONDS:-25}
DATA_DIR=${FLAMEFIX_DATA_DIR:-$HOME/.flamefix}
APP=orders
WORK=$(mktemp -d "${TMPDIR:-/tmp}/flamefix-demo.XXXXXX")
SERVER_LOG=$WORK/server.log
APP_LOG=$WORK/orders.log
SERVER_PID=
APP_PID=

step() { echo "[demo] $*"; }

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  [ -n "$SERVER_PID" ] && wait "$SERVER_PID" 2>/dev/null || true
}
trap cleanup EXIT
trap 'echo; step "stopping"; exit 0' INT TERM

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

step "1/5 building server, agent and example (mvn package, tests skipped; the first run downloads dependencies)"
mvn -B -q -ntp -DskipTests -pl server,agent,examples -am package >"$WORK/build.log" 2>&1 || {
  tail -n 40 "$WORK/build.log" >&2; step "build failed; full log: $WORK/build.log" >&2; exit 1; }
SERVER_JAR=$ROOT/server/target/flamefix-server.jar
AGENT_JAR=$ROOT/agent/target/flamefix-agent.jar
EXAMPLES_CP=$ROOT/examples/target/classes
for f in "$SERVER_JAR" "$AGENT_JAR"; do
  [ -f "$f" ] || { step "missing $f after the build" >&2; exit 1; }
done

PORT=${FLAMEFIX_DEMO_PORT:-8080}
if listening "$PORT"; then
  step "port $PORT is taken; letting the server pick a free one"
  PORT=0
fi
step "2/5 starting the server (embedded database in $DATA_DIR; log: $SERVER_LOG)"
java -jar "$SERVER_JAR" serve --port "$PORT" --data-dir "$DATA_DIR" >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    tail -n 30 "$SERVER_LOG" >&2; step "the server exited during start-up" >&2; SERVER_PID=; exit 1
  fi
  if [ "$PORT" = 0 ]; then
    found=$(grep -oE 'Tomcat started on port[^0-9]*[0-9]+' "$SERVER_LOG" | grep -oE '[0-9]+$' | head -n 1 || true)
    [ -n "$found" ] && PORT=$found
  fi
  if [ "$PORT" != 0 ] && grep -qE 'Started [A-Za-z]+ in ' "$SERVER_LOG"; then break; fi
  sleep 0.5
done
grep -qE 'Started [A-Za-z]+ in ' "$SERVER_LOG" || { step "the server did not start within 60 s" >&2; exit 1; }
URL=http://127.0.0.1:$PORT
step "    server up at $URL"

FROM_MS=$(( $(date +%s) * 1000 ))
step "3/5 running the example order service under the flamefix agent for ${SECONDS_TO_PROFILE}s (log: $APP_LOG)"
java "-javaagent:$AGENT_JAR=server=$URL,app=$APP,window=5s,interval=10ms" \
  -cp "$EXAMPLES_CP" dev.flamefix.examples.orders.OrderService 1000000 >"$APP_LOG" 2>&1 &
APP_PID=$!
sleep "$SECONDS_TO_PROFILE"
kill "$APP_PID" 2>/dev/null || true   # SIGTERM: the agent ships its last window on the way out
wait "$APP_PID" 2>/dev/null || true
APP_PID=

step "4/5 ranking hotspots"
java -jar "$SERVER_JAR" hotspots --server "$URL" --app "$APP" --from "$FROM_MS" --limit 10 \
  --min-samples 100 --timeout 20s || { step "no hotspots found; agent output:" >&2; tail -n 20 "$APP_LOG" >&2; exit 1; }

step "5/5 explore:"
echo "       hotspots    $URL/api/apps/$APP/hotspots?from=$FROM_MS"
echo "       flame graph $URL/api/apps/$APP/flamegraph?from=$FROM_MS"
echo "       apps        $URL/api/apps"
echo "       metrics     $URL/actuator/prometheus"
if [ "$EXIT_AFTER" = 1 ]; then
  step "done (--exit): stopping the server"
  exit 0
fi
step "server keeps running at $URL; press Ctrl-C to stop it"
wait "$SERVER_PID"
