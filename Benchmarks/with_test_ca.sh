#!/usr/bin/env bash
# Runs a command that trusts FJORD_TEST_S3_CA_FILE (the test SeaweedFS's throwaway CA) as if
# it were a system CA: inside a private mount namespace, the system bundle is replaced by
# itself plus that CA. Nothing outside the command sees the change. For fjord binaries from
# before AWS_CA_BUNDLE, measured over TLS against the same SeaweedFS (needs root).
# Usage: Benchmarks/with_test_ca.sh COMMAND [ARGS...]
set -euo pipefail
system=/etc/ssl/certs/ca-certificates.crt
bundle=$(mktemp "${TMPDIR:-/tmp}/fjord-ca-bundle.XXXXXX")
trap 'rm -f "$bundle"' EXIT
cat "$system" "$FJORD_TEST_S3_CA_FILE" >"$bundle"
unshare -m --propagation private bash -c 'mount --bind "$1" "$2" && shift 2 && "$@"' - "$bundle" "$system" "$@"
