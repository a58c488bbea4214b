#!/usr/bin/env bash
# Two fjord binaries, measured in one run and interleaved (A B A B ...), so a noisy machine
# affects both alike: the broker benchmark's throughput load (1 KiB records, 8 partitions,
# 32 requests in flight) against a playground on SeaweedFS, and PostgreSQL segment commits.
# Usage: Benchmarks/before_after.sh BEFORE_FJORD AFTER_FJORD [rounds] [seconds-per-run]
#   e.g. build the base commit in a worktree with `swift build -c release --product fjord`,
#   and this one the same way; defaults: 3 rounds of 10 s.
set -euo pipefail
cd "$(dirname "$0")/.."
before=$1 after=$2 rounds=${3:-3} seconds=${4:-10}
source Benchmarks/setup.sh  # services, buckets, port(), cleanup; also builds this tree's fjord
postgres_admin=$FJORD_TEST_POSTGRES_URL
run_produce() {  # label binary round
  local p; p=$(port)
  "$2" playground --listen "127.0.0.1:$p" --data-dir "$work/$1-$3" --batch-timeout 250ms \
    --bucket "s3://fjord-bench/$1-$3" --s3-endpoint "$FJORD_TEST_S3_ENDPOINT" >"$work/$1-$3.log" 2>&1 &
  local pid=$!; pids+=("$pid")
  for _ in $(seq 1 100); do grep -q '^bootstrap:' "$work/$1-$3.log" && break; sleep 0.1; done
  "$2" bench produce --bootstrap "127.0.0.1:$p" --topic tput --partitions 8 --rate 0 --record-size 1024 --max-in-flight 32 \
    --duration "${seconds}s" | grep -vE '^  [0-9]+s:' | sed "s/^/$1 round $3: /"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
run_commit() {  # label binary round
  local database="bench_$1_$3"
  psql "$postgres_admin" -qc "CREATE DATABASE $database"
  "$2" bench commit --postgres "${postgres_admin%/postgres}/$database" --batches-per-commit 50 --rate 0 --workers 64 \
    --duration "${seconds}s" 2>/dev/null | sed "s/^/$1 round $3: /"
}
# Warm the bucket first: SeaweedFS grows volumes on a bucket's first writes.
"$fjord" bench put --bucket s3://fjord-bench/warmup --s3-endpoint "$FJORD_TEST_S3_ENDPOINT" --objects 50 --object-size 262144 >/dev/null
for round in $(seq 1 "$rounds"); do
  run_produce before "$before" "$round"
  run_produce after "$after" "$round"
  run_commit before "$before" "$round"
  run_commit after "$after" "$round"
done
