#!/usr/bin/env bash
# The cost of the app's size (issue 17, item 5; docs/performance.md). bench/AppSize.java generates, per N in 1 20 100,
# a Micronaut app with N annotated controllers (GET /cI/items/{id} with @Versioned(lookup = ...)) and the same app
# without the @Versioned lines, plus one unannotated route GET /plain/{id} in both; this script builds them from the
# installed artifacts of a local Maven repository (io.precondition:*:0.1.0-SNAPSHOT), starts them as jars on
# 127.0.0.1, and runs `java bench/AppSize.java http`, which measures with wrk, the apps alternated in rounds:
# (a) the unannotated route, (b) an annotated 200, (c) its 304. Bounded: every wrk run has a fixed duration, every
# wait a fixed number of tries; the apps are killed on exit.
#
#   bench/app-size.sh                       full run, about 14 min (build 1 min, start, 12 min of wrk)
#   bench/app-size.sh --quick               3 to 6 min (one warm-up pass, 2 rounds x 2 s): a smoke test, not numbers
#   (two --repo: 12 apps, 30 variants alternated; about 16 min, --quick about 7)
#   options: --repo [LABEL=]DIR             the local repository to build the apps from (default: ~/.m2/repository,
#                                           or -Dmaven.repo.local=DIR); give it twice to measure two sets of
#                                           artifacts alternated in one run, e.g.
#                                           --repo before=/work/m2-old --repo after=/work/m2-new
#            --skip-build                   use the jars already built (from the same repository)
#            --port-base P                  first port (default 18181; one port per app)
#            --rounds R --duration S --warmup S   override the mode's wrk settings
#
# Generated apps and their jars: bench/target/app-size/LABEL/ (never committed). Results: bench/results/app-size/
# (app-size.md, app-size.tsv, the apps' logs).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

