#!/usr/bin/env bash
# Latency and throughput of the nested meeting query over HTTP on the embedded store; prints figures.
# Usage: bench/nested-meetings.sh   (builds what it needs; takes about two minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Dstyle.color=never -DskipTests -pl bootstrap -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx1g -cp "bootstrap/target/test-classes:bootstrap/target/classes:$(cat bootstrap/target/bench.classpath)" \
    org.entente.bootstrap.bench.NestedMeetingsBenchmark
