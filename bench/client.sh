#!/usr/bin/env bash
# Client benchmark of issue 18 (docs/performance.md, "Client"): a declarative client reading a 64 KB page of the
# sample wiki (started in a JVM of its own), revalidating (@Versioned, 304s) against plain reads (reads/s, CPU per
# read of each JVM, bytes received per read): as a String of one letter, as the Page record of 64 KB of wiki-like
# text, and that again over a proxy paced to a 1 Gbit/s link; and fresh hits against network reads of a 64 KB file
# from nginx. Each with Micronaut's JDK client and with its Netty client (profile bench-client of sample-app, active
# with -Dbench.client=true). One run, bounded (4 threads, 5 s warm-up + 10 s per measure, about 7 min); everything on
# 127.0.0.1. Results: bench/results/client.md.
#   bench/client.sh [-o] [-Dbench.seconds=10] [-Dbench.warmup=5] [-Dbench.wiki.jvm="-XX:StartFlightRecording=..."]
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor build (the sample against this checkout's runtime, processor and client; nothing installed), running
# only the benchmark.
./mvnw -B -pl sample-app -am test -Dtest=ClientReadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.client=true "$@" | grep -A20 '\[ClientReadBenchmark\]' || true
cat bench/results/client.md
