#!/usr/bin/env bash
# Makes the base image of the service images on this machine, with no registry: a jlink'ed Java
# runtime from the JDK running the build, the system libraries it links, a non-root user (uid 1001,
# group 0) and /tmp; imported with podman and saved as a docker-archive tar, which Jib takes as
# -Dimages.base=tar:///abs/OUT/base-image.tar. Used by the podman-images profile (root pom) and
# for air-gapped builds. Needs podman (Debian: podman runc catatonit).
#   deploy/images/build-base-image.sh OUT_DIR        (JDK=... to link another JDK)
set -euo pipefail

OUT=${1:?usage: build-base-image.sh OUT_DIR}
JDK=${JDK:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
IMAGE=${IMAGE:-localhost/entente-jre-base:17}
APP_UID=1001
# What jdeps reports for the four services (Quarkus REST, JDBC, Kafka, MongoDB driver), plus modules
# loaded as services that jdeps cannot see: jdk.zipfs (Quarkus fails at start without it), jdk.crypto.ec
# (TLS to managed Kafka and databases), java.security.jgss and java.security.sasl (Kafka SASL/Kerberos).
MODULES=${MODULES:-java.base,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.rmi,\
java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,jdk.crypto.ec,jdk.management,jdk.naming.dns,\
jdk.unsupported,jdk.zipfs}

# the flags podman needs on a host without systemd and with a low hard limit of open files (see the README)
podman() { command podman --runtime runc --cgroup-manager cgroupfs --events-backend file "$@"; }

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)          # absolute: ldd prints absolute paths
ROOTFS="$OUT/rootfs"
rm -rf "$ROOTFS" "$OUT/rootfs.tar" "$OUT/base-image.tar"
mkdir -p "$ROOTFS"

modules=()
[ -d "$JDK/jmods" ] && modules=(--module-path "$JDK/jmods")   # JDKs without jmods link from their own runtime
"$JDK/bin/jlink" "${modules[@]}" --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files \
  --compress=2 --output "$ROOTFS/opt/java" 2>&1 | grep -v "deprecated" || true
[ -x "$ROOTFS/opt/java/bin/java" ] || { echo "jlink made no runtime" >&2; exit 1; }
# headless: the X11, sound and splash natives would pull in libX11 and libasound
rm -f "$ROOTFS"/opt/java/lib/{libawt_xawt,libjawt,libsplashscreen,libjsound}.so

# every system library the runtime links, at the same path (the loader too)
linked=$(find "$ROOTFS/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; 2>/dev/null)
if grep 'not found' <<<"$linked" | grep -v 'libjvm.so'; then echo "libraries missing" >&2; exit 1; fi
for lib in $(awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}' <<<"$linked" | sort -u); do
  case "$lib" in "$ROOTFS"/*) continue ;; esac
  cp -L --parents "$lib" "$ROOTFS/"
done

mkdir -p "$ROOTFS"/{etc,tmp,home/app,work}
printf 'root:x:0:0:root:/root:/sbin/nologin\napp:x:%s:0:app:/home/app:/sbin/nologin\n' "$APP_UID" > "$ROOTFS/etc/passwd"
printf 'root:x:0:\n' > "$ROOTFS/etc/group"
echo 'hosts: files dns' > "$ROOTFS/etc/nsswitch.conf"
chmod 1777 "$ROOTFS/tmp"
chmod 1777 "$ROOTFS/home/app"   # writable by the app user without a chown, which a rootless build cannot do

tar --numeric-owner -C "$ROOTFS" -cf "$OUT/rootfs.tar" .
podman rmi -f "$IMAGE" >/dev/null 2>&1 || true
podman import -q --change 'ENV PATH=/opt/java/bin:/usr/bin:/bin' --change 'ENV JAVA_HOME=/opt/java' \
  --change 'ENV HOME=/home/app' --change "USER $APP_UID" --change 'WORKDIR /work' "$OUT/rootfs.tar" "$IMAGE" >/dev/null
# docker-archive: Jib reads a tar:// base in that format (an oci-archive fails in the build)
podman save -q --format docker-archive -o "$OUT/base-image.tar" "$IMAGE"
rm -rf "$ROOTFS" "$OUT/rootfs.tar"
echo "base image $IMAGE: $OUT/base-image.tar ($(du -m "$OUT/base-image.tar" | cut -f1) MB), $("$JDK/bin/java" -version 2>&1 | head -1)"