QUICK=0; BUILD=1; PORT_BASE=18181; OVERRIDES=(); LABELS=(); REPOS=(); NS=(1 20 100)
add_repo() { # [LABEL=]DIR
  local label= dir=$1
  if [[ "$1" == *=* ]]; then label=${1%%=*}; dir=${1#*=}; fi
  REPOS+=("$(cd "$dir" && pwd)"); LABELS+=("$label")
}
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --skip-build) BUILD=0 ;;
    --repo) add_repo "$2"; shift ;;
    -Dmaven.repo.local=*) add_repo "${1#-Dmaven.repo.local=}" ;;
    --port-base) PORT_BASE="$2"; shift ;;
    --rounds|--duration|--warmup|--warmup-passes) OVERRIDES+=("$1" "$2"); shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ ${#REPOS[@]} = 0 ]; then add_repo "$HOME/.m2/repository"; fi
if [ ${#REPOS[@]} -gt 2 ]; then echo "at most two --repo" >&2; exit 2; fi
if [ ${#REPOS[@]} = 2 ]; then
  [ -n "${LABELS[0]}" ] || LABELS[0]=old
  [ -n "${LABELS[1]}" ] || LABELS[1]=new
  if [ "${LABELS[0]}" = "${LABELS[1]}" ]; then echo "two --repo need two labels" >&2; exit 2; fi
fi

# wrk settings: about 12 min of wrk in a full run, 2.5 min in a quick one, whether one set of apps (15 variants) or
# two (30 variants, shorter runs).
if [ ${#REPOS[@]} = 1 ]; then
  if [ $QUICK = 1 ]; then HTTP_ARGS=(--duration 2 --rounds 2 --warmup 3 --warmup-passes 1)
  else HTTP_ARGS=(--duration 7 --rounds 5 --warmup 4 --warmup-passes 3); fi
else
  if [ $QUICK = 1 ]; then HTTP_ARGS=(--duration 2 --rounds 2 --warmup 1 --warmup-passes 2)
  else HTTP_ARGS=(--duration 4 --rounds 5 --warmup 3 --warmup-passes 2); fi
fi
HTTP_ARGS+=("${OVERRIDES[@]}")
JVM_OPTS=(-Xms1g -Xmx1g -XX:+UseG1GC)

START=$(date +%s)
RESULTS=bench/results/app-size
mkdir -p "$RESULTS"
step() { echo; echo "=== $* ($(( $(date +%s) - START )) s)"; }
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

if ! command -v wrk >/dev/null; then
  step "installing wrk"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi

dir_of() { echo "bench/target/app-size/${LABELS[$1]:-default}"; }

for i in "${!REPOS[@]}"; do
  repo=${REPOS[$i]}; dir=$(dir_of "$i")
  for a in http runtime processor; do
    if [ ! -f "$repo/io/precondition/precondition-$a/0.1.0-SNAPSHOT/precondition-$a-0.1.0-SNAPSHOT.jar" ]; then
      echo "no precondition-$a 0.1.0-SNAPSHOT in $repo; install it first:" >&2
      echo "  ./mvnw -Dmaven.repo.local=$repo -B -q install -DskipTests -pl annotations,runtime,processor -am" >&2
      exit 1
    fi
  done
  if [ $BUILD = 1 ]; then
    step "generating and building the apps of ${LABELS[$i]:-this set} from $repo into $dir"
    java bench/AppSize.java generate --out "$dir" --ns "$(IFS=,; echo "${NS[*]}")"
    rm -f "$dir/built-from"
    "$ROOT/mvnw" -B -q -Dmaven.repo.local="$repo" -f "$dir/pom.xml" clean package -DskipTests
    echo "$repo" > "$dir/built-from"
  elif [ "$(cat "$dir/built-from" 2>/dev/null)" != "$repo" ]; then
    echo "--skip-build: $dir was not built from $repo; run without --skip-build" >&2; exit 1
  fi
done

PIDS=()
stop_apps() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
}
trap stop_apps EXIT
trap 'exit 130' INT TERM

step "starting the apps"
APPS=(); URLS=(); port=$PORT_BASE
for i in "${!REPOS[@]}"; do
  dir=$(dir_of "$i")
  for n in "${NS[@]}"; do
    for kind in ann plain; do
      jar="$dir/$kind-$n/target/appsize-$kind-$n-0.1.jar"
      [ -f "$jar" ] || { echo "no $jar: run without --skip-build" >&2; exit 1; }
      if curl -s -m 5 -o /dev/null "http://127.0.0.1:$port/"; then
        echo "port $port is already in use; stop whatever listens there or give --port-base" >&2; exit 1
      fi
      log="$RESULTS/${LABELS[$i]:-default}-$kind-$n.log"
      java "${JVM_OPTS[@]}" -Dmicronaut.server.host=127.0.0.1 -Dmicronaut.server.port="$port" -jar "$jar" \
        > "$log" 2>&1 &
      PIDS+=($!)
      APPS+=(--app "${LABELS[$i]}/$kind/$n=$port"); URLS+=("http://127.0.0.1:$port/plain/1")
      echo "${LABELS[$i]:-default} $kind-$n: port $port, pid $!"
      port=$((port + 1))
    done
  done
done
for url in "${URLS[@]}"; do
  for try in $(seq 1 180); do
    if curl -s -m 5 -o /dev/null "$url"; then break; fi
    if [ "$try" = 180 ]; then echo "no answer from $url after 180 s; see $RESULTS/*.log" >&2; exit 1; fi
    sleep 1
  done
done

step "wrk (${HTTP_ARGS[*]})"
REPO_ARGS=()
for i in "${!REPOS[@]}"; do REPO_ARGS+=(--repo "${LABELS[$i]}=${REPOS[$i]}"); done
COMMAND="bench/app-size.sh"
[ $QUICK = 1 ] && COMMAND+=" --quick"
for i in "${!REPOS[@]}"; do COMMAND+=" --repo ${LABELS[$i]:+${LABELS[$i]}=}${REPOS[$i]}"; done
[ $BUILD = 0 ] && COMMAND+=" --skip-build"
[ ${#OVERRIDES[@]} -gt 0 ] && COMMAND+=" ${OVERRIDES[*]}"
timeout 40m java bench/AppSize.java http "${APPS[@]}" "${REPO_ARGS[@]}" "${HTTP_ARGS[@]}" --out "$RESULTS" \
  --command "$COMMAND" &
DRIVER=$!
PIDS+=($DRIVER)
wait $DRIVER
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
step "done in $(( $(date +%s) - START )) s; results in $RESULTS/app-size.md"
