#!/usr/bin/env bash
# Kills the service with SIGKILL mid-write, round after round, and counts what it lost; prints the table.
# Usage: bench/crash.sh [rounds [writers [seconds]]]   (defaults 5 8 5; builds what it needs; exits 1 on any loss)
exec "$(dirname "$0")/java-main.sh" 512m org.entente.bootstrap.crash.CrashHarness "$@"
