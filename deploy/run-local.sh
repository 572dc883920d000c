#!/usr/bin/env bash
# Runs the whole Entente suite on this machine: PostgreSQL, Kafka, a MongoDB-protocol store, the three
# services and the gateway. Builds what is missing first (only a JDK 17+ is needed).
#   deploy/run-local.sh                 start everything (data in ./data of the checkout)
#   deploy/run-local.sh --infra-only    only the infrastructure, for ./mvnw -pl <service> quarkus:dev
#   deploy/run-local.sh --rebuild       build everything again first
#   deploy/run-local.sh --data-dir DIR  keep data somewhere else
#   deploy/run-local.sh --instances 2   two processes of each service behind the gateway
#   deploy/run-local.sh --import DIR    import the data set files in DIR (ATOP, DCAD, MME) once it is up,
#                                       or into the suite already running on the same data
set -euo pipefail

caller_dir=$(pwd)
cd "$(dirname "$0")/.."

rebuild=false
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rebuild) rebuild=true ;;
    --data-dir)
      [ $# -ge 2 ] || { echo "entente: --data-dir needs a directory" >&2; exit 2; }
      case "$2" in
        /*) args+=("--data-dir" "$2") ;;
        *) args+=("--data-dir" "$caller_dir/$2") ;;   # relative to where the command was typed
      esac
      shift ;;
    --import)
      [ $# -ge 2 ] || { echo "entente: --import needs a directory holding the data set files" >&2; exit 2; }
      case "$2" in
        /*) args+=("--import" "$2") ;;
        *) args+=("--import" "$caller_dir/$2") ;;
      esac
      shift ;;
    *) args+=("$1") ;;
  esac
  shift
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

exec java -Xmx512m -XX:+UseSerialGC -jar deploy/target/entente-local.jar ${args[@]+"${args[@]}"}
