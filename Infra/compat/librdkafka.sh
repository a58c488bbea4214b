#!/usr/bin/env bash
# Runs librdkafka's own test suite (Debian's librdkafka 2.0.2 source) against a Fjord
# playground and prints how many tests pass.
#
#   Infra/compat/librdkafka.sh            the allowlist (Infra/compat/librdkafka-allowlist.txt);
#                                         fails if any listed test fails
#   Infra/compat/librdkafka.sh all        every 0xxx test, to find more that pass
#   Infra/compat/librdkafka.sh 0012 0030  just these
#   FJORD_BIN=/path/to/fjord ...          test that binary instead of building one
#
# The source is fetched with `apt-get source librdkafka` (a deb-src line for bookworm is added
# if missing) into .build-compat/, and built there once.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
cache="$root/.build-compat"
mkdir -p "$cache"

# Runs one preparation step, logging to $cache/prepare.log; on failure says which step failed
# and shows the end of its log (test.sh only passes on lines that mention "failed").
# Exit code 3 means the source could not be fetched (no Debian source mirror reachable), which
# test.sh reports as skipped; any other failure is a real one.
step() {
  local name=$1 code=$2; shift 2
  if ! "$@" >>"$cache/prepare.log" 2>&1; then
    echo "librdkafka.sh: failed: $name (the end of $cache/prepare.log follows)"
    tail -n 25 "$cache/prepare.log" | sed 's/^/  failed> /'
    exit "$code"
  fi
}
sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
add_deb_src() {
  printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    | $sudo_cmd tee /etc/apt/sources.list.d/fjord-deb-src.sources >/dev/null && $sudo_cmd apt-get update -qq
}
build_tests() (  # a subshell: its cd must not move the rest of the script
  cd "$cache/librdkafka" && ./configure --disable-ssl --disable-gssapi --disable-curl \
    && make -j"$(nproc)" -C src && make -j"$(nproc)" -C src-cpp && make -j"$(nproc)" -C tests build
)

if [ ! -x "$cache/librdkafka/tests/test-runner" ]; then
  : >"$cache/prepare.log"
  if ! ls "$cache"/librdkafka-*/configure >/dev/null 2>&1; then
    if ! grep -rqs "deb-src" /etc/apt/sources.list /etc/apt/sources.list.d/; then
      step "adding a deb-src line for bookworm" 3 add_deb_src
    fi
    step "apt-get source librdkafka" 3 bash -c "cd '$cache' && apt-get source librdkafka"
  fi
  source_dir=$(ls -d "$cache"/librdkafka-*/ | head -n 1)
  ln -sfn "$source_dir" "$cache/librdkafka"
  echo "building librdkafka's tests in $source_dir (once)"
  step "building librdkafka and its tests" 1 build_tests
fi

# FJORD_BIN: a fjord binary to test (a copy, so that building goes on meanwhile); else build it.
if [ -n "${FJORD_BIN:-}" ]; then
  fjord=$FJORD_BIN
else
  swift build --product fjord >/dev/null
  fjord="$(swift build --show-bin-path)/fjord"
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/fjord-rdk.XXXXXX")
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$fjord" playground --listen "127.0.0.1:$port" --data-dir "$work/data" --agents 3 --batch-timeout 20ms \
  --partitions 4 >"$work/playground.log" 2>&1 &
playground=$!
stop_playground() {
  kill "$playground" 2>/dev/null || return 0
  timeout 15 tail --pid="$playground" -f /dev/null || kill -9 "$playground" 2>/dev/null
  rm -rf "$work"
}
trap stop_playground EXIT
for _ in $(seq 1 100); do grep -q '^bootstrap:' "$work/playground.log" && break; sleep 0.1; done

tests_dir="$cache/librdkafka/tests"
printf 'metadata.broker.list=127.0.0.1:%s\n' "$port" >"$tests_dir/test.conf"

case "${1:-allowlist}" in
  allowlist) mapfile -t tests < <(grep -oE '^[0-9]{4}' "$root/Infra/compat/librdkafka-allowlist.txt") ;;
  file=*) mapfile -t tests < <(grep -oE '^[0-9]{4}' "${1#file=}") ;;
  all) mapfile -t tests < <(ls "$tests_dir" | grep -oE '^0[0-9]{3}' | sort -u) ;;
  *) tests=("$@") ;;
esac

# An empty list would "pass" while proving nothing (a first run on a new machine once did).
[ ${#tests[@]} -gt 0 ] || { echo "librdkafka.sh: failed: no tests to run (${1:-allowlist})"; exit 1; }
passed=() failed=()
for test in "${tests[@]}"; do
  # TEST_KAFKA_VERSION tells the suite which features to expect (Fjord advertises Kafka 3.9-era APIs).
  # -L: only tests that need a broker (the suite's local-only unit tests would prove nothing here).
  # env -u CI: with CI set the suite skips whole tests (0055's latency checks), and a skipped test
  # proves nothing; the allowlist passes without its CI allowances (CI run 6 failed on this).
  if (cd "$tests_dir" && env -u CI TESTS=$test TEST_KAFKA_VERSION=3.3.0 timeout 240 ./test-runner -L -Q >"$work/$test.log" 2>&1) \
     && grep -qE "Test ${test}_[a-z0-9_]+ PASSED" "$work/$test.log"; then
    # (a local-only test skipped by -L prints no such line: it does not count)
    passed+=("$test")
  else
    failed+=("$test")
    # (|| true: a log without such a line must not end the script, under pipefail, unreported)
    { grep -E 'FAIL|Test assert|TIMEOUT|SKIPPED' "$work/$test.log" || tail -n 3 "$work/$test.log"; } | head -3 | sed "s/^/  $test: /" || true
  fi
done
echo "librdkafka test suite against Fjord: ${#passed[@]} passed, ${#failed[@]} failed"
echo "passed: ${passed[*]:-}"
printf '%s\n' "${passed[@]:-}" >"${FJORD_RDK_PASSED_OUT:-/dev/null}"
[ "${1:-allowlist}" != allowlist ] || [ ${#failed[@]} -eq 0 ]
