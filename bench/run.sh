#!/usr/bin/env bash
# Benchmarks of issue 6 (docs/performance.md). Bounded: every wrk run has a fixed duration, JMH a fixed number of
# iterations, the compile-time measurement a fixed number of runs; the apps are killed on exit.
#
#   bench/run.sh              full run: HTTP variants (16 to 20 min), JMH (about 3 min), compile time (about 6 min)
#   bench/run.sh --quick      smoke run of the same steps, about 8 min in all
#   options: --only http|jmh|compile   one step only
#            --skip-build              use the jars already built
#            --jfr                     record a JFR profile of bench-app during the HTTP step (bench/results/bench-app.jfr)
#
# Results go to bench/results/ (http.md, http.tsv, jmh.md, jmh.json, compile-time.md); a full run also draws
# docs/performance.png. All traffic stays on 127.0.0.1 (ports 8081, 8082, 8083).
set -euo pipefail
cd "$(dirname "$0")/.."

QUICK=0; ONLY=all; BUILD=1; JFR=0
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --only) ONLY="$2"; shift ;;
    --skip-build) BUILD=0 ;;
    --jfr) JFR=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

START=$(date +%s)
RESULTS=bench/results
mkdir -p "$RESULTS"
if [ $QUICK = 1 ]; then
  HTTP_ARGS=(--duration 2 --rounds 2 --warmup 2 --warmup-passes 2 --chart "$RESULTS/http.png")
  JMH_ARGS=(-f 1 -wi 1 -w 1s -i 2 -r 1s)
  COMPILE_ARGS=(--runs 1 --warmup 1)
else
  HTTP_ARGS=(--duration 10 --rounds 3 --warmup 5 --chart docs/performance.png)
  JMH_ARGS=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
  COMPILE_ARGS=(--runs 5 --warmup 5)
fi
JVM_OPTS=(-Xms1g -Xmx1g -XX:+UseG1GC)

step() { echo; echo "=== $* ($(( $(date +%s) - START )) s)"; }

{
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/{print $2}') GB"
  echo "java: $(java -version 2>&1 | sed -n 2p)"
  echo "wrk: $(wrk -v 2>&1 | head -1 || true)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$RESULTS/machine.txt" 2>/dev/null || true

if ! command -v wrk >/dev/null; then
  step "installing wrk"
  apt-get update && apt-get install -y wrk
fi

if [ $BUILD = 1 ]; then
  step "building the apps and the JMH jar"
  ./mvnw -B -q -Pbenchmarks -DskipTests package \
    -pl sample-app,benchmarks/bench-app,benchmarks/bench-app-plain,benchmarks/jmh -am
fi

PIDS=()
stop_apps() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
}
trap stop_apps EXIT INT TERM

start_app() { # name jar port [jvm options...]
  local name=$1 jar=$2 port=$3; shift 3
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "port $port is already in use; stop whatever listens there" >&2; exit 1
  fi
  java "${JVM_OPTS[@]}" "$@" -Dmicronaut.server.host=127.0.0.1 -Dmicronaut.server.port="$port" -jar "$jar" \
    > "$RESULTS/$name.log" 2>&1 &
  PIDS+=($!)
}

wait_for() { # url
  for _ in $(seq 1 180); do
    if curl -s -o /dev/null "$1"; then return 0; fi
    sleep 1
  done
  echo "no answer from $1 after 180 s; see $RESULTS/*.log" >&2; exit 1
}

if [ $ONLY = all ] || [ $ONLY = http ]; then
  step "starting bench-app (8081), bench-app-plain (8082; with the library's runtime on 8084), sample-app (8083)"
  APP_OPTS=()
  if [ $JFR = 1 ]; then
    APP_OPTS=(-XX:StartFlightRecording=filename=$RESULTS/bench-app.jfr,settings=profile)
  fi
  start_app bench-app benchmarks/bench-app/target/precondition-bench-app-0.1.0-SNAPSHOT.jar 8081 "${APP_OPTS[@]}"
  start_app bench-app-plain benchmarks/bench-app-plain/target/precondition-bench-app-plain-0.1.0-SNAPSHOT.jar 8082
  # Variant 7 in one app: bench-app-plain again, with the library's runtime on its class path (its beans load:
  # exception handlers, the argument binder, the Netty customizer of coded ETags), but no annotated route.
  if curl -s -o /dev/null "http://127.0.0.1:8084/"; then
    echo "port 8084 is already in use; stop whatever listens there" >&2; exit 1
  fi
  java "${JVM_OPTS[@]}" -Dmicronaut.server.host=127.0.0.1 -Dmicronaut.server.port=8084 \
    -cp benchmarks/bench-app-plain/target/precondition-bench-app-plain-0.1.0-SNAPSHOT.jar:runtime/target/precondition-runtime-0.1.0-SNAPSHOT.jar:annotations/target/precondition-annotations-0.1.0-SNAPSHOT.jar \
    io.precondition.benchplain.PlainApplication > "$RESULTS/bench-app-plain-lib.log" 2>&1 &
  PIDS+=($!)
  # A copy, so that nothing that stops the sample app of a test run by its jar's name stops this one.
  cp sample-app/target/precondition-sample-app-0.1.0-SNAPSHOT.jar "$RESULTS/bench-wiki.jar"
  start_app sample-app "$RESULTS/bench-wiki.jar" 8083
  wait_for http://127.0.0.1:8081/const
  wait_for http://127.0.0.1:8082/plain/p1k
  wait_for http://127.0.0.1:8084/plain/p1k
  wait_for http://127.0.0.1:8083/pages
  step "HTTP variants"
  timeout 40m java bench/Harness.java http --out "$RESULTS" "${HTTP_ARGS[@]}"
  stop_apps
fi

if [ $ONLY = all ] || [ $ONLY = jmh ]; then
  step "JMH: runtime core (${JMH_ARGS[*]} -prof gc)"
  timeout 20m java -jar benchmarks/jmh/target/benchmarks.jar "${JMH_ARGS[@]}" -prof gc \
    -rf json -rff "$RESULTS/jmh.json" > "$RESULTS/jmh.log" 2>&1 || { tail -50 "$RESULTS/jmh.log"; exit 1; }
  java bench/Harness.java jmh "$RESULTS/jmh.json" --out "$RESULTS"
fi

if [ $ONLY = all ] || [ $ONLY = compile ]; then
  step "compile time of sample-app with and without precondition-processor"
  # Maven's exact javac options for sample-app (the processor comes from the reactor: processor/target/classes).
  ./mvnw -B -X -pl sample-app -am clean compile > "$RESULTS/compile-maven.log" 2>&1
  grep -A1 'Command line options' "$RESULTS/compile-maven.log" | grep -- '-d [^ ]*/sample-app/target/classes ' \
    | tail -1 | sed 's/^\[DEBUG\] //' > "$RESULTS/javac-options.txt"
  timeout 20m java bench/CompileTime.java "$RESULTS/javac-options.txt" sample-app/src/main/java --out "$RESULTS" \
    "${COMPILE_ARGS[@]}"
fi

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS/machine.txt"
step "done in $(( $(date +%s) - START )) s; results in $RESULTS/"
