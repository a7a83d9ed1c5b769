#!/usr/bin/env bash
# Installs what the sample-app tests use from the machine: nginx and chromium (real-client tests in
# sample-app/src/test/java/io/precondition/sample/clients), nginx and Apache httpd with mod_dav (Debian apache2:
# precondition-client against servers no one here wrote, sample-app/src/test/java/io/precondition/sample/client),
# libfaketime (FakeClockProcessTest: the app on a shifted clock) and gnupg (.ci/release-check.sh signs a staged
# release) from Debian, and playwright-core from npm (sample-app/src/test/browser, npm ci).
# Under CI=true a tool that cannot be installed makes this script fail (and the tests that need it fail too);
# elsewhere it warns and those tests skip with a message.
set -uo pipefail
cd "$(dirname "$0")/.."

failed=()
missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -x /usr/sbin/apache2 ] || missing+=(apache2)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -r /usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 ] || missing+=(faketime)
command -v gpg >/dev/null 2>&1 || missing+=(gnupg)
if [ ${#missing[@]} -gt 0 ]; then
  echo "[install-test-tools] installing ${missing[*]}"
  if ! (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null); then
    failed+=("apt-get install ${missing[*]}")
  fi
fi

if command -v npm >/dev/null 2>&1; then
  (cd sample-app/src/test/browser && npm ci --no-audit --no-fund --loglevel=error) || failed+=("npm ci in sample-app/src/test/browser")
else
  failed+=("npm (not found)")
fi

if [ ${#failed[@]} -gt 0 ]; then
  echo "[install-test-tools] could not install: ${failed[*]}"
  if [ "${CI:-}" = "true" ]; then
    echo "[install-test-tools] CI=true: the tests that need them would fail; stopping here"
    exit 1
  fi
  echo "[install-test-tools] WARNING: the tests that need them will be skipped"
fi
exit 0
