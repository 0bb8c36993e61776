#!/usr/bin/env bash
# Time to first answer: starts the packaged service (bootstrap/target/entente.jar, built if missing) in an empty
# folder, polls a query on 127.0.0.1 every 50 ms until it answers 200, prints the seconds from launch to that answer,
# stops it; several runs, then the median. Each run starts on no data file, so it seeds the shipped data set, as a
# first start does. Beside the seconds it prints the CPU seconds the service had used by then (user + system, from
# /proc), a figure the machine's other load changes far less than the wall clock's. Usage: bench/first-answer.sh [runs, default 5] [service arguments...]
#   e.g. bench/first-answer.sh 5 --entente.storage=memory
# To compare builds within one run (the machine's load changes between runs), name their jars; the runs alternate:
#   FIRST_ANSWER_JARS="/tmp/before/bootstrap/target/entente.jar bootstrap/target/entente.jar" bench/first-answer.sh 7
# A jar named as jar@archive runs with -XX:SharedArchiveFile=archive (class data sharing, bench/cds-archive.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
load=$(cut -d" " -f1 /proc/loadavg)
shift $(( $# > 0 ? 1 : 0 ))
read -r -a jars <<< "${FIRST_ANSWER_JARS:-bootstrap/target/entente.jar}"
if [[ ! -f bootstrap/target/entente.jar && ${jars[*]} == *bootstrap/target/entente.jar* ]]; then
  mvn -B -q -DskipTests -pl bootstrap -am package > target/first-answer-build.log 2>&1 \
    || { cat target/first-answer-build.log; exit 1; }
fi
work=$(mktemp -d)
pid=
trap '[[ -n $pid ]] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
query='{"query":"{ meetings(first: 1) { totalCount } }"}'
declare -A times cpus
for run in $(seq 1 "$runs"); do
 for jar in "${jars[@]}"; do
  [[ $jar == /* ]] || jar="$PWD/$jar"
  java_options=()
  if [[ $jar == *@* ]]; then
    archive=${jar#*@}
    [[ $archive == /* ]] || archive="$PWD/$archive"
    java_options=("-XX:SharedArchiveFile=$archive")
  fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  folder=$(mktemp -d "$work/run-$run-XXXX")
  mkdir -p "$folder"
  start=$(date +%s%N)
  (cd "$folder" && exec java -Xmx512m "${java_options[@]}" -jar "${jar%@*}" --server.port="$port" "$@" > console.log 2>&1) &
  pid=$!
  answered=
  for _ in $(seq 1 1200); do  # at most a minute
    if [[ $(curl -s -o /dev/null -m 2 -w '%{http_code}' -H 'Content-Type: application/json' -d "$query" \
        "http://127.0.0.1:$port/graphql" || true) == 200 ]]; then
      answered=$(date +%s%N)
      cpu=$(awk -v tick="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / tick }' "/proc/$pid/stat")
      break
    fi
    kill -0 "$pid" 2>/dev/null || { echo "run $run: the service exited"; tail -20 "$folder/console.log"; exit 1; }
    sleep 0.05
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  [[ -n $answered ]] || { echo "run $run: no answer within a minute"; exit 1; }
  seconds=$(awk -v ns=$((answered - start)) 'BEGIN { printf "%.2f", ns / 1e9 }')
  echo "run $run, $jar: first answer after $seconds s, $cpu CPU s"
  times[$jar]+="$seconds "
  cpus[$jar]+="$cpu "
 done
done
for jar in "${jars[@]}"; do
  [[ $jar == /* ]] || jar="$PWD/$jar"
  median() { printf '%s\n' "$@" | sort -n \
    | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
  echo "median of $runs runs, $jar: $(median ${times[$jar]}) s to the first answer, $(median ${cpus[$jar]}) CPU s"
done
echo "(cores: $(nproc), load average at the start: $load)"
