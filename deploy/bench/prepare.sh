# Sourced by the benchmark scripts, from the repository root, with the module whose package they need:
# the packaged services (built and installed once), then deploy's own dependencies installed as they are
# in this checkout. exec:java runs the deploy module alone, so it takes the platform modules and the
# client from the local Maven repository, where `./mvnw verify` alone leaves none or stale ones.
[ -f "$1/target/quarkus-app/quarkus-run.jar" ] || ./mvnw -q -B -DskipTests install
./mvnw -q -B -DskipTests -Djib.skip=true -pl deploy -am install
