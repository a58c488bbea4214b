#!/usr/bin/env bash
# The soak, one command: a steady load through a production-shaped cluster for a bounded
# time, failing on memory, descriptor or latency growth (Infra/soak/soak.py).
# Usage: Infra/soak/run.sh [--minutes 60] [--mib-per-second 5] [--out DIR]
# Uses PostgreSQL and SeaweedFS from the environment (FJORD_TEST_*), or starts throwaway ones
# on loopback (Infra/dev/services.sh) and stops them after. FJORD_BIN: the fjord binary
# (default: the debug build; a release build, `swift build -c release`, is what to soak).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="" args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
export FJORD_BIN=${FJORD_BIN:-$root/.build/debug/fjord}
[ -x "$FJORD_BIN" ] || { echo "soak: $FJORD_BIN not built (swift build, or set FJORD_BIN)" >&2; exit 1; }
out=${out:-$(mktemp -d "${TMPDIR:-/tmp}/fjord-soak.XXXXXX")}
mkdir -p "$out"
if [ -z "${FJORD_TEST_POSTGRES_URL:-}" ] || [ -z "${FJORD_TEST_S3_ENDPOINT:-}" ]; then
  source "$root/Infra/dev/services.sh"
  trap fjord_services_stop EXIT
  fjord_services_start "$out/services"
fi
status=0
python3 "$root/Infra/soak/soak.py" --out "$out" ${args[@]+"${args[@]}"} 2>"$out/clients.log" || status=$?
echo "soak: figures in $out/summary.md, per minute in $out/soak.jsonl"
exit "$status"
