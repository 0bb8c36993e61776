#!/usr/bin/env bash
# What a browser's first visit to GraphiQL transfers: the page and every asset it names, as a browser asks for them
# (Accept-Encoding: gzip, deflate, br), with the bytes on the wire, Content-Encoding and Cache-Control of each; then a
# second visit's page request with the page's ETag (what a revalidation costs). Against a running service:
# Usage: bench/graphiql-transfer.sh [base-url]   (default http://127.0.0.1:8080; needs curl)
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
base=${base%/}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fetch() { # url -> prints "bytes encoding cache-control url"; keeps the headers in $work/headers
  curl -s -H 'Accept-Encoding: gzip, deflate, br' -D "$work/headers" -o "$work/body" -w '%{size_download}' "$1" \
    > "$work/size"
  local encoding cache
  encoding=$(grep -i '^content-encoding:' "$work/headers" | cut -d' ' -f2- | tr -d '\r' || true)
  cache=$(grep -i '^cache-control:' "$work/headers" | cut -d' ' -f2- | tr -d '\r' || true)
  printf '%9s  %-8s  %-45s  %s\n' "$(cat "$work/size")" "${encoding:-none}" "${cache:-none}" "$1"
}

printf '%9s  %-8s  %-45s  %s\n' bytes encoding cache-control url
fetch "$base/graphiql"
total=$(cat "$work/size")
etag=$(grep -i '^etag:' "$work/headers" | cut -d' ' -f2- | tr -d '\r' || true)
# the page may itself be compressed: read its asset links from the uncompressed text
curl -s "$base/graphiql" > "$work/page.html"
for asset in $(grep -o '\(src\|href\)="[^"]*"' "$work/page.html" | sed 's/^[a-z]*="//; s/"$//'); do
  case $asset in
    http://*|https://*) url=$asset ;;
    /*) url=$base$asset ;;
    *) url=$base/$asset ;;
  esac
  fetch "$url"
  total=$((total + $(cat "$work/size")))
done
echo "first visit: $total bytes"
if [ -n "$etag" ]; then
  status=$(curl -s -o /dev/null -w '%{http_code} %{size_download}' -H "If-None-Match: $etag" \
    -H 'Accept-Encoding: gzip, deflate, br' "$base/graphiql")
  echo "page revalidated with If-None-Match: HTTP ${status% *}, ${status#* } bytes"
else
  echo "page revalidated: no ETag, so the whole page again"
fi
