#!/usr/bin/env bash
# Latency and throughput of the nested meeting query over HTTP on the embedded store; prints figures.
# Usage: bench/nested-meetings.sh [memory]   (builds what it needs; about two minutes; "memory": the in-memory store)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
mvn -B -q -DskipTests -pl bootstrap -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test > target/bench-build.log 2>&1 \
  || { cat target/bench-build.log; exit 1; }
exec java -Xmx1g -cp "bootstrap/target/test-classes:bootstrap/target/classes:$(cat bootstrap/target/bench.classpath)" \
    org.entente.bootstrap.bench.NestedMeetingsBenchmark "$@"
