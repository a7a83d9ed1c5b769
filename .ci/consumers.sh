#!/usr/bin/env bash
# Builds and tests every consumer project (consumers/*/pom.xml) against the installed io.precondition artifacts:
# separate Maven projects outside the reactor, made as Micronaut Launch makes applications. A broken POM, a missing
# processor registration or a leaked test dependency fails here and not in the reactor.
#
#   .ci/consumers.sh                 install the library (tests skipped), then verify every consumer
#   .ci/consumers.sh jdbc-launch     only the named consumers (directories under consumers/)
#   SKIP_INSTALL=1 .ci/consumers.sh  use the artifacts a previous `./mvnw install` left in the local repository
#   CONSUMERS_MAVEN_REPO=/path       use that local repository instead of ~/.m2/repository (for parallel builds)
#   JAVA_HOME=/path/to/jdk           the JDK for the whole run (see .ci/jdk25.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

maven_args=(-B)
if [ -n "${CONSUMERS_MAVEN_REPO:-}" ]; then
  maven_args+=("-Dmaven.repo.local=${CONSUMERS_MAVEN_REPO}")
fi

if [ -z "${SKIP_INSTALL:-}" ]; then
  start=$(date +%s)
  ./mvnw "${maven_args[@]}" -q install -DskipTests
  echo "consumers: library installed in $(( $(date +%s) - start )) s"
fi

shopt -s nullglob
if [ $# -gt 0 ]; then
  poms=()
  for name in "$@"; do
    [ -f "consumers/$name/pom.xml" ] || { echo "consumers: no consumers/$name/pom.xml" >&2; exit 1; }
    poms+=("consumers/$name/pom.xml")
  done
else
  poms=(consumers/*/pom.xml)
fi
if [ ${#poms[@]} -eq 0 ]; then
  echo "consumers: no consumers/*/pom.xml found" >&2
  exit 1
fi
for pom in "${poms[@]}"; do
  start=$(date +%s)
  # clean: a processor path change is not seen by the compiler plugin's incremental build.
  ./mvnw "${maven_args[@]}" -f "$pom" clean verify
  echo "consumers: $pom verified in $(( $(date +%s) - start )) s"
done
