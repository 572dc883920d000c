#!/usr/bin/env sh
# Runs the whole Entente suite on this machine: PostgreSQL, Kafka, a MongoDB-protocol store, the three
# services and the gateway. Builds what is missing first (only a JDK 17+ is needed).
#   deploy/run-local.sh                 start everything (data in ./data)
#   deploy/run-local.sh --infra-only    only the infrastructure, for ./mvnw -pl <service> quarkus:dev
#   deploy/run-local.sh --rebuild       build everything again first
#   deploy/run-local.sh --data-dir DIR  keep data somewhere else
set -eu
cd "$(dirname "$0")/.."

rebuild=false
for arg in "$@"; do
  [ "$arg" = "--rebuild" ] && rebuild=true
done

missing=false
for jar in alliance-service/target/quarkus-app/quarkus-run.jar agreement-service/target/quarkus-app/quarkus-run.jar \
           exercise-service/target/quarkus-app/quarkus-run.jar gateway/target/quarkus-app/quarkus-run.jar \
           deploy/target/entente-local.jar; do
  [ -f "$jar" ] || missing=true
done
if [ "$missing" = true ] || [ "$rebuild" = true ]; then
  echo "Building Entente (first time: a few minutes while Maven fetches dependencies)..."
  ./mvnw -q -B -DskipTests install
fi

args=""
for arg in "$@"; do
  [ "$arg" = "--rebuild" ] || args="$args $arg"
done
# shellcheck disable=SC2086
exec java -Xmx512m -XX:+UseSerialGC -jar deploy/target/entente-local.jar $args
