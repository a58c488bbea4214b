#!/usr/bin/env bash
# Fjord's test command: installs what it needs, starts throwaway PostgreSQL and SeaweedFS on
# loopback, runs `swift test` and the real-client tests, and stops everything it started.
# Usage: Infra/dev/test.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
[ -d ../shared/kafka-protocol ] || { echo "test.sh: ../shared (Kafka schemas) must sit beside the repository" >&2; exit 1; }

echo "== installing dependencies"
Infra/dev/install-deps.sh

work=$(mktemp -d "${TMPDIR:-/tmp}/fjord-test.XXXXXX")
source Infra/dev/services.sh
cleanup() { fjord_services_stop; rm -rf "$work"; }
trap cleanup EXIT

echo "== swift format lint (.swift-format; generated code excluded)"
git ls-files -z '*.swift' | grep -zv '/Generated/' | xargs -0 swift format lint --strict --parallel

echo "== starting services"
fjord_services_start "$work/services"

echo "== swift test"
swift build --build-tests

echo "== policy examples"
"$(swift build --show-bin-path)/fjord" policy validate Policies/examples/*.yaml
swift test 2>&1 | tee "$work/swift-test.log"

echo "== real clients against a playground: every codec, consumer groups, admin, idempotence under dropped connections, IAM roles on moto"
FJORD_BIN="$(swift build --show-bin-path)/fjord" python3 -m pytest -q -p no:cacheprovider Tests/Clients 2>&1 | tee "$work/clients.log"

echo "== chaos: one seeded campaign of combined faults on the production shape, every record accounted for (Infra/chaos)"
# Every fault kind (seed 20262808's 60 s schedule has each of the 16). Partitions and clock
# skew need root (iptables, setpriv, libfaketime): without it they are left out, saying why.
faults=agent-kill,agent-pause,replica-kill,replica-pause,postgres-crash,s3-slowdown,s3-slow,s3-reset,s3-lost-response,s3-truncated-get
isolation_missing=$(python3 -c 'import sys; sys.path[:0] = ["Infra/chaos", "Tests/Clients"]
from isolation import available; print(available() or "")')
if [ -z "$isolation_missing" ]; then
  faults=$faults,agent-cp-partition,agent-replica-partition,agent-s3-partition,replica-pg-partition,agent-clock-skew,replica-clock-skew
else
  echo "chaos: no partitions or clock skew: $isolation_missing"
fi
FJORD_BIN="$(swift build --show-bin-path)/fjord" Infra/chaos/run.sh --seeds 20262808 --seconds 60 --out "$work/chaos" \
  --faults "$faults" 2>&1 | tee "$work/chaos.log"

echo "== deployment artifacts: Kubernetes, Terraform, systemd, alerts and dashboard, the metrics they use"
FJORD_BIN="$(swift build --show-bin-path)/fjord" python3 -m pytest -q -p no:cacheprovider Tests/Deploy 2>&1 | tee "$work/deploy.log"

echo "== real clients: fresh golden captures decode and re-encode exactly"
FJORD_GOLDEN_OUT="$work/golden" Tests/Clients/golden/capture.sh >"$work/capture.log" 2>&1 \
  || { tail -40 "$work/capture.log"; exit 1; }
FJORD_GOLDEN_DIR="$work/golden" swift test --skip-build --filter GoldenFixtureTests 2>&1 | tee "$work/golden-test.log"

echo "== librdkafka's own test suite against a playground (the allowlist in Infra/compat)"
rdk_status=0
Infra/compat/librdkafka.sh >"$work/librdkafka.log" 2>&1 || rdk_status=$?
if [ "$rdk_status" -eq 3 ]; then
  echo "SKIPPED: librdkafka's source could not be fetched on this machine:"; tail -n 26 "$work/librdkafka.log"
elif [ "$rdk_status" -ne 0 ]; then
  tail -n 40 "$work/librdkafka.log"; exit 1
else
  grep -E "passed|failed|^  [0-9]{4}:" "$work/librdkafka.log"
fi

echo "== the federation lab: prod and analytics agent groups in network namespaces without a route between them"
lab_status=0
FJORD_LAB_DIR="$work/lab" FJORD_BIN="$(swift build --show-bin-path)/fjord" timeout 600 Infra/lab/federation.sh run 2>&1 | tee "$work/lab.log" || lab_status=$?
if [ "$lab_status" -eq 3 ]; then
  echo "SKIPPED: the federation lab needs network namespaces (see above); it did not run"
elif [ "$lab_status" -ne 0 ]; then
  for log in "$work"/lab/*.log; do echo "-- $log"; tail -n 15 "$log"; done
  exit 1
fi

# One closing line for CI: the Swift Testing counts of both runs (set -o pipefail has
# already stopped us on any failure).
passed=$( { cat "$work/swift-test.log" "$work/golden-test.log" | sed -n 's/.*Test run with \([0-9]*\) tests\{0,1\} .*passed.*/\1/p'
           sed -n 's/^\([0-9]*\) passed.*/\1/p' "$work/clients.log" "$work/deploy.log"
           sed -n 's/^librdkafka test suite against Fjord: \([0-9]*\) passed.*/\1/p' "$work/librdkafka.log"
           sed -n 's/^federation lab: \([0-9]*\) checks passed.*/\1/p' "$work/lab.log"
           sed -n 's/^chaos: \([0-9]*\) campaigns, 0 failed.*/\1/p' "$work/chaos.log"; } | awk "{ total += \$1 } END { print total + 0 }")
echo "fjord: ${passed:-0} passed, 0 failed"
