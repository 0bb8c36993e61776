#!/usr/bin/env bash
# What observing a request costs the nested meeting page: no observation, the graphql_request timer (the default),
# that with tracing on, and that with per-field observations, four services taking turns in one JVM; prints figures
# (about four minutes).
exec "$(dirname "$0")/java-main.sh" 2g org.entente.bootstrap.bench.ObservationCostBenchmark "$@"
