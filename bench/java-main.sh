#!/usr/bin/env bash
# Builds the service and its tests, then runs one of their main classes: bench/java-main.sh <heap> <class> [args...]
# (what the other scripts here share; its Maven output goes to target/bench-build.log and is shown only on failure).
# The class path is the tests' without spring-webflux, which the service's jar does not hold either: on the class
# path beside Spring Security's resource server it hooks a security-context operator into every Reactor pipeline,
# a cost the service does not pay in production.
set -euo pipefail
cd "$(dirname "$0")/.."
heap=$1 main=$2
shift 2
mkdir -p target
mvn -B -q -DskipTests -pl bootstrap -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test \
    -Dmdep.excludeArtifactIds=spring-webflux > target/bench-build.log 2>&1 \
  || { cat target/bench-build.log; exit 1; }
# DebugNonSafepoints: the flight recorder's profiles of ScaleBenchmark then charge each sample to the method it ran in;
# without it a sample is charged to the nearest safepoint's frames, often a method inlined nearby that never ran.
exec java "-Xmx$heap" -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints -cp "bootstrap/target/test-classes:bootstrap/target/classes:$(cat bootstrap/target/bench.classpath)" \
    "$main" "$@"
