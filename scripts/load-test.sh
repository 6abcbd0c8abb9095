#!/usr/bin/env bash
# Load test: MlsPrep on 127.0.0.1 with 5,000 topics and a few hundred users, every scenario's throughput
# reported as a ratio to S (the same topic page served as a static file by the same process), measured
# in the same run. Results go to artifacts/load/results.md; docs/performance.md records the latest.
#   scripts/load-test.sh              one instance on SQLite
#   scripts/load-test.sh --postgres   then also two instances on one PostgreSQL database behind nginx, with each
#                                     scenario's ratio to the one SQLite instance measured first
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-5099}
BASE="http://127.0.0.1:$PORT"
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
USERS=${USERS:-300}
WORK=artifacts/load
TOPIC=/topics/topic-02500

need() { command -v "$1" >/dev/null || { echo "Installing $2 (apt-get)..."; apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
need python3 python3

rm -rf "$WORK" && mkdir -p "$WORK"
echo "== Publishing a Release build"
# ReadyToRun: start-up without waiting for the JIT.
dotnet publish src/MlsPrep.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$WORK/publish" --nologo -v quiet
dotnet build benchmarks/MlsPrep.Benchmarks -c Release --nologo -v quiet
tool() { dotnet benchmarks/MlsPrep.Benchmarks/bin/Release/net10.0/MlsPrep.Benchmarks.dll "$@"; }
tool generate "$WORK/content" 5000

APP_PID=
READY_SECONDS=
start_app() {  # sets APP_PID, and READY_SECONDS: process start to the first 200 from /healthz (catalog imported)
  local started; started=$(date +%s.%N)
  (cd "$WORK/publish" && exec env ConnectionStrings__MlsPrep="Data Source=$PWD/../load.db" Content__Path="$PWD/../content" Content__Watch=false \
     Urls="$BASE" Security__SignInAttemptsPerMinute=100000 ./MlsPrep.Web >>"../app.log" 2>&1) &
  APP_PID=$!
  until curl -sf "$BASE/healthz" >/dev/null 2>&1; do sleep 0.02; done
  READY_SECONDS=$(python3 -c "print(round($(date +%s.%N) - $started, 2))")
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; }

echo "== Cold start (empty database, 5,000 topics to import)"
start_app; cold_ready=$READY_SECONDS
cold_import_ms=$(grep -o 'Imported content in [0-9]*' "$WORK/app.log" | head -1 | grep -o '[0-9]*$')
echo "== Seeding $USERS users with progress"
tool load-seed "$BASE" "$USERS" "$WORK"
curl -sf "$BASE$TOPIC" > "$WORK/publish/wwwroot/baseline.html"
stop_app
echo "== Warm start (catalog already imported)"
start_app; warm_ready=$READY_SECONDS

cookie=$(head -1 "$WORK/reads.tsv" | cut -f1)
results="$WORK/results.tsv"
: > "$results"
run() {  # name, then wrk arguments
  local name=$1; shift
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP:-5s}" --latency "$@" >/dev/null   # warm up
  local out; out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@")
  echo "$out" > "$WORK/wrk-$name.txt"
  python3 - "$name" "$WORK/wrk-$name.txt" >> "$results" <<'PY'
import re, sys
name, text = sys.argv[1], open(sys.argv[2]).read()
def ms(label):
    m = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)", text, re.M)
    if not m: return float("nan")
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
errors = sum(int(x) for x in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors += int(non2xx.group(1)) if non2xx else 0
print(f"{name}\t{rps:.0f}\t{ms('50%'):.2f}\t{ms('99%'):.2f}\t{errors}")
PY
}

echo "== Scenarios ($CONNECTIONS connections, $DURATION each)"
run S "$BASE/baseline.html"
run anonymous-topic "$BASE$TOPIC"
run anonymous-home "$BASE/"
run anonymous-exam "$BASE/exams/mla-c01"
# The replay visits about 2,600 notes: its first passes fill the notes' cache, so it warms up for longer.
WARMUP=20s run signed-in-topic -s scripts/load/replay.lua "$BASE" -- "$PWD/$WORK/reads.tsv"
run signed-in-home -H "Cookie: $cookie" "$BASE/"
run search-page -s scripts/load/search.lua "$BASE" -- "/search?q="
run search-api -s scripts/load/search.lua "$BASE" -- "/api/search?limit=10&q="
# The pages of practice, review and planning (the corpus gives every fourth note two questions).
run anonymous-question "$BASE/questions/q-02500-1"
run signed-in-question -H "Cookie: $cookie" "$BASE/questions/q-02500-1"
run signed-in-exam -H "Cookie: $cookie" "$BASE/exams/mla-c01"
run signed-in-practice -H "Cookie: $cookie" "$BASE/practice"
run signed-in-review -H "Cookie: $cookie" "$BASE/review"
run signed-in-plan -H "Cookie: $cookie" "$BASE/exams/mla-c01/plan"

echo "== Mixed: 95 % signed-in reads, 5 % fresh ticks"
signed_rps=$(awk -F'\t' '$1=="signed-in-topic"{print $2}' "$results")
write_rate=$(python3 -c "print(round($signed_rps * 5 / 95, 1))")
count_ticks() { python3 -c "import sqlite3; print(sqlite3.connect('$WORK/load.db').execute('select count(*) from ItemTicks').fetchone()[0])"; }
before=$(count_ticks)
secs=${DURATION%s}
wrk -t2 -c$((CONNECTIONS - 4)) -d"$DURATION" --latency -s scripts/load/replay.lua "$BASE" -- "$PWD/$WORK/reads.tsv" > "$WORK/wrk-mixed-reads.txt" &
WRK=$!
writes=$(tool load-writes "$BASE" "$WORK/posts.tsv" "$write_rate" "$secs")
wait $WRK
after=$(count_ticks)
acknowledged=$(sed -n 's/.*acknowledged=\([0-9]*\).*/\1/p' <<<"$writes")
lost=$((acknowledged - (after - before)))
peak_kb=$(awk '/VmHWM/{print $2}' "/proc/$APP_PID/status")
echo "== Lighthouse"
lighthouse=$(bash scripts/load/lighthouse.sh "$BASE" "$TOPIC" "$WORK")
stop_app

python3 - "$results" "$WORK/wrk-mixed-reads.txt" <<PY > "$WORK/results.md"
import re, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
s = float(rows[0][1])
targets = {"S": "—", "anonymous-topic": "≥ 0.6", "anonymous-home": "≥ 0.6", "anonymous-exam": "≥ 0.3", "signed-in-topic": "≥ 0.4", "signed-in-home": "≥ 0.4", "search-page": "≥ 0.4", "search-api": "≥ 0.4",
           "anonymous-question": "≥ 0.3", "signed-in-question": "≥ 0.3", "signed-in-exam": "≥ 0.3", "signed-in-practice": "≥ 0.3", "signed-in-review": "≥ 0.3", "signed-in-plan": "≥ 0.3"}
print("| Scenario | Requests/s | Ratio to S | Target | p50 ms | p99 ms | Errors |")
print("| --- | ---: | ---: | --- | ---: | ---: | ---: |")
for name, rps, p50, p99, errors in rows:
    print(f"| {name} | {float(rps):,.0f} | {float(rps)/s:.2f} | {targets.get(name, '')} | {p50} | {p99} | {errors} |")
mixed = open(sys.argv[2]).read()
reads = re.search(r"Requests/sec:\s+([\d.]+)", mixed).group(1)
p99 = re.search(r"^\s*99%\s+(\S+)", mixed, re.M).group(1)
print()
print(f"Mixed load: {float(reads):,.0f} signed-in reads/s (p99 {p99}) alongside $write_rate ticks/s; $writes; lost ticks: $lost.")
print()
print(f"Cold import of 5,000 topics: $cold_import_ms ms. Cold start to first 200 (including that import): ${cold_ready} s. "
      f"Warm start to first 200: ${warm_ready} s. Peak working set: {int('$peak_kb') // 1024} MB.")
PY
{ echo; echo "Lighthouse:"; echo; echo "$lighthouse"; } >> "$WORK/results.md"

if [ "${1:-}" = "--postgres" ]; then
  echo "== Two instances on PostgreSQL behind nginx"
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need nginx nginx-light
  PG_WORK="$WORK/postgres"
  mkdir -p "$PG_WORK/nginx"
  pg_port=55499
  admin=$(scripts/postgres.sh start "$PWD/$PG_WORK/cluster" "$pg_port" | tail -n 1)
  connection="${admin/Database=postgres/Database=mlsprep_load}"
  PIDS=()
  for port in 5101 5102; do
    (cd "$WORK/publish" && exec env Database__Provider=PostgreSQL ConnectionStrings__MlsPrep="$connection" Content__Path="$PWD/../content" Content__Watch=true \
       Urls="http://127.0.0.1:$port" Security__SignInAttemptsPerMinute=100000 ./MlsPrep.Web >>"../postgres/app-$port.log" 2>&1) &
    PIDS+=($!)
  done
  for port in 5101 5102; do until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do sleep 0.1; done; done
  pg_cold_import_ms=$(grep -ho 'Imported content in [0-9]*' "$PG_WORK"/app-*.log | head -1 | grep -o '[0-9]*$')
  user_line=""; [ "$(id -u)" -eq 0 ] && user_line="user root;"
  cat > "$PG_WORK/nginx/nginx.conf" <<NGINX
$user_line
worker_processes 1;
pid $PWD/$PG_WORK/nginx/nginx.pid;
error_log $PWD/$PG_WORK/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $PWD/$PG_WORK/nginx/body;
  proxy_temp_path $PWD/$PG_WORK/nginx/proxy;
  fastcgi_temp_path $PWD/$PG_WORK/nginx/fastcgi;
  uwsgi_temp_path $PWD/$PG_WORK/nginx/uwsgi;
  scgi_temp_path $PWD/$PG_WORK/nginx/scgi;
  upstream mlsprep { server 127.0.0.1:5101; server 127.0.0.1:5102; keepalive 64; }
  server {
    listen 127.0.0.1:5100;
    location / { proxy_pass http://mlsprep; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host \$host:\$server_port; }
  }
}
NGINX
  nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
  "$nginx_bin" -p "$PWD/$PG_WORK/nginx" -c "$PWD/$PG_WORK/nginx/nginx.conf"
  GROUP="http://127.0.0.1:5100"
  until curl -sf "$GROUP/healthz" >/dev/null 2>&1; do sleep 0.1; done
  tool load-seed "$GROUP" "$USERS" "$PG_WORK"
  pg_cookie=$(head -1 "$PG_WORK/reads.tsv" | cut -f1)
  sqlite_results="$results"
  results="$PG_WORK/results.tsv"
  : > "$results"
  run anonymous-topic "$GROUP$TOPIC"
  WARMUP=20s run signed-in-topic -s scripts/load/replay.lua "$GROUP" -- "$PWD/$PG_WORK/reads.tsv"
  run signed-in-home -H "Cookie: $pg_cookie" "$GROUP/"
  run search-api -s scripts/load/search.lua "$GROUP" -- "/api/search?limit=10&q="
  run signed-in-question -H "Cookie: $pg_cookie" "$GROUP/questions/q-02500-1"
  run signed-in-review -H "Cookie: $pg_cookie" "$GROUP/review"
  "$nginx_bin" -p "$PWD/$PG_WORK/nginx" -c "$PWD/$PG_WORK/nginx/nginx.conf" -s stop
  for pid in "${PIDS[@]}"; do kill "$pid"; wait "$pid" 2>/dev/null || true; done
  scripts/postgres.sh stop "$PWD/$PG_WORK/cluster"
  python3 - "$sqlite_results" "$results" <<PY >> "$WORK/results.md"
import sys
sqlite = {l.split("\t")[0]: l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()}
print()
print("Two instances on one PostgreSQL database behind nginx, against the one SQLite instance above (same run, same machine):")
print()
print("| Scenario | Requests/s | Ratio to one SQLite instance | p50 ms | p99 ms | Errors |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
for line in open(sys.argv[2]):
    if not line.strip(): continue
    name, rps, p50, p99, errors = line.rstrip("\n").split("\t")
    print(f"| {name} | {float(rps):,.0f} | {float(rps) / float(sqlite[name][1]):.2f} | {p50} | {p99} | {errors} |")
print()
print("Cold import of 5,000 topics on PostgreSQL: $pg_cold_import_ms ms.")
PY
fi
cat "$WORK/results.md"
