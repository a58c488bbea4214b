#!/usr/bin/env bash
# The chaos harness, one command: seeded campaigns of combined faults against a production-
# shaped cluster, each checked against its whole history (Infra/chaos/campaign.py).
# Usage: Infra/chaos/run.sh [--seeds 1-20] [--seconds 300] [--faults a,b] [--out DIR] [campaign.py options]
# Uses PostgreSQL and SeaweedFS from the environment (FJORD_TEST_*), or starts throwaway ones
# on loopback (Infra/dev/services.sh) and stops them after. FJORD_BIN: the fjord binary
# (default: the debug build). Exits 1 if any campaign found an anomaly.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seeds=1 out=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seeds) seeds=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
case "$seeds" in
  *-*) seed_list=$(seq "${seeds%-*}" "${seeds#*-}") ;;
  *) seed_list=${seeds//,/ } ;;
esac
export FJORD_BIN=${FJORD_BIN:-$root/.build/debug/fjord}
[ -x "$FJORD_BIN" ] || { echo "chaos: $FJORD_BIN not built (swift build, or set FJORD_BIN)" >&2; exit 1; }
out=${out:-$(mktemp -d "${TMPDIR:-/tmp}/fjord-chaos.XXXXXX")}
mkdir -p "$out"

if [ -z "${FJORD_TEST_POSTGRES_URL:-}" ] || [ -z "${FJORD_TEST_POSTGRES_CRASH:-}" ] || [ -z "${FJORD_TEST_S3_ENDPOINT:-}" ]; then
  source "$root/Infra/dev/services.sh"
  trap fjord_services_stop EXIT
  fjord_services_start "$out/services"
fi

failed=0
for seed in $seed_list; do
  status=0
  mkdir -p "$out/seed-$seed"
  # librdkafka's own log lines (every refused connection during a fault) go to clients.log.
  python3 "$root/Infra/chaos/campaign.py" --seed "$seed" --out "$out/seed-$seed" ${args[@]+"${args[@]}"} \
    2>"$out/seed-$seed/clients.log" || status=$?
  [ "$status" -eq 0 ] || tail -n 20 "$out/seed-$seed/clients.log"
  [ "$status" -eq 0 ] || failed=$((failed + 1))
done
echo "chaos: $(echo $seed_list | wc -w) campaigns, $failed failed; histories and summaries in $out"
[ "$failed" -eq 0 ]
