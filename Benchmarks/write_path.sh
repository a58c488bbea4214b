#!/usr/bin/env bash
# The write path against the object store's speed (issue 16), two fjord binaries in one run,
# interleaved (A B A B ...) so the machine's noise hits both: each round measures
#   1. the raw PUT ceiling: boto3, 8 threads PUTting 4 MiB objects for 10 s;
#   2. saturated produce: a playground on SeaweedFS (250 ms batch timeout), fjord bench with
#      1 KiB records, 8 partitions, 32 requests in flight;
#   3. paced produce at 2,000 records/s for 20 s right after that burst (same process);
#   4. paced produce at 2,000 records/s with one PUT in twenty held 2 s (Benchmarks/slow_put_proxy.py);
#   5. the same saturated load and paced tail from librdkafka (Benchmarks/kafka_load.py:
#      confluent-kafka, acks=all, idempotent, linger 5 ms), on a fresh playground.
# Usage: Benchmarks/write_path.sh BEFORE_FJORD AFTER_FJORD [rounds]   (release builds; default 2 rounds)
set -euo pipefail
cd "$(dirname "$0")/.."
before=$1 after=$2 rounds=${3:-2}
work=$(mktemp -d "${TMPDIR:-/tmp}/fjord-write-path.XXXXXX")
source Infra/dev/services.sh
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  fjord_services_stop
  rm -rf "$work"
}
trap cleanup EXIT
fjord_services_start "$work/services" >/dev/null
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
python3 -c "
import boto3, os
boto3.client('s3', endpoint_url=os.environ['FJORD_TEST_S3_ENDPOINT'], region_name='us-east-1').create_bucket(Bucket='fjord-bench')"
python3 Benchmarks/slow_put_proxy.py "$FJORD_TEST_S3_ENDPOINT" --every 20 --hold 2 >"$work/proxy.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 50); do grep -q '^proxy:' "$work/proxy.log" && break; sleep 0.1; done
slow_endpoint=$(sed -n 's/^proxy: //p' "$work/proxy.log")

raw_put() { python3 Benchmarks/raw_put.py fjord-bench "round $1"; }

playground() {  # label binary round endpoint -> sets $bootstrap, $playground_pid
  local p; p=$(port)
  "$2" playground --listen "127.0.0.1:$p" --data-dir "$work/$1-$3-$RANDOM" --batch-timeout 250ms \
    --bucket "s3://fjord-bench/$1-$3-$RANDOM" --s3-endpoint "$4" >"$work/$1-$3.log" 2>&1 &
  playground_pid=$!; pids+=("$playground_pid")
  for _ in $(seq 1 100); do grep -q '^bootstrap:' "$work/$1-$3.log" && break; sleep 0.1; done
  bootstrap="127.0.0.1:$p"
}

bench() {  # label round what binary args...
  local label=$1 round=$2 what=$3 binary=$4; shift 4
  "$binary" bench produce --bootstrap "$bootstrap" --topic "$what" --partitions 8 --record-size 1024 "$@" \
    | grep -E '^produced|latency' | sed "s/^/$label round $round, $what: /"
}

for round in $(seq 1 "$rounds"); do
  raw_put "$round"
  for side in before after; do
    binary=${!side}
    playground "$side" "$binary" "$round" "$FJORD_TEST_S3_ENDPOINT"
    bench "$side" "$round" saturated "$binary" --rate 0 --max-in-flight 32 --duration 10s
    bench "$side" "$round" paced-after-burst "$binary" --rate 2000 --duration 20s
    kill "$playground_pid"; wait "$playground_pid" 2>/dev/null || true
    playground "$side" "$binary" "$round" "$slow_endpoint"
    bench "$side" "$round" paced-slow-puts "$binary" --rate 2000 --duration 20s
    kill "$playground_pid"; wait "$playground_pid" 2>/dev/null || true
    playground "$side" "$binary" "$round" "$FJORD_TEST_S3_ENDPOINT"
    "$binary" bench produce --bootstrap "$bootstrap" --topic librdkafka --partitions 8 --rate 100 --duration 1s >/dev/null  # creates the topic
    python3 Benchmarks/kafka_load.py "$bootstrap" librdkafka --idempotent --rate 0 --duration 10 --label "$side round $round, librdkafka saturated"
    python3 Benchmarks/kafka_load.py "$bootstrap" librdkafka --idempotent --rate 2000 --duration 20 --label "$side round $round, librdkafka paced-after-burst"
    kill "$playground_pid"; wait "$playground_pid" 2>/dev/null || true
  done
done
