#!/usr/bin/env bash
# Protocol benchmarks, in one run on this machine: core figures, then each codec through
# Fjord's Swift wrappers and through the same C library called directly, as ratios.
# Usage: Benchmarks/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product ProtocolBenchmarks >/dev/null
bin="$(swift build -c release --show-bin-path)/ProtocolBenchmarks"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
gcc -O2 -o "$work/codec_bench" Benchmarks/codec-c/codec_bench.c -lz -lsnappy -llz4 -lzstd
"$bin" write-corpus "$work/corpus"
echo "## core"; "$bin" core
"$bin" codecs "$work/corpus" > "$work/swift.txt"
"$work/codec_bench" "$work/corpus" > "$work/c.txt"
echo "## codecs (1 MiB of JSON-like records; MB/s; Swift / C)"
printf '%-20s %10s %10s %7s\n' op swift c ratio
while read -r name value unit; do
  [[ $unit == MB/s ]] || { echo "$name $value $unit"; continue; }
  c=$(awk -v n="$name" '$1 == n { print $2 }' "$work/c.txt")
  awk -v n="$name" -v s="$value" -v c="$c" 'BEGIN { printf "%-20s %10.1f %10.1f %7.2f\n", n, s, c, s / c }'
done < "$work/swift.txt"
