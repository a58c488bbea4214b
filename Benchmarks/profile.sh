#!/usr/bin/env bash
# Where the broker's CPU goes on the produce and fetch paths: a sampling profile (perf record
# on the cpu-clock software event; these machines expose no hardware counters, and valgrind
# 3.19 crashes at the first thread a Swift 6.3 program starts, so callgrind cannot run here).
# A playground on the S3 endpoint in FJORD_TEST_S3_ENDPOINT (bucket fjord-bench; AWS_* from the
# environment, e.g. `source Infra/dev/services.sh; fjord_services_start DIR`); fjord bench
# produces 1 KiB records over 8 partitions, saturated (32 requests in flight) for 10 s, then
# consumes the topic from the start. Each phase is recorded separately; prints the top
# symbols by self time, grouped, with the broker's core-seconds per GiB of the phase.
# Usage: Benchmarks/profile.sh FJORD_BINARY OUT_DIR
set -euo pipefail
bin=$1 out=$2
mkdir -p "$out"
source "$(dirname "$0")/s3_playground.sh" profile
"$bin" bench produce --bootstrap "127.0.0.1:$p" --topic profile --partitions 8 --rate 10 --duration 1s >/dev/null
phase() {  # name command...
  local name=$1; shift
  perf record -q -e cpu-clock -F 999 -g -p "$pid" -o "$out/$name.data" 2>/dev/null &
  local perf_pid=$! t0; t0=$(ticks)
  sleep 0.5
  "$@" >"$out/$name.txt" 2>&1
  kill -INT "$perf_pid"; wait "$perf_pid" 2>/dev/null || true
  echo $(( $(ticks) - t0 )) >"$out/$name.ticks"
}
phase produce "$bin" bench produce --bootstrap "127.0.0.1:$p" --topic profile --partitions 8 --record-size 1024 --rate 0 --max-in-flight 32 --duration 10s
phase consume "$bin" bench consume --bootstrap "127.0.0.1:$p" --topic profile --duration 60s
records=$(grep '^produced' "$out/produce.txt" | sed -E 's/.*produced ([0-9]+) records.*/\1/')
for name in produce consume; do
  grep -E '^(produced|consume)' "$out/$name.txt" | head -1
  python3 -c "print(f'## $name: {$(cat "$out/$name.ticks") / $(getconf CLK_TCK):.1f} core-s, {$(cat "$out/$name.ticks") / $(getconf CLK_TCK) / ($records * 1024 / 2**30):.2f} core-s per GiB')"
  perf report -i "$out/$name.data" --no-children --sort dso,sym --stdio 2>/dev/null | grep -E '^ +[0-9]' | head -40 | swift demangle --simplified | cut -c1-200  || true
done
