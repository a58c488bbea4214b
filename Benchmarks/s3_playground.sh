# Sourced by cpu_per_gib.sh and profile.sh: starts `$bin playground` (250 ms batch timeout) on
# the S3 endpoint in FJORD_TEST_S3_ENDPOINT, bucket fjord-bench, under a fresh prefix named
# after $1, and stops it on exit. Sets: p (its Kafka port), d (its data directory), pid, and
# ticks (the playground's user+system clock ticks so far).
p=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
d=$(mktemp -d)
"$bin" playground --listen "127.0.0.1:$p" --data-dir "$d" --batch-timeout 250ms \
  --bucket "s3://fjord-bench/$1-$RANDOM" --s3-endpoint "$FJORD_TEST_S3_ENDPOINT" >"$d/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$d"' EXIT
for _ in $(seq 1 100); do grep -q '^bootstrap:' "$d/log" && break; sleep 0.1; done
grep -q '^bootstrap:' "$d/log" || { cat "$d/log" >&2; exit 1; }
ticks() { awk '{print $14+$15}' "/proc/$pid/stat"; }
