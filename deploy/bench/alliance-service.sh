#!/usr/bin/env bash
# Prints alliance-service figures: requests per second and latency of GET by id and of a filtered
# list of 50, and the time from a change to its event being readable on Kafka (median, p99).
# Starts its own suite on free ports (packaged services, embedded PostgreSQL and Kafka).
#   deploy/bench/alliance-service.sh [-Dthreads=8] [-Dseconds=20] [-Dchanges=1000]
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/bench/prepare.sh alliance-service
./mvnw -q -B -pl deploy test-compile exec:java -Dexec.mainClass=org.entente.deploy.bench.AllianceServiceBenchmark \
  -Dexec.classpathScope=test "$@"
