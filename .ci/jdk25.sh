#!/usr/bin/env bash
# The library on JDK 25 (CI's default JDK is 17): the tests of annotations, http, runtime and processor; a package of the
# sample app whose jar must hold the generated filters and, started on JDK 25, answer with coded ETags; then the
# jdbc-launch consumer (.ci/consumers.sh) built and tested on JDK 25 from the artifacts installed here (the BOM it
# imports among them).
# javac 23+ no longer runs processors found on the class path by default: this proves that the documented set-up
# (precondition-processor in annotationProcessorPaths) still generates the filters.
#
#   JDK25_HOME=/path             the JDK (default /usr/lib/jvm/temurin-25-jdk-amd64)
#   CONSUMERS_MAVEN_REPO=/path   a local repository instead of ~/.m2/repository (as for .ci/consumers.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME="${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
"$JAVA_HOME/bin/java" -version 2>&1 | head -1
maven_args=(-B)
if [ -n "${CONSUMERS_MAVEN_REPO:-}" ]; then
  maven_args+=("-Dmaven.repo.local=${CONSUMERS_MAVEN_REPO}")
fi

start=$(date +%s)
./mvnw "${maven_args[@]}" -pl bom,runtime,processor -am clean install
./mvnw "${maven_args[@]}" -q -pl sample-app -am clean package -DskipTests
echo "jdk25: library tested and sample packaged in $(( $(date +%s) - start )) s"

jar=$(ls sample-app/target/precondition-sample-app-*.jar | grep -v original | head -1)
listing=$(unzip -l "$jar")
if ! grep -q 'io/precondition/sample/PageControllerPreconditions.class' <<<"$listing"; then
  echo "jdk25: $jar holds no generated filter: the processor did not run" >&2
  exit 1
fi

# Start the sample on a free loopback port, write a page big enough to be compressed, read it with gzip.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
"$JAVA_HOME/bin/java" -Dmicronaut.server.host=127.0.0.1 -Dmicronaut.server.port="$port" -jar "$jar" >"$log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 60); do
  curl -s -o /dev/null "http://127.0.0.1:$port/pages" && break
  if ! kill -0 "$app" 2>/dev/null; then cat "$log" >&2; exit 1; fi
  sleep 1
done
body=$(python3 -c 'print("lorem ipsum " * 400)')
created=$(curl -s -o /dev/null -w '%{http_code}' -X PUT "http://127.0.0.1:$port/pages/jdk25" -H 'If-None-Match: *' \
  -H 'Content-Type: application/json' -d "{\"title\":\"JDK 25\",\"body\":\"$body\"}")
[ "$created" = 201 ] || { echo "jdk25: create answered $created" >&2; cat "$log" >&2; exit 1; }
headers=$(curl -s -D - -o /dev/null -H 'Accept-Encoding: gzip' "http://127.0.0.1:$port/pages/jdk25" | tr -d '\r')
etag=$(printf '%s\n' "$headers" | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
case "$etag" in
  \"*+gzip\") ;;
  *) echo "jdk25: no coded ETag on a gzip response: $headers" >&2; exit 1 ;;
esac
revalidated=$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept-Encoding: gzip' -H "If-None-Match: $etag" \
  "http://127.0.0.1:$port/pages/jdk25")
[ "$revalidated" = 304 ] || { echo "jdk25: If-None-Match $etag answered $revalidated" >&2; exit 1; }
echo "jdk25: sample on JDK 25 answered ETag $etag and 304 for it"
kill "$app"; wait "$app" 2>/dev/null || true

# The consumer made as Micronaut Launch makes it (the others run on JDK 17 in .ci/consumers.sh).
SKIP_INSTALL=1 .ci/consumers.sh jdbc-launch
echo "jdk25: done in $(( $(date +%s) - start )) s"
