#!/usr/bin/env bash
# Writes acknowledged per second over HTTP, eight writers, on the embedded file store, its memory backend and the
# in-memory store, in one run; prints figures. Usage: bench/writes.sh   (builds what it needs; about a minute)
exec "$(dirname "$0")/java-main.sh" 1g org.entente.bootstrap.bench.WritesBenchmark "$@"
