#!/usr/bin/env bash
# The scale benchmark (docs/performance.md): generated data sets of 1k, 10k and 100k meetings imported into each store,
# six queries timed over HTTP, the engine against graphql-java alone, 16 clients on the shipped data; prints the tables
# and the targets, writes target/scale/scale.csv, scale.md (the tables for docs/performance.md) and scale.png.
# Usage: bench/scale.sh [meetings...] [--stores=memory,embedded] [--budget=SECONDS] [--up-to=STORE@MEETINGS] [--help]
# (builds what it needs; the embedded store runs up to 10,000 meetings unless --up-to says more: it scans)
# (--stores=memory,embedded,postgresql adds PostgreSQL: a fresh database of ENTENTE_POSTGRES_URL's server for each
# service, or of one it starts from the installed PostgreSQL as the tests do; see ScalePostgres)
exec "$(dirname "$0")/java-main.sh" 6g org.entente.bootstrap.bench.ScaleBenchmark "$@"
