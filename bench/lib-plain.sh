#!/usr/bin/env bash
# The library on the class path of an app with no annotated controller (issue 17, item 9's last ratio; docs/performance.md):
# bench-app-plain without the library, with this checkout's runtime, and with the runtime kept by
# `bench/run.sh --before REF` (bench/target/before/), alternated with wrk on 127.0.0.1: 2 warm-up passes, then
# 5 rounds x 10 s of GET /plain/p1k each. Bounded; the apps are killed on exit. About 4 min.
# Needs: ./mvnw -Pbenchmarks -DskipTests package -pl benchmarks/bench-app-plain,runtime -am, and a --before run's jars.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=benchmarks/bench-app-plain/target/precondition-bench-app-plain-0.1.0-SNAPSHOT.jar
AFTER=runtime/target/precondition-runtime-0.1.0-SNAPSHOT.jar:annotations/target/precondition-annotations-0.1.0-SNAPSHOT.jar:http/target/precondition-http-0.1.0-SNAPSHOT.jar
BEFORE=bench/target/before/runtime.jar:bench/target/before/annotations.jar
for f in "$JAR" bench/target/before/runtime.jar; do
  [ -f "$f" ] || { echo "missing $f (see the header of this script)" >&2; exit 1; }
done
OPTS=(-Xms1g -Xmx1g -XX:+UseG1GC -Dmicronaut.server.host=127.0.0.1)
mkdir -p bench/results
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null || true' EXIT INT TERM
java "${OPTS[@]}" -Dmicronaut.server.port=8082 -jar "$JAR" > bench/results/lib-plain-nolib.log 2>&1 & PIDS+=($!)
java "${OPTS[@]}" -Dmicronaut.server.port=8084 -cp "$JAR:$AFTER" io.precondition.benchplain.PlainApplication \
  > bench/results/lib-plain-after.log 2>&1 & PIDS+=($!)
java "${OPTS[@]}" -Dmicronaut.server.port=8094 -cp "$JAR:$BEFORE" io.precondition.benchplain.PlainApplication \
  > bench/results/lib-plain-before.log 2>&1 & PIDS+=($!)
for port in 8082 8084 8094; do
  for _ in $(seq 1 120); do curl -s -o /dev/null "http://127.0.0.1:$port/plain/p1k" && break; sleep 1; done
done
for _ in 1 2; do
  for port in 8082 8084 8094; do wrk -t2 -c32 -d10s "http://127.0.0.1:$port/plain/p1k" > /dev/null; done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in 1 2 3 4 5; do
  for port in 8082 8084 8094; do
    name=$([ $port = 8082 ] && echo "no library" || ([ $port = 8084 ] && echo "library (this checkout)" || echo "library (before)"))
    echo "round $round, $name: $(wrk -t2 -c32 -d10s "http://127.0.0.1:$port/plain/p1k" | awk '/Requests\/sec/{print $2}') req/s"
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
