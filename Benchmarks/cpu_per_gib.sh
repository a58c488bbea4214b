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
source "$(dirname "$0")/s3_playground.sh" "cpu-$label"
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
