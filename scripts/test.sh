#!/usr/bin/env bash
# Runs every test: content check, unit, integration (HTTP on a real database) and browser tests, once on
# SQLite and once on PostgreSQL. Installs what the tests need when it is missing: Debian's Chromium for the browser tests,
# PostgreSQL for the second integration run and nginx for the two-instance test (apt-get).
set -euo pipefail
cd "$(dirname "$0")/.."

install() {
  echo "Installing $* (apt-get)..."
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}
[ -x /usr/bin/chromium ] || install chromium
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || install nginx-light

# A throw-away PostgreSQL cluster on a free loopback port, removed when the tests end.
port=55432
while (echo >/dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done
cluster=$(mktemp -d /tmp/mlsprep-test-pg.XXXXXX)
postgres=$(scripts/postgres.sh start "$cluster" "$port" | tail -n 1)
trap 'scripts/postgres.sh stop "$cluster" || true; rm -rf "$cluster"' EXIT

# Each test host would watch its settings file for changes; hundreds of hosts in one run (and a second run
# beside it) could use up the machine's inotify instances. Tests never change settings while a host runs.
export DOTNET_hostBuilder__reloadConfigOnChange=false
# Pages add a version to their asset links, and to keep it current each host watches its web root; the rare
# "inotify instances limit reached" 500 in browser tests was that. Polling (the test hosts' web roots never
# change) uses none; the content watcher keeps its own FileSystemWatcher.
export DOTNET_USE_POLLING_FILE_WATCHER=true

dotnet tool restore >/dev/null
dotnet build MlsPrep.sln --nologo -v quiet
dotnet run --no-build --project src/MlsPrep.Web -- check
rm -rf artifacts/test-results
status=0
run() {
  local name=$1
  shift
  dotnet test MlsPrep.sln --no-build --nologo \
    --logger "console;verbosity=normal" --logger "trx;LogFileName=$name.trx" \
    --results-directory artifacts/test-results "$@" || status=1
}
echo "== Every test, on SQLite"
run sqlite --filter "Database!=PostgresOnly" "$@"
echo "== Every test again, on PostgreSQL (with two instances behind nginx)"
MLSPREP_TEST_POSTGRES="$postgres" run postgresql --filter "Database!=SqliteOnly" "$@"
exit $status
