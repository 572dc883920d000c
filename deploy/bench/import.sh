#!/usr/bin/env bash
# Imports ATOP 5.1, DCAD 1.0 and MME v7 (the files as their authors distribute them, found by name
# under DIR) into a fresh local suite through the gateway, and prints rows per second per file, the
# total time and each service's peak heap; then p50/p99 of filtered lists and the ties view.
#   deploy/bench/import.sh -Ddata=DIR [-Drequests=200]
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/bench/prepare.sh gateway
./mvnw -q -B -pl deploy test-compile exec:java -Dexec.mainClass=org.entente.deploy.bench.ImportBenchmark \
  -Dexec.classpathScope=test "$@"
