#!/usr/bin/env bash
# Prints exercise-service figures: requests per second and latency of GET by id and of a filtered
# list of 50, the time from a change to its event being readable on Kafka, and the time from a write
# to its event reaching a client of the live stream (median, p99).
# Starts its own suite on free ports (packaged services, embedded PostgreSQL, Kafka and MongoDB store).
#   deploy/bench/exercise-service.sh [-Dthreads=8] [-Dseconds=20] [-Dchanges=1000]
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/bench/prepare.sh exercise-service
./mvnw -q -B -pl deploy test-compile exec:java -Dexec.mainClass=org.entente.deploy.bench.ExerciseServiceBenchmark \
  -Dexec.classpathScope=test "$@"
