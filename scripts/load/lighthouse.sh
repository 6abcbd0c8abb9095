#!/usr/bin/env bash
# Lighthouse (npm, run on Debian's Chromium) for home, a topic page and search. Usage: lighthouse.sh BASE_URL TOPIC_PATH OUT_DIR
set -euo pipefail
BASE=$1; TOPIC=$2; OUT=$3
LH=artifacts/lighthouse
[ -x /usr/bin/chromium ] || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
# Lighthouse 12 is the newest that runs on the machine's Node.js 20.
[ -x "$LH/node_modules/.bin/lighthouse" ] || npm install --prefix "$LH" --no-audit --no-fund --loglevel=error lighthouse@12.8.2 >/dev/null
echo "| Page | Performance | Accessibility | Best practices | SEO |"
echo "| --- | ---: | ---: | ---: | ---: |"
for page in "home|/" "topic|$TOPIC" "search|/search?q=kinesis"; do
  name=${page%%|*}; path=${page#*|}
  CHROME_PATH=/usr/bin/chromium "$LH/node_modules/.bin/lighthouse" "$BASE$path" --quiet --output=json --output-path="$OUT/lighthouse-$name.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" >/dev/null 2>&1 || true
  python3 - "$name" "$OUT/lighthouse-$name.json" <<'PY'
import json, sys
name, path = sys.argv[1], sys.argv[2]
try:
    report = json.load(open(path))
    scores = [round(100 * (report["categories"][c]["score"] or 0)) for c in ("performance", "accessibility", "best-practices", "seo")]
    print(f"| {name} | " + " | ".join(str(s) for s in scores) + " |")
except Exception as error:
    print(f"| {name} | failed: {error} | | | |")
PY
done
