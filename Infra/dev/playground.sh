#!/usr/bin/env bash
# The README's first command: installs the C libraries the build needs (once; a quick check
# afterwards), builds Fjord and starts a playground. Arguments go to `fjord playground`.
# Usage: Infra/dev/playground.sh [--agents 3] [--data-dir DIR] [...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/Infra/dev/install-deps.sh" --build
cd "$root"
exec swift run fjord playground "$@"
