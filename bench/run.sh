#!/usr/bin/env bash
# Benchmarks of issue 6 (docs/performance.md). Bounded: every wrk run has a fixed duration, JMH a fixed number of
# iterations, the compile-time measurement a fixed number of runs; the apps are killed on exit.
#
#   bench/run.sh              full run: HTTP variants (16 to 20 min), JMH (about 3 min), compile time (about 6 min)
#   bench/run.sh --quick      smoke run of the same steps, about 8 min in all
#   bench/run.sh --before REF [--quick]
#                             before/after run (issue 17, item 9): builds bench-app also at REF (a commit, e.g.
#                             2f95c30) and alternates both builds' variants in one run, then the JMH of the engine's
#                             dispatch (DispatchBenchmark); about 25 min (--quick: about 9 min). No compile step.
#   options: --only http|jmh|compile   one step only
#            --skip-build              use the jars already built (with --before: those built from the same REF)
#            --jfr                     record a JFR profile of bench-app during the HTTP step (bench/results/bench-app.jfr)
#            --before-repo DIR         with --before: the Maven local repository of REF's build (default: m2-before
#                                      beside this checkout; seeded once from ~/.m2/repository without io/precondition,
#                                      so that neither build ever resolves the other's io.precondition artifacts)
#            --offline                 pass -o (offline) to every ./mvnw
#
# Results go to bench/results/ (http.md, http.tsv, jmh.md, jmh.json, compile-time.md; with --before:
# before-after.md, before-after.tsv instead of http.*); a full run without --before also draws docs/performance.png.
# All traffic stays on 127.0.0.1 (ports 8081, 8082, 8083, 8084; with --before 8081, 8082, 8084, 8091, 8094).
set -euo pipefail
cd "$(dirname "$0")/.."

QUICK=0; ONLY=all; BUILD=1; JFR=0; BEFORE=; BEFORE_REPO=; MVN_FLAGS=(-B -q)
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --before) BEFORE="$2"; shift ;;
    --before-repo) BEFORE_REPO="$2"; shift ;;
    --offline) MVN_FLAGS+=(-o) ;;
    --only) ONLY="$2"; shift ;;
    --skip-build) BUILD=0 ;;
    --jfr) JFR=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

if [ -n "$BEFORE" ]; then
  BEFORE_SHA=$(git rev-parse --verify -q "$BEFORE^{commit}") || { echo "--before $BEFORE: no such commit" >&2; exit 2; }
  AFTER_SHA=$(git rev-parse HEAD)
  AFTER_LABEL="$(git rev-parse --abbrev-ref HEAD) ${AFTER_SHA:0:7}"
  git diff --quiet HEAD -- . ':!bench' || AFTER_LABEL+=" with uncommitted changes"
  BEFORE_LABEL="$BEFORE"
  [[ "$BEFORE_SHA" == "$BEFORE"* ]] || BEFORE_LABEL+=" ${BEFORE_SHA:0:7}"
  [ -n "$BEFORE_REPO" ] || BEFORE_REPO="$(cd .. && pwd)/m2-before"
  BEFORE_JARS=bench/target/before   # REF's jars, kept for --skip-build
fi

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
if [ -n "$BEFORE" ]; then
  # Same rules as without --before, no chart; the compare command's variants (23) are what its ratios need.
  HTTP_ARGS=("${HTTP_ARGS[@]:0:${#HTTP_ARGS[@]}-2}")
  [ $QUICK = 1 ] || HTTP_ARGS+=(--warmup-passes 4)
  JMH_ARGS+=(DispatchBenchmark)   # the other benchmarks measure code that did not change with the engine
  if [ $ONLY = compile ]; then echo "--before measures no compile time" >&2; exit 2; fi
fi
JVM_OPTS=(-Xms1g -Xmx1g -XX:+UseG1GC)

step() { echo; echo "=== $* ($(( $(date +%s) - START )) s)"; }

if ! command -v wrk >/dev/null; then
  step "installing wrk"
  apt-get update && apt-get install -y wrk
fi

{
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/{print $2}') GB"
  echo "java: $(java -version 2>&1 | sed -n 2p)"
  echo "wrk: $(wrk -v 2>&1 | head -1 || true)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ -n "$BEFORE" ]; then echo "before: $BEFORE_LABEL; after: $AFTER_LABEL"; fi
} > "$RESULTS/machine.txt" 2>/dev/null || true

