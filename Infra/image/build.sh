#!/usr/bin/env bash
# Builds Fjord's container image without a registry or a Docker engine:
#   1. a release build of fjord with the Swift runtime linked in (--static-swift-stdlib);
#   2. a root filesystem of just that binary, the shared libraries `ldd` names, CA
#      certificates and a non-root user (65532), with no shell, package manager or compiler;
#   3. an OCI image of that rootfs (buildah, FROM scratch), written to an archive;
#   4. a check: the rootfs's own binary, run in it with chroot as user 65532, serves a
#      playground that kcat round-trips a record through.
# Slow (a release build from scratch compiles every dependency in release mode), so not in CI;
# docs/deploy.md records a run. Usage: Infra/image/build.sh [--skip-build]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
scratch=.build-image
rootfs=$scratch/rootfs
archive=$scratch/fjord-image.oci.tar
version=$(git describe --always --dirty 2>/dev/null || echo dev)

command -v buildah >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends buildah >/dev/null; }
Infra/dev/install-deps.sh --build

if [ "${1:-}" != --skip-build ]; then
  started=$(date +%s)
  swift build -c release --static-swift-stdlib --product fjord --scratch-path "$scratch"
  echo "image: release build took $(( $(date +%s) - started )) s"
fi
binary=$scratch/release/fjord

echo "image: assembling $rootfs"
rm -rf "$rootfs"
mkdir -p "$rootfs"/{usr/local/bin,etc/ssl/certs,tmp,data,proc,dev}  # (proc, dev: mount points, as runtimes use them)
chmod 1777 "$rootfs/tmp"
install -m 0755 "$binary" "$rootfs/usr/local/bin/fjord"
strip "$rootfs/usr/local/bin/fjord"
# Every shared library the binary loads, at the path the dynamic linker looks for it.
ldd "$binary" | grep -oE '/[^ ]+\.so[^ ]*' | sort -u | while read -r lib; do
  mkdir -p "$rootfs$(dirname "$lib")"
  cp -L "$lib" "$rootfs$lib"
done
cp -L /etc/ssl/certs/ca-certificates.crt "$rootfs/etc/ssl/certs/"
printf 'root:x:0:0:root:/nonexistent:/sbin/nologin\nfjord:x:65532:65532:fjord:/data:/sbin/nologin\n' >"$rootfs/etc/passwd"
printf 'root:x:0:\nfjord:x:65532:\n' >"$rootfs/etc/group"
chown 65532:65532 "$rootfs/data"
echo "image: rootfs holds $(find "$rootfs" -type f | wc -l) files, $(du -sh "$rootfs" | cut -f1)"

echo "image: building the OCI image (buildah, FROM scratch)"
bah() { buildah --storage-driver vfs "$@"; }
container=$(bah from scratch)
trap 'bah rm "$container" >/dev/null 2>&1 || true' EXIT
bah copy "$container" "$rootfs/" / >/dev/null
bah config --user 65532:65532 --workingdir /data --entrypoint '["/usr/local/bin/fjord"]' --cmd '["--help"]' \
  --port 9092 --port 9780 --port 9700 \
  --label org.opencontainers.image.title=fjord --label "org.opencontainers.image.version=$version" \
  --label org.opencontainers.image.description="Kafka protocol on object storage" "$container"
bah commit --quiet "$container" "fjord:$version" >/dev/null
rm -f "$archive"
bah push --quiet "fjord:$version" "oci-archive:$archive:fjord:$version"
echo "image: fjord:$version, $(du -h "$archive" | cut -f1) as an OCI archive ($archive), $(gzip -c "$archive" | wc -c | awk '{printf "%.1f MiB", $1/1048576}') gzipped"

echo "image: checking that the image's own binary serves kcat (chroot as user 65532)"
# A container runtime mounts /proc; Swift reads the command line from /proc/self/cmdline.
mount -t proc proc "$rootfs/proc"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
log=$(mktemp)
chroot --userspec=65532:65532 "$rootfs" /usr/local/bin/fjord playground --data-dir /tmp/playground --listen "127.0.0.1:$port" >"$log" 2>&1 &
playground=$!
stop() {
  kill "$playground" 2>/dev/null; wait "$playground" 2>/dev/null || true
  umount "$rootfs/proc" 2>/dev/null || true
  rm -rf "${rootfs:?}/tmp/"*  # the check's playground data (the image was committed before it)
  bah rm "$container" >/dev/null 2>&1 || true
}
trap stop EXIT
for _ in $(seq 1 100); do grep -q '^bootstrap:' "$log" && break; sleep 0.1; done
grep -q '^bootstrap:' "$log" || { echo "image: the playground did not start:"; cat "$log"; exit 1; }
topic="image-check-$$"
echo "hello from the image" | kcat -P -b "127.0.0.1:$port" -t "$topic" -X topic.partitioner=consistent
got=$(kcat -C -b "127.0.0.1:$port" -t "$topic" -o beginning -c 1 -e -q)
[ "$got" = "hello from the image" ] || { echo "image: kcat read '$got'"; cat "$log"; exit 1; }
echo "image: kcat round trip through the image's binary: ok"
