#!/usr/bin/env bash
# Class data sharing for a faster start (Spring Boot's "Class Data Sharing" guide): extracts the packaged service into
# target/cds/app (its jar and lib/), runs it once to the end of its context refresh with -XX:ArchiveClassesAtExit
# (on the in-memory embedded store, in a folder of its own, so it touches no data), and leaves the archive in
# target/cds/app.jsa. Run the service then as
#   java -XX:SharedArchiveFile=target/cds/app.jsa -jar "$PWD/target/cds/app/entente.jar"   (the same absolute path)
# and compare: FIRST_ANSWER_JARS="bootstrap/target/entente.jar target/cds/app/entente.jar@target/cds/app.jsa" bench/first-answer.sh 5
# The archive belongs to that JVM and those jars: make it again after every build or Java update.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-bootstrap/target/entente.jar}
rm -rf target/cds && mkdir -p target/cds/training
java -Djarmode=tools -jar "$jar" extract --destination target/cds/app > /dev/null
# the jar by its absolute path, as the runs name it: the JVM uses the archive only for the class path it was made on
app="$PWD/target/cds/app/entente.jar"
(cd target/cds/training && java -XX:ArchiveClassesAtExit=../app.jsa -Dspring.context.exit=onRefresh \
    -jar "$app" --server.port=0 --entente.storage.embedded.backend=memory --spring.mongodb.uri= \
    > training.log 2>&1) || { tail -20 target/cds/training/training.log; exit 1; }
ls -l target/cds/app.jsa
