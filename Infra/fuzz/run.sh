#!/usr/bin/env bash
# Long robustness runs (release build).
#   Infra/fuzz/run.sh [inputs] [seed]              the frame and request decoders (default
#                                                 1,000,000 inputs), seeded with every request
#                                                 type at every version and the golden fixtures
#   Infra/fuzz/run.sh sasl [conversations] [seed]  a SASL listener through the agent's dispatch
#                                                 (default 100,000 conversations)
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product ProtocolFuzz >/dev/null
binary="$(swift build -c release --show-bin-path)/ProtocolFuzz"
if [ "${1:-}" = sasl ]; then
    exec "$binary" sasl "${2:-100000}" "${3:-1}"
fi
exec "$binary" "${1:-1000000}" "${2:-1}" Tests/KafkaProtocolTests/Fixtures/golden
