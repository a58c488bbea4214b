#!/usr/bin/env bash
# Long robustness run of the frame and request decoders (default 1,000,000 inputs),
# seeded with every request type at every version and the golden client fixtures.
# Usage: Infra/fuzz/run.sh [inputs] [seed]
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product ProtocolFuzz >/dev/null
exec "$(swift build -c release --show-bin-path)/ProtocolFuzz" "${1:-1000000}" "${2:-1}" Tests/KafkaProtocolTests/Fixtures/golden
