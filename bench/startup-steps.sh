#!/usr/bin/env bash
# Where a start spends its time: the slowest of Spring's startup steps (bean creations, refresh phases) of one start
# on an embedded store in memory, then the service stops. Usage: bench/startup-steps.sh [service arguments...]
exec "$(dirname "$0")/java-main.sh" 512m org.entente.bootstrap.bench.StartupSteps --server.port=0 \
    --entente.storage.embedded.backend=memory --spring.main.banner-mode=off "$@"
