#!/usr/bin/env bash
# The scale benchmark (docs/performance.md): generated data sets of 1k, 10k and 100k meetings imported into each store,
# six queries timed over HTTP, the engine against graphql-java alone, 16 clients on the shipped data; prints the tables,
# writes target/scale/scale.csv and scale.png. Usage: bench/scale.sh [meetings...] [--stores=memory,embedded] [--help]
# (--stores=memory,embedded,postgresql adds PostgreSQL: a fresh database of ENTENTE_POSTGRES_URL's server for each
# service, or of one it starts from the installed PostgreSQL as the tests do; see ScalePostgres)
# (builds what it needs; about 20 minutes with every size and store on 2 cores, most of it the embedded store at 100k)
exec "$(dirname "$0")/java-main.sh" 6g org.entente.bootstrap.bench.ScaleBenchmark "$@"
