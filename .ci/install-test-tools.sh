#!/usr/bin/env bash
# Installs what the real-client tests of sample-app use (sample-app/src/test/java/io/precondition/sample/clients):
# nginx and chromium from Debian, playwright-core from npm (sample-app/src/test/browser, npm ci). A tool that cannot
# be installed is reported here; its tests then skip with a message saying what is missing.
set -uo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "[install-test-tools] installing ${missing[*]}"
  if ! (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null); then
    echo "[install-test-tools] WARNING: could not install ${missing[*]}; their tests will be skipped"
  fi
fi

if command -v npm >/dev/null 2>&1; then
  (cd sample-app/src/test/browser && npm ci --no-audit --no-fund --loglevel=error) \
    || echo "[install-test-tools] WARNING: npm ci failed in sample-app/src/test/browser; the Chromium test will be skipped"
else
  echo "[install-test-tools] WARNING: npm not found; the Chromium test will be skipped"
fi
exit 0
