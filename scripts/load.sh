#!/usr/bin/env bash
# Load test of ingest (docs/performance.md#ingest-at-fleet-scale): starts REPLICAS flamefix server
# processes on one PostgreSQL (the one scripts/services/postgres.sh starts, database flamefix_load),
# runs the load generator against them, prints its report, stops the servers it started.
#
#   REPLICAS=2 bash scripts/load.sh --agents=2000 --duration=180s
#
# Environment: REPLICAS (1), FLAMEFIX_JAR (cli/target/flamefix.jar), BENCH_JAR
# (bench/target/benchmarks.jar), SERVER_HEAP (1536m), SERVER_THREADS (16: Tomcat workers; more only
# thrash 2 cores), BASE_PORT (18080), LOAD_DIR (/tmp/flamefix-load).
# Arguments go to the load generator (dev.flamefix.bench.load.LoadOptions).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=/dev/null
source scripts/services/postgres.sh

REPLICAS=${REPLICAS:-1}
FLAMEFIX_JAR=${FLAMEFIX_JAR:-cli/target/flamefix.jar}
BENCH_JAR=${BENCH_JAR:-bench/target/benchmarks.jar}
SERVER_HEAP=${SERVER_HEAP:-1536m}
BASE_PORT=${BASE_PORT:-18080}
SERVER_THREADS=${SERVER_THREADS:-16}
LOAD_DIR=${LOAD_DIR:-/tmp/flamefix-load}
for jar in "$FLAMEFIX_JAR" "$BENCH_JAR"; do
  [ -f "$jar" ] || { echo "missing $jar: mvn -B -q -ntp -pl cli,bench -am package -DskipTests" >&2; exit 2; }
done

ensure_postgres
psql=("$(pg_bindir)/psql" -h 127.0.0.1 -p "$FLAMEFIX_PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)
if [ "$("${psql[@]}" -c "select 1 from pg_database where datname='flamefix_load'")" != 1 ]; then
  "${psql[@]}" -c "create database flamefix_load owner flamefix" >/dev/null
fi
db_url="jdbc:postgresql://127.0.0.1:$FLAMEFIX_PG_PORT/flamefix_load"

mkdir -p "$LOAD_DIR"
pids=()
servers=()
stop_servers() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_servers EXIT
for i in $(seq 1 "$REPLICAS"); do
  port=$((BASE_PORT + i - 1))
  java -Xmx"$SERVER_HEAP" -jar "$FLAMEFIX_JAR" serve --port "$port" --data-dir "$LOAD_DIR/replica-$i" \
    --spring.datasource.url="$db_url" --spring.datasource.username=flamefix \
    --spring.datasource.password=flamefix --server.tomcat.threads.max="$SERVER_THREADS" \
    >"$LOAD_DIR/replica-$i.log" 2>&1 &
  pids+=("$!")
  servers+=("http://127.0.0.1:$port")
done
for s in "${servers[@]}"; do
  for _ in $(seq 1 300); do
    curl -fs "$s/actuator/health/readiness" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -fs "$s/actuator/health/readiness" >/dev/null || { echo "$s did not start; see $LOAD_DIR" >&2; exit 1; }
done
echo "[load] $REPLICAS replica(s) up: ${servers[*]} (pids ${pids[*]})"
java -Xmx1g -cp "$BENCH_JAR" dev.flamefix.bench.load.LoadGenerator \
  --servers="$(IFS=,; echo "${servers[*]}")" --server-pids="$(IFS=,; echo "${pids[*]}")" \
  --jdbc="$db_url" --jdbc-user=flamefix --jdbc-password=flamefix "$@"