PIDS=()
WORKTREE=
stop_apps() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
}
cleanup() {
  stop_apps
  if [ -n "$WORKTREE" ]; then git worktree remove --force "$WORKTREE" 2>/dev/null || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# REF's bench-app, runtime and annotations jars, built in a temporary worktree by REF's own reactor (so its
# bench-app is compiled by REF's processor) against a local repository of its own.
build_before() {
  step "building bench-app at $BEFORE_LABEL in a temporary worktree (Maven repository $BEFORE_REPO)"
  if [ ! -d "$BEFORE_REPO" ]; then
    echo "seeding $BEFORE_REPO from ~/.m2/repository (once; without io/precondition)"
    rm -rf "$BEFORE_REPO.partial"
    cp -r "$HOME/.m2/repository" "$BEFORE_REPO.partial"
    rm -rf "$BEFORE_REPO.partial/io/precondition"
    mv "$BEFORE_REPO.partial" "$BEFORE_REPO"
  fi
  WORKTREE=$(mktemp -d "${TMPDIR:-/tmp}/precondition-before.XXXXXX")
  git worktree add -q --detach "$WORKTREE" "$BEFORE_SHA"
  # package, never install: the processor and runtime come from REF's reactor.
  (cd "$WORKTREE" && ./mvnw "${MVN_FLAGS[@]}" -Dmaven.repo.local="$BEFORE_REPO" -Pbenchmarks -DskipTests package \
    -pl benchmarks/bench-app -am)
  rm -rf "$BEFORE_JARS"; mkdir -p "$BEFORE_JARS"
  cp "$WORKTREE/benchmarks/bench-app/target/precondition-bench-app-0.1.0-SNAPSHOT.jar" "$BEFORE_JARS/bench-app.jar"
  cp "$WORKTREE/runtime/target/precondition-runtime-0.1.0-SNAPSHOT.jar" "$BEFORE_JARS/runtime.jar"
  cp "$WORKTREE/annotations/target/precondition-annotations-0.1.0-SNAPSHOT.jar" "$BEFORE_JARS/annotations.jar"
  # io.precondition.http: in the runtime's jar before precondition-http, in its own since
  if [ -f "$WORKTREE/http/target/precondition-http-0.1.0-SNAPSHOT.jar" ]; then
    cp "$WORKTREE/http/target/precondition-http-0.1.0-SNAPSHOT.jar" "$BEFORE_JARS/http.jar"
  fi
  echo "$BEFORE_SHA" > "$BEFORE_JARS/built-from"
  git worktree remove --force "$WORKTREE"; WORKTREE=
}

if [ $BUILD = 1 ]; then
  step "building the apps and the JMH jar"
  if [ -n "$BEFORE" ]; then
    ./mvnw "${MVN_FLAGS[@]}" -Pbenchmarks -DskipTests package \
      -pl benchmarks/bench-app,benchmarks/bench-app-plain,benchmarks/jmh -am
    if [ $ONLY != jmh ]; then build_before; fi
  else
    ./mvnw "${MVN_FLAGS[@]}" -Pbenchmarks -DskipTests package \
      -pl sample-app,benchmarks/bench-app,benchmarks/bench-app-plain,benchmarks/jmh -am
  fi
elif [ -n "$BEFORE" ] && [ $ONLY != jmh ] && [ "$(cat "$BEFORE_JARS/built-from" 2>/dev/null)" != "$BEFORE_SHA" ]; then
  echo "--skip-build: $BEFORE_JARS was not built from $BEFORE_SHA; run without --skip-build" >&2; exit 1
fi

start_app() { # name jar port [jvm options...]
  local name=$1 jar=$2 port=$3; shift 3
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "port $port is already in use; stop whatever listens there" >&2; exit 1
  fi
  java "${JVM_OPTS[@]}" "$@" -Dmicronaut.server.host=127.0.0.1 -Dmicronaut.server.port="$port" -jar "$jar" \
    > "$RESULTS/$name.log" 2>&1 &
  PIDS+=($!)
}

# bench-app-plain with a library's runtime (and its annotations) on its class path: its beans load (exception
# handlers, the argument binder, the Netty customizer of coded ETags), but no route is annotated.
start_lib_plain() { # name port runtime-jar annotations-jar http-jar (absent before precondition-http: ignored)
  if curl -s -o /dev/null "http://127.0.0.1:$2/"; then
    echo "port $2 is already in use; stop whatever listens there" >&2; exit 1
  fi
  java "${JVM_OPTS[@]}" -Dmicronaut.server.host=127.0.0.1 -Dmicronaut.server.port="$2" \
    -cp "benchmarks/bench-app-plain/target/precondition-bench-app-plain-0.1.0-SNAPSHOT.jar:$3:$4:$5" \
    io.precondition.benchplain.PlainApplication > "$RESULTS/$1.log" 2>&1 &
  PIDS+=($!)
}

wait_for() { # url
  for _ in $(seq 1 180); do
    if curl -s -o /dev/null "$1"; then return 0; fi
    sleep 1
  done
  echo "no answer from $1 after 180 s; see $RESULTS/*.log" >&2; exit 1
}

RUNTIME_JAR=runtime/target/precondition-runtime-0.1.0-SNAPSHOT.jar
ANNOTATIONS_JAR=annotations/target/precondition-annotations-0.1.0-SNAPSHOT.jar
HTTP_JAR=http/target/precondition-http-0.1.0-SNAPSHOT.jar
if [ -n "$BEFORE" ] && { [ $ONLY = all ] || [ $ONLY = http ]; }; then
  step "starting bench-app after (8081) and before (8091), bench-app-plain (8082; with the library's runtime: after 8084, before 8094)"
  start_app bench-app benchmarks/bench-app/target/precondition-bench-app-0.1.0-SNAPSHOT.jar 8081
  start_app bench-app-plain benchmarks/bench-app-plain/target/precondition-bench-app-plain-0.1.0-SNAPSHOT.jar 8082
  start_lib_plain bench-app-plain-lib 8084 "$RUNTIME_JAR" "$ANNOTATIONS_JAR" "$HTTP_JAR"
  start_app bench-app-before "$BEFORE_JARS/bench-app.jar" 8091
  start_lib_plain bench-app-plain-lib-before 8094 "$BEFORE_JARS/runtime.jar" "$BEFORE_JARS/annotations.jar" \
    "$BEFORE_JARS/http.jar"
  for url in http://127.0.0.1:8081/const http://127.0.0.1:8082/plain/p1k http://127.0.0.1:8084/plain/p1k \
      http://127.0.0.1:8091/const http://127.0.0.1:8094/plain/p1k; do
    wait_for "$url"
  done
  step "HTTP variants, before and after alternated"
  COMMAND="bench/run.sh --before $BEFORE"
  [ $QUICK = 1 ] && COMMAND+=" --quick"
  [ $ONLY = all ] || COMMAND+=" --only $ONLY"
  timeout 60m java bench/Harness.java compare --out "$RESULTS" "${HTTP_ARGS[@]}" \
    --before http://127.0.0.1:8091 --before-lib http://127.0.0.1:8094 \
    --after http://127.0.0.1:8081 --after-lib http://127.0.0.1:8084 --nolib http://127.0.0.1:8082 \
    --before-label "$BEFORE_LABEL" --after-label "$AFTER_LABEL" --command "$COMMAND"
  stop_apps
elif [ $ONLY = all ] || [ $ONLY = http ]; then
  step "starting bench-app (8081), bench-app-plain (8082; with the library's runtime on 8084), sample-app (8083)"
  APP_OPTS=()
  if [ $JFR = 1 ]; then
    APP_OPTS=(-XX:StartFlightRecording=filename=$RESULTS/bench-app.jfr,settings=profile)
  fi
  start_app bench-app benchmarks/bench-app/target/precondition-bench-app-0.1.0-SNAPSHOT.jar 8081 "${APP_OPTS[@]}"
  start_app bench-app-plain benchmarks/bench-app-plain/target/precondition-bench-app-plain-0.1.0-SNAPSHOT.jar 8082
  # Variant 7 in one app: bench-app-plain again, with the library's runtime on its class path.
  start_lib_plain bench-app-plain-lib 8084 "$RUNTIME_JAR" "$ANNOTATIONS_JAR" "$HTTP_JAR"
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

if [ -z "$BEFORE" ] && { [ $ONLY = all ] || [ $ONLY = compile ]; }; then
  step "compile time of sample-app with and without precondition-processor"
  # Maven's exact javac options for sample-app (the processor comes from the reactor: processor/target/classes).
  COMPILE_MVN=(-B); [[ " ${MVN_FLAGS[*]} " == *" -o "* ]] && COMPILE_MVN+=(-o)
  ./mvnw "${COMPILE_MVN[@]}" -X -pl sample-app -am clean compile > "$RESULTS/compile-maven.log" 2>&1
  grep -A1 'Command line options' "$RESULTS/compile-maven.log" | grep -- '-d [^ ]*/sample-app/target/classes ' \
    | tail -1 | sed 's/^\[DEBUG\] //' > "$RESULTS/javac-options.txt"
  timeout 20m java bench/CompileTime.java "$RESULTS/javac-options.txt" sample-app/src/main/java --out "$RESULTS" \
    "${COMPILE_ARGS[@]}"
fi

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS/machine.txt"
step "done in $(( $(date +%s) - START )) s; results in $RESULTS/"
