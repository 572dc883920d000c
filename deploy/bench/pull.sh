#!/usr/bin/env bash
# What pulling costs once the research data is loaded: the change feed's catch-up (the import's
# changes, from a cursor taken before it), the export of the whole exercise collection as CSV and
# NDJSON (records per second, the service's peak heap), and the transfer saved by gzip and by 304 on
# a typical list. Starts its own suite on free ports and imports the three files found under DIR.
#   deploy/bench/pull.sh -Ddata=DIR
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/bench/prepare.sh gateway
./mvnw -q -B -pl deploy test-compile exec:java -Dexec.mainClass=org.entente.deploy.bench.PullBenchmark \
  -Dexec.classpathScope=test "$@"
