#!/usr/bin/env bash
# Broker benchmarks, in one run on this machine: Fjord and Tansu 0.6.0 on the same SeaweedFS,
# driven by the same load generators (fjord bench, and librdkafka through confluent-kafka),
# plus the raw PUT baselines (sequential, and the parallel ceiling), the PUT rate for 1 vs
# 1,000 partitions, and each broker's CPU per GiB produced and consumed by librdkafka.
# Prints a report; docs/benchmarks.md records one.
# Usage: Benchmarks/broker.sh [seconds-per-run]   (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
source Benchmarks/setup.sh
count_objects() {  # bucket prefix
  python3 - "$1" "$2" <<'PY'
import boto3, os, sys
s3 = boto3.client("s3", endpoint_url=os.environ["FJORD_TEST_S3_ENDPOINT"], region_name="us-east-1")
total = 0
for page in s3.get_paginator("list_objects_v2").paginate(Bucket=sys.argv[1], Prefix=sys.argv[2]):
    total += page.get("KeyCount", 0)
print(total)
PY
}
start_fjord() {  # batch-timeout prefix -> sets bootstrap
  local p; p=$(port)
  "$fjord" playground --listen "127.0.0.1:$p" --data-dir "$work/fjord-$2" --batch-timeout "$1" \
    --bucket "s3://fjord-bench/$2" --s3-endpoint "$FJORD_TEST_S3_ENDPOINT" >"$work/fjord-$2.log" 2>&1 &
  pids+=($!); fjord_pid=$!
  bootstrap="127.0.0.1:$p"
  for _ in $(seq 1 100); do grep -q '^bootstrap:' "$work/fjord-$2.log" && return 0; sleep 0.1; done
  cat "$work/fjord-$2.log"; return 1
}
stop_fjord() { kill "$fjord_pid"; wait "$fjord_pid" 2>/dev/null || true; }
stop_tansu() { kill "$tansu_pid"; wait "$tansu_pid" 2>/dev/null || true; }
ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }  # user+system clock ticks of a process
# librdkafka (acks=all, linger 5 ms): saturated for $seconds, a consume of it from the start,
# then paced at 2,000 records/s for 20 s right after; the broker's CPU around the first two.
librdkafka_run() {  # label broker-pid
  local label=$1 pid=$2 t0 t1 t2 produced records
  "$fjord" bench produce --bootstrap "$bootstrap" --topic rdk --partitions 8 --rate 10 --duration 1s >/dev/null  # creates the topic
  t0=$(ticks "$pid")
  produced=$(python3 Benchmarks/kafka_load.py "$bootstrap" rdk --rate 0 --duration "$seconds" --label "$label, saturated")
  t1=$(ticks "$pid")
  records=$(sed -nE 's/.*produced ([0-9]+) records.*/\1/p' <<<"$produced")
  echo "$produced"
  python3 Benchmarks/kafka_drain.py "$bootstrap" rdk "$records" --label "$label, consumed from the start"
  t2=$(ticks "$pid")
  python3 -c "
hz, p, c, gib = $(getconf CLK_TCK), $t1 - $t0, $t2 - $t1, $records * 1024 / 2**30
print(f'$label: broker CPU {p / hz:.1f} core-s producing and {c / hz:.1f} consuming {gib:.2f} GiB: {(p + c) / hz / gib:.1f} core-s per GiB produced and consumed')"
  python3 Benchmarks/kafka_load.py "$bootstrap" rdk --rate 2000 --duration 20 --label "$label, paced after the burst"
}
start_tansu() {
  local p; p=$(port)
  AWS_ENDPOINT="$FJORD_TEST_S3_ENDPOINT" AWS_ALLOW_HTTP=true AWS_DEFAULT_REGION=us-east-1 \
    "$tansu" broker --listener-url "tcp://127.0.0.1:$p" --advertised-listener-url "tcp://127.0.0.1:$p" \
    --storage-engine s3://tansu/ >"$work/tansu.log" 2>&1 &
  pids+=($!); tansu_pid=$!
  bootstrap="127.0.0.1:$p"
  for _ in $(seq 1 100); do (echo >"/dev/tcp/127.0.0.1/$p") 2>/dev/null && return 0; sleep 0.1; done
  cat "$work/tansu.log"; return 1
}
bench() { "$fjord" bench "$@" --bootstrap "$bootstrap" --duration "${seconds}s" | grep -vE '^  [0-9]+s:'; }

echo "## raw PUT ceiling: 8 parallel PUTs of 4 MiB to SeaweedFS"
python3 Benchmarks/raw_put.py fjord-bench ceiling
echo; echo "## raw PUT baseline: sequential 1 MiB and 64 KiB objects to SeaweedFS"
"$fjord" bench put --bucket s3://fjord-bench/raw --s3-endpoint "$FJORD_TEST_S3_ENDPOINT" --objects 100 --object-size 1048576
"$fjord" bench put --bucket s3://fjord-bench/raw --s3-endpoint "$FJORD_TEST_S3_ENDPOINT" --objects 100 --object-size 65536

echo; echo "## produce throughput, 1 KiB records, 8 partitions, as fast as acks allow"
start_fjord 250ms tput; echo "### Fjord (250 ms batch timeout)"; bench produce --topic tput --partitions 8 --rate 0 --record-size 1024 --max-in-flight 32; stop_fjord
start_tansu; echo "### Tansu 0.6.0"; bench produce --topic tput --partitions 8 --rate 0 --record-size 1024 --max-in-flight 32; stop_tansu

for timeout in 250ms 50ms; do
  echo; echo "## latency at 2,000 rec/s of 1 KiB, 8 partitions, end to end; Fjord batch timeout $timeout"
  start_fjord "$timeout" "lat$timeout"; bench e2e --topic lat --partitions 8 --rate 2000 --record-size 1024; stop_fjord
done
start_tansu; echo "### Tansu 0.6.0, same load"; bench e2e --topic lat --partitions 8 --rate 2000 --record-size 1024; stop_tansu

echo; echo "## driven by librdkafka: confluent-kafka, acks=all, linger 5 ms, 1 KiB records, 8 partitions"
start_fjord 250ms rdk; librdkafka_run "Fjord (250 ms batch timeout)" "$fjord_pid"; stop_fjord
start_tansu; librdkafka_run "Tansu 0.6.0" "$tansu_pid"; stop_tansu
python3 Benchmarks/raw_put.py fjord-bench "ceiling, again after the librdkafka runs"

echo; echo "## object-store PUTs per second do not grow with partitions (2,000 rec/s, 250 ms)"
for partitions in 1 1000; do
  start_fjord 250ms "puts$partitions"
  before=$(count_objects fjord-bench "puts$partitions/")
  bench produce --topic "puts$partitions" --partitions "$partitions" --rate 2000 --record-size 1024 >/dev/null
  after=$(count_objects fjord-bench "puts$partitions/")
  stop_fjord
  awk -v p="$partitions" -v n="$((after - before))" -v s="$seconds" 'BEGIN { printf "Fjord, %d partitions: %d segment objects in %d s = %.1f PUT/s\n", p, n, s, n / s }'
done
