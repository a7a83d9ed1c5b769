#!/usr/bin/env bash
# Client benchmark of issue 18 (docs/performance.md, "Client"): a declarative client reading a 64 KB page of the
# sample wiki, revalidating (@Versioned, 304s) against plain reads (reads/s, bytes received per read), and fresh hits
# against network reads of a 64 KB file from nginx; each with Micronaut's JDK client and with its Netty client (profile
# bench-client of sample-app, active with -Dbench.client=true). One run, bounded (4 threads, 5 s warm-up + 10 s per
# measure); everything on 127.0.0.1. Results: bench/results/client.md.
#   bench/client.sh [-Dbench.seconds=10] [-Dbench.warmup=5]
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor build (the sample against this checkout's runtime, processor and client; nothing installed), running
# only the benchmark.
./mvnw -B -pl sample-app -am test -Dtest=ClientReadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.client=true "$@" | grep -A20 '\[ClientReadBenchmark\]' || true
cat bench/results/client.md
