#!/usr/bin/env bash
# Production-shape benchmarks, in one run on this machine:
#   - segment commits against PostgreSQL (1 and 50 partitions per commit, fixed rate and
#     as fast as 64 committers go);
#   - end-to-end latency through 3 agents and 2 control-plane replicas on SeaweedFS, against
#     the same load on Tansu 0.6.0 with its s3:// engine on the same SeaweedFS.
# Usage: Benchmarks/cluster.sh [seconds-per-run]   (default 10). docs/benchmarks.md records one.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
source Benchmarks/setup.sh
wait_line() {  # file text
  for _ in $(seq 1 150); do grep -q "$2" "$1" && return 0; sleep 0.1; done
  cat "$1"; return 1
}
postgres=${FJORD_TEST_POSTGRES_URL%/postgres}/fjord
psql "$FJORD_TEST_POSTGRES_URL" -qc "CREATE DATABASE fjord"

echo "## segment commits on PostgreSQL (fsync=off, loopback)"
for args in "--batches-per-commit 1 --rate 200" "--batches-per-commit 50 --rate 200" "--batches-per-commit 1 --rate 2000" \
            "--batches-per-commit 1 --rate 0 --workers 64" "--batches-per-commit 50 --rate 0 --workers 64"; do
  # shellcheck disable=SC2086
  "$fjord" bench commit --postgres "$postgres" $args --duration "${seconds}s" 2>/dev/null
done

# SeaweedFS grows volumes on a bucket's first writes, a stall of about a second: warm both
# buckets before anything is timed.
for bucket in fjord-bench tansu; do
  "$fjord" bench put --bucket "s3://$bucket/warmup" --s3-endpoint "$FJORD_TEST_S3_ENDPOINT" --objects 50 --object-size 262144 >/dev/null
done

echo; echo "## end to end through 3 agents and 2 control-plane replicas, 2,000 rec/s of 1 KiB, 8 partitions"
key=$("$fjord" keys create --postgres "$postgres" --group bench)
replicas=()
for index in 1 2; do
  p=$(port)
  "$fjord" control-plane --postgres "$postgres" --listen "127.0.0.1:$p" >"$work/replica$index.log" 2>&1 &
  pids+=($!); replicas+=("http://127.0.0.1:$p")
  wait_line "$work/replica$index.log" listening
done
urls=$(IFS=,; echo "${replicas[*]}")
for timeout in 250ms 50ms; do
  agents=()
  for index in 1 2 3; do
    p=$(port); h=$(port)
    FJORD_AGENT_KEY=$key "$fjord" agent --control-plane "$urls" --bucket "s3://fjord-bench/cluster-$timeout" \
      --s3-endpoint "$FJORD_TEST_S3_ENDPOINT" --listen "127.0.0.1:$p" --http-listen "127.0.0.1:$h" --batch-timeout "$timeout" \
      >"$work/agent$index.log" 2>&1 &
    pids+=($!); agents+=($!)
    wait_line "$work/agent$index.log" bootstrap:
    [ "$index" -eq 1 ] && bootstrap="127.0.0.1:$p"
  done
  sleep 3  # every agent sees the other two in the registry
  echo "### Fjord, 3 agents, batch timeout $timeout"
  "$fjord" bench e2e --bootstrap "$bootstrap" --topic "lat-$timeout" --partitions 8 --rate 2000 --record-size 1024 --duration "${seconds}s" | grep -vE '^  [0-9]+s:'
  for pid in "${agents[@]}"; do kill "$pid"; wait "$pid" 2>/dev/null || true; done
done

p=$(port)
AWS_ENDPOINT="$FJORD_TEST_S3_ENDPOINT" AWS_ALLOW_HTTP=true AWS_DEFAULT_REGION=us-east-1 \
  "$tansu" broker --listener-url "tcp://127.0.0.1:$p" --advertised-listener-url "tcp://127.0.0.1:$p" \
  --storage-engine s3://tansu/ >"$work/tansu.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do (echo >"/dev/tcp/127.0.0.1/$p") 2>/dev/null && break; sleep 0.1; done
echo "### Tansu 0.6.0, s3:// engine, same load"
"$fjord" bench e2e --bootstrap "127.0.0.1:$p" --topic lat --partitions 8 --rate 2000 --record-size 1024 --duration "${seconds}s" | grep -vE '^  [0-9]+s:'
