#!/usr/bin/env bash
# CPU profile of bench-app under one or more variants, with async-profiler 4.1 (tools.profiler:async-profiler from
# Maven Central carries the native library). Per variant: a fresh bench-app with the profiler attached from the start,
# a warm-up run, a measured run; the profile is written when the app stops. Startup frames (thread "main") are left
# out of the frame summaries, which count only the request threads (event loop, blocking executor). Run bench/run.sh (or its build step) first.
#
#   bench/profile.sh put-blind put-if-match const 304-lookup-1k     [--duration S]
#
# Writes bench/results/profile-VARIANT.collapsed (collapsed stacks, thread name first; flame-graph input) and prints
# the hottest frames by self time and the share of samples under a few frames of interest.
set -euo pipefail
cd "$(dirname "$0")/.."
RESULTS=bench/results
DURATION=15
VARIANTS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION="$2"; shift ;;
    *) VARIANTS+=("$1") ;;
  esac
  shift
done
mkdir -p "$RESULTS"

AP_DIR=$RESULTS/async-profiler
if [ ! -f "$AP_DIR/linux-x64/libasyncProfiler.so" ]; then
  ./mvnw -B -q -N dependency:copy -Dartifact=tools.profiler:async-profiler:4.1 -DoutputDirectory="$AP_DIR"
  (cd "$AP_DIR" && unzip -q -o async-profiler-4.1.jar 'linux-*/*')
fi
ARCH=linux-x64; [ "$(uname -m)" = aarch64 ] && ARCH=linux-arm64
LIB=$(pwd)/$AP_DIR/$ARCH/libasyncProfiler.so

REQUEST_THREADS='^\[(blocking-executor-thread|default-eventLoopGroup)'
PID=
trap '[ -n "$PID" ] && kill $PID 2>/dev/null || true' EXIT INT TERM

for variant in "${VARIANTS[@]}"; do
  OUT=$RESULTS/profile-$variant.collapsed
  rm -f "$OUT"
  java -Xms1g -Xmx1g -XX:+UseG1GC -Dmicronaut.server.host=127.0.0.1 -Dmicronaut.server.port=8081 \
    -agentpath:"$LIB"=start,event=cpu,interval=1ms,threads,collapsed,file="$(pwd)/$OUT" \
    -jar benchmarks/bench-app/target/precondition-bench-app-0.1.0-SNAPSHOT.jar > "$RESULTS/profile-app.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 180); do curl -s -o /dev/null http://127.0.0.1:8081/const && break; sleep 1; done
  java bench/Harness.java one "$variant" --duration 10 > /dev/null
  java bench/Harness.java one "$variant" --duration "$DURATION"
  kill $PID; wait $PID 2>/dev/null || true; PID=
  set +o pipefail
  echo "--- $variant: samples by thread kind"
  awk '{n=$NF; split($1,f,";"); t=f[1]; gsub(/ tid=[0-9]+\]|\[|[-0-9]+$/,"",t); s[t]+=n; total+=n}
    END {for (k in s) if (s[k] > total/100) printf "%6.2f%%  %s\n", 100*s[k]/total, k}' "$OUT" | sort -rn
  echo "--- $variant: hottest frames by self time (share of the request threads' samples: event loop + blocking executor)"
  grep -E "$REQUEST_THREADS" "$OUT" | awk '{n=$NF; $NF=""; sub(/ $/,""); k=split($0,f,";"); self[f[k]]+=n; total+=n}
    END {for (s in self) printf "%6.2f%%  %s\n", 100*self[s]/total, s}' | sort -rn | head -25
  echo "--- $variant: share of the request threads' samples under frames of interest"
  grep -E "$REQUEST_THREADS" "$OUT" | awk '
    BEGIN {
      m["select (findBySlug / findOneBySlug)"]="PageRepository\\$Intercepted\\.find";
      m["update (update / updateBySlug / replaceChecked)"]="PageRepository\\$Intercepted\\.(update|replaceChecked)";
      m["generated filter, request phase"]="Preconditions\\.beforeHandler";
      m["generated filter, response phase"]="Preconditions\\.afterHandler";
      m["hash filter"]="HashEtagFilter\\.hash";
      m["JSON encoding"]="JsonMessageHandlerWriter|JacksonJsonMapper\\.write|serde.*Serializer\\.serialize";
      m["JSON decoding (PUT body)"]="Deserializer\\.deserialize";
      m["H2"]="org/h2/|org\\.h2\\.";
      m["Netty I/O (read/write syscalls)"]="writev|__write|__libc_write|epoll_wait|read\\(|__libc_recv|__send";
      m["thread hand-off (park/unpark)"]="LockSupport\\.(park|unpark)";
    }
    {n=$NF; total+=n; for (k in m) if ($0 ~ m[k]) hit[k]+=n}
    END {for (k in m) printf "%6.2f%%  %s\n", 100*hit[k]/total, k}' | sort -rn
  set -o pipefail
done
