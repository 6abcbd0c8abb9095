#!/usr/bin/env bash
# Runs every test: content check, unit, integration (HTTP on real SQLite) and browser tests.
# Installs what the tests need when it is missing: Debian's Chromium for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium for the browser tests (apt-get)..."
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

dotnet tool restore >/dev/null
dotnet build MlsPrep.sln --nologo -v quiet
dotnet run --no-build --project src/MlsPrep.Web -- check
rm -rf artifacts/test-results
dotnet test MlsPrep.sln --no-build --nologo \
  --logger "console;verbosity=normal" --logger "trx;LogFileName=results.trx" \
  --results-directory artifacts/test-results "$@"
