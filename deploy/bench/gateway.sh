#!/usr/bin/env bash
# Prints what the gateway costs: requests per second, p50/p99 latency and CPU per request of GET /api/v1/alliances/{id}
# straight to alliance-service, through the gateway, and through nginx as a plain reverse proxy, in
# alternating rounds on one suite, with the ratios to the targets; then the profile and ties views against their slowest read,
# and the live stream's write-to-client latency straight to exercise-service and through the gateway.
# Starts its own suite on free ports (packaged services, embedded PostgreSQL, Kafka, MongoDB store).
#   deploy/bench/gateway.sh [-Dthreads=8] [-Dseconds=20] [-Drounds=2] [-Dtracing=true [-Dsampling=1.0] | -Dtracing=none]
#                             [-Daccess-log=off] [-Drate-limits=off] [-Dchanges=200] [-Dproxied-only=true]
# -Dtracing=true exports a -Dsampling share of the traces to a loopback collector (in the benchmark JVM, on the same
# cores); -Dtracing=none switches the OpenTelemetry SDK off, the baseline of the default (traces not recorded).
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v nginx >/dev/null; then
  echo "nginx is not installed; installing the Debian package (needs root)" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi
source deploy/bench/prepare.sh gateway
# The rate limits stay on (the gateway checks them on every request) but high enough for a load test.
export ENTENTE_GATEWAY_RATE_LIMIT_REQUESTS=100000000
export ENTENTE_GATEWAY_RATE_LIMIT_ROUTES_VIEWS_REQUESTS=100000000
./mvnw -q -B -pl deploy test-compile exec:java -Dexec.mainClass=org.entente.deploy.bench.GatewayBenchmark \
  -Dexec.classpathScope=test "$@"
