#!/usr/bin/env bash
# Stages a release as it would go to Maven Central and checks it, without publishing anything:
#  1. copies the work tree twice (two different paths) and sets the release version (the current one without
#     -SNAPSHOT) in the copy;
#  2. reads the reactor's effective POMs: the published modules are those whose precondition.published is true
#     (nothing is listed by hand, so a new module is checked as soon as it is in the reactor);
#  3. stages the published modules twice with the release profile (tests skipped: `./mvnw -B verify` ran them), signed
#     with a throwaway GPG key made for this run, each into a directory of its own;
#  4. checks the staging against Central's rules and compares the two stagings byte for byte (.ci/release_check.py);
#  5. builds and tests consumers/jdbc-launch from the staged bundle alone: a repository pointing at the staging
#     directory, a fresh local repository seeded with everything but io/precondition, and only the README's lines
#     (precondition.version set to the release version).
# Maven options given as arguments (e.g. -Dmaven.repo.local=/path) and MAVEN_OPTS / MAVEN_ARGS reach every build;
# the consumer's local repository is seeded from that local repository.
#   KEEP=1 .ci/release-check.sh     keep the work directory (printed at the end) to look at the staging
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
start=$(date +%s)
log() { echo "release-check: $*"; }
fail() { echo "release-check: FAILED: $*" >&2; exit 1; }

command -v gpg >/dev/null 2>&1 || fail "gpg not found (Debian package gnupg; .ci/install-test-tools.sh installs it)"
command -v python3 >/dev/null 2>&1 || fail "python3 not found"

work=$(mktemp -d /tmp/precondition-release.XXXXXX)
export GNUPGHOME="$work/gnupg"
cleanup() {
  gpgconf --kill gpg-agent >/dev/null 2>&1 || true
  if [ -z "${KEEP:-}" ]; then rm -rf "$work"; else echo "release-check: work directory kept: $work"; fi
}
trap cleanup EXIT

maven_args=(-B "$@")
mvn_q() { "$1/mvnw" "${maven_args[@]}" -q -f "$1/pom.xml" "${@:2}"; }

snapshot=$(python3 -c 'import sys,xml.etree.ElementTree as E; print(E.parse(sys.argv[1]).getroot().find("{http://maven.apache.org/POM/4.0.0}version").text)' pom.xml)
release=${snapshot%-SNAPSHOT}
[ "$release" != "$snapshot" ] || fail "the version $snapshot is not a -SNAPSHOT: nothing to derive a release from"
local_repo=$(./mvnw "${maven_args[@]}" -q -N help:evaluate -Dexpression=settings.localRepository -DforceStdout)
[ -d "$local_repo" ] || fail "local repository $local_repo not found"
log "version $snapshot -> release $release; local repository $local_repo"

# A throwaway signing key, only for this run (no passphrase; deleted with the work directory).
mkdir -m 700 "$GNUPGHOME"
gpg --batch --quiet --passphrase '' --quick-generate-key \
  "Precondition release check (throwaway) <release-check@precondition.invalid>" ed25519 sign 1d 2>/dev/null
key=$(gpg --batch --with-colons --list-secret-keys 2>/dev/null | awk -F: '$1 == "fpr" { print $10; exit }')
[ -n "$key" ] || fail "no key was generated"
log "throwaway signing key $key"

# 1. Two copies of the work tree, in paths of different lengths, with the release version.
copy_a="$work/a/precondition"
copy_b="$work/build-b/precondition"
mkdir -p "$copy_a" "$copy_b"
tar -C "$root" --exclude=./.git --exclude=target --exclude=node_modules --exclude=./bench/results -cf - . \
  | tar -C "$copy_a" -xf -
# 2. The version is set and the effective POMs of the reactor are read in one build.
mvn_q "$copy_a" versions:set -DnewVersion="$release" -DgenerateBackupPoms=false \
  help:effective-pom -Prelease -Doutput="$work/effective-poms.xml"
(cd "$copy_a" && tar -cf - .) | tar -C "$copy_b" -xf -
published=$(python3 .ci/release_check.py published "$work/effective-poms.xml")
log "published modules (from the reactor): ${published//,/ }"

# 3. Two stagings.
for side in a b; do
  copy="$copy_a"; [ "$side" = b ] && copy="$copy_b"
  t=$(date +%s)
  mvn_q "$copy" -Prelease -Dmaven.test.skip=true -Dmaven.install.skip=true -Dgpg.keyname="$key" -Dprecondition.staging.dir="$work/staging-$side" \
    -pl "$(sed 's/\([^,]*\)/:\1/g' <<<"$published")" deploy
  log "staging $side built in $(( $(date +%s) - t )) s"
done

# 4. Central's rules, and the two stagings byte for byte.
python3 .ci/release_check.py check "$work/effective-poms.xml" "$work/staging-a" "$work/staging-b" "$release"

# 5. A consumer from the staged bundle alone.
t=$(date +%s)
consumer_repo="$work/consumer-repository"
mkdir -p "$consumer_repo"
tar -C "$local_repo" --exclude=./io/precondition -cf - . | tar -C "$consumer_repo" -xf -
[ ! -e "$consumer_repo/io/precondition" ] || fail "the consumer's local repository has io/precondition"
cat > "$work/settings.xml" <<EOF
<settings>
  <profiles>
    <profile>
      <id>staged-release</id>
      <repositories>
        <repository>
          <id>precondition-staging</id>
          <url>file://$work/staging-a</url>
          <releases><enabled>true</enabled></releases>
          <snapshots><enabled>false</enabled></snapshots>
        </repository>
      </repositories>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>staged-release</activeProfile>
  </activeProfiles>
</settings>
EOF
consumer="$work/consumer"
cp -a consumers/jdbc-launch "$consumer"
rm -rf "$consumer/target"
if ! "$root/mvnw" "${maven_args[@]}" -s "$work/settings.xml" -Dmaven.repo.local="$consumer_repo" \
    -f "$consumer/pom.xml" -Dprecondition.version="$release" verify >"$work/consumer.log" 2>&1; then
  tail -60 "$work/consumer.log" >&2
  fail "the consumer did not build from the staged bundle (log above)"
fi
grep -E 'Tests run:.*Fail' "$work/consumer.log" | tail -1 | sed 's/^\[[A-Z]*\] */release-check: consumer: /'
python3 .ci/release_check.py consumer "$consumer_repo" "$consumer" "$release"
log "consumer built and tested from the staged bundle in $(( $(date +%s) - t )) s"

log "OK in $(( $(date +%s) - start )) s"
