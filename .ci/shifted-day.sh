#!/usr/bin/env bash
# Runs .ci/run with the clock of the build and of every process it starts moved by libfaketime, so that CI can be
# shown to pass on another day of the month: `.ci/shifted-day.sh +14d` on the 3rd runs it on the 17th.
# The monotonic clock stays real, and FAKETIME_FORCE_MONOTONIC_FIX=0 keeps the JVM's timed waits working (with
# libfaketime 0.9.10's default they return at once and every parked thread spins).
set -euo pipefail
cd "$(dirname "$0")/.."
shift_by="${1:?usage: .ci/shifted-day.sh <offset, e.g. +14d>}"
library=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1
[ -r "$library" ] || bash .ci/install-test-tools.sh
export LD_PRELOAD="$library" FAKETIME="$shift_by" FAKETIME_DONT_FAKE_MONOTONIC=1 FAKETIME_FORCE_MONOTONIC_FIX=0
echo "[shifted-day] the build's clock reads $(date -u '+%a, %d %b %Y %H:%M:%S GMT')"
exec bash .ci/run
