#!/usr/bin/env bash
# Latency and throughput of the nested meeting query over HTTP on the embedded store; prints figures.
# Usage: bench/nested-meetings.sh [memory]   (builds what it needs; about two minutes; "memory": the in-memory store)
exec "$(dirname "$0")/java-main.sh" 1g org.entente.bootstrap.bench.NestedMeetingsBenchmark "$@"
