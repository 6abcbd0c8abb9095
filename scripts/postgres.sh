#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on loopback for the tests and the load test, installing PostgreSQL
# with apt-get when it is missing. Prints the admin connection string on its last line.
#   scripts/postgres.sh start [folder] [port]   (default: a new temporary folder, port 55432)
#   scripts/postgres.sh stop folder
set -euo pipefail

action=${1:-start}
folder=${2:-}
port=${3:-55432}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "Installing PostgreSQL (apt-get)..." >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql postgresql-contrib >/dev/null
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# initdb refuses to run as root: the cluster belongs to the postgres user then.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

case "$action" in
  start)
    [ -n "$folder" ] || folder=$(mktemp -d /tmp/mlsprep-pg.XXXXXX)
    mkdir -p "$folder"
    [ "$(id -u)" -eq 0 ] && chown postgres "$folder"
    if [ ! -f "$folder/data/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$folder/data" -U mlsprep --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
      cat >>"$folder/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$folder'
max_connections = 300
# A throw-away cluster: durability is not the point, speed of the test run is.
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    fi
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=mlsprep;Database=postgres"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null
    ;;
  *)
    echo "usage: $0 start [folder] [port] | stop folder" >&2
    exit 2
    ;;
esac
