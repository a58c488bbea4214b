#!/usr/bin/env bash
# Broker CPU per GiB produced and consumed, for one fjord binary: a playground on the S3
# endpoint in FJORD_TEST_S3_ENDPOINT (bucket fjord-bench; AWS_* credentials from the
# environment, e.g. `source Infra/dev/services.sh; fjord_services_start DIR`), 10 s of
# saturated `fjord bench produce` (1 KiB records, 8 partitions, 32 in flight), then a consume
# of the topic from the start. Reads the playground's user+system CPU from /proc around each.
# The consume follows the produce in the same process, so it reads mostly from the agent's
# cache of what it just wrote. Usage: Benchmarks/cpu_per_gib.sh LABEL FJORD_BINARY
set -euo pipefail
label=$1 bin=$2
p=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
d=$(mktemp -d)
"$bin" playground --listen "127.0.0.1:$p" --data-dir "$d" --batch-timeout 250ms \
  --bucket "s3://fjord-bench/cpu-$label-$RANDOM" --s3-endpoint "$FJORD_TEST_S3_ENDPOINT" >"$d/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$d"' EXIT
for _ in $(seq 1 100); do grep -q '^bootstrap:' "$d/log" && break; sleep 0.1; done
ticks() { awk '{print $14+$15}' "/proc/$pid/stat"; }
t0=$(ticks)
produced=$("$bin" bench produce --bootstrap "127.0.0.1:$p" --topic cpu --partitions 8 --record-size 1024 --rate 0 --max-in-flight 32 --duration 10s | grep '^produced')
t1=$(ticks)
consumed=$("$bin" bench consume --bootstrap "127.0.0.1:$p" --topic cpu --duration 30s 2>&1 | grep -E '^consume' | head -1)
t2=$(ticks)
echo "$label: $produced"
echo "$label: $consumed"
records=$(sed -E 's/.*produced ([0-9]+) records.*/\1/' <<<"$produced")
python3 -c "
hz, p, c, gib = $(getconf CLK_TCK), $t1 - $t0, $t2 - $t1, $records * 1024 / 2**30
print(f'$label: produce {p / hz:.1f} core-s, consume {c / hz:.1f} core-s for {gib:.2f} GiB: {(p + c) / hz / gib:.1f} core-s per GiB produced and consumed')"
