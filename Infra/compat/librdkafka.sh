#!/usr/bin/env bash
# Runs librdkafka's own test suite (Debian's librdkafka 2.0.2 source) against Fjord
# playgrounds and prints how many tests pass.
#
#   Infra/compat/librdkafka.sh            the allowlist (Infra/compat/librdkafka-allowlist.txt);
#                                         fails if any listed test fails
#   Infra/compat/librdkafka.sh all        every 0xxx test, to find more that pass
#   Infra/compat/librdkafka.sh 0012 0030  just these (0107:noautocreate: in a setup, below)
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
  cd "$cache/librdkafka" && ./configure --disable-gssapi --disable-curl \
    && make -j"$(nproc)" -C src && make -j"$(nproc)" -C src-cpp && make -j"$(nproc)" -C tests build
)

# A runner built without RapidJSON skips the tests that check statistics JSON (0053, 0110),
# and one built without OpenSSL the SSL ones (0097): build again with both
# (Infra/dev/install-deps.sh installs rapidjson-dev and libssl-dev).
if [ -x "$cache/librdkafka/tests/test-runner" ] \
   && ! { grep -qs 'WITH_RAPIDJSON 1' "$cache/librdkafka/config.h" && grep -qs 'WITH_SSL 1' "$cache/librdkafka/config.h"; }; then
  rm -f "$cache/librdkafka/tests/test-runner"
fi
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
tests_dir="$cache/librdkafka/tests"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Each test runs in a setup (the allowlist's second column; default when none):
#   default       a 3-agent playground (20 ms batch timeout, 4 partitions per auto-created
#                 topic), quick mode (-Q)
#   full          the same playground, without quick mode (tests that skip in quick mode)
#   noautocreate  a playground with --no-auto-create-topics, the suite's "noautocreate" scenario
#   sasl          the default playground's SASL_PLAINTEXT listener, as a user of `fjord users`
#   ssl           the default playground's mutual-TLS listener, with a client certificate in
#                 every encoding the suite's SSL tests load (the SSL_* variables trivup sets)
# A setup's playground starts the first time a test needs it; all are stopped at the end.
pids=()
stop_playgrounds() {
  for pid in "${pids[@]:-}"; do
    [ -n "$pid" ] || continue
    kill "$pid" 2>/dev/null || continue
    timeout 15 tail --pid="$pid" -f /dev/null || kill -9 "$pid" 2>/dev/null
  done
  rm -rf "$work"
}
trap stop_playgrounds EXIT
declare -A conf=()
# A CA, the agents' certificate for 127.0.0.1, and a client certificate: PEM, DER and a
# PKCS#12 bundle (password rdk-secret), and a PEM of two CAs, as trivup lays them out.
make_certificates() {
  local d=$work/ssl
  mkdir -p "$d"
  (
    cd "$d"
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=rdk-ca -keyout ca.key -out ca.pem
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=other-ca -keyout other.key -out other.pem
    cat ca.pem other.pem >all-cas.pem
    openssl x509 -in ca.pem -outform der -out ca.der
    openssl req -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -keyout server.key -out server.csr
    printf 'subjectAltName=IP:127.0.0.1\n' >san.ext
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile san.ext -out server.pem
    openssl req -newkey rsa:2048 -nodes -subj /CN=rdk-client -keyout client.key -out client.csr
    openssl x509 -req -in client.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -out client.pem
    openssl x509 -in client.pem -outform der -out client.der
    openssl pkcs8 -topk8 -nocrypt -in client.key -outform der -out client.key.der
    openssl pkcs12 -export -in client.pem -inkey client.key -certfile ca.pem -passout pass:rdk-secret -out client.p12
  ) >"$work/ssl.log" 2>&1
  export SSL_pkcs=$d/client.p12 SSL_pub_der=$d/client.der SSL_pub_pem=$d/client.pem SSL_priv_der=$d/client.key.der \
    SSL_priv_pem=$d/client.key SSL_ca_der=$d/ca.der SSL_all_cas_pem=$d/all-cas.pem SSL_password=rdk-secret
}
start_playground() {  # NAME EXTRA_ARGS...: writes $work/NAME.conf, the suite's test.conf for it
  local name=$1; shift
  local port sasl_port ssl_port
  port=$(free_port); sasl_port=$(free_port); ssl_port=$(free_port)
  mkdir -p "$work/$name"
  [ -f "$work/ssl/server.pem" ] || make_certificates
  printf 'rdk-secret\n' | "$fjord" users create --data-dir "$work/$name" --user rdk --password-stdin --mechanism SCRAM-SHA-256 >/dev/null
  "$fjord" playground --listener "PLAINTEXT://127.0.0.1:$port" --listener "SECURE=SASL_PLAINTEXT://127.0.0.1:$sasl_port" \
    --listener "TLS=SSL://127.0.0.1:$ssl_port" --kafka-tls-cert "$work/ssl/server.pem" --kafka-tls-key "$work/ssl/server.key" \
    --kafka-tls-client-ca "$work/ssl/ca.pem" \
    --data-dir "$work/$name" --agents 3 --batch-timeout 20ms --partitions 4 "$@" >"$work/$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do grep -q '^bootstrap:' "$work/$name.log" && break; sleep 0.1; done
  printf 'metadata.broker.list=127.0.0.1:%s\n' "$port" >"$work/$name.conf"
  # The same cluster through its SASL listener (SASL/PLAIN checks the SCRAM credential).
  printf 'metadata.broker.list=127.0.0.1:%s\nsecurity.protocol=SASL_PLAINTEXT\nsasl.mechanisms=PLAIN\nsasl.username=rdk\nsasl.password=rdk-secret\n' \
    "$sasl_port" >"$work/$name-sasl.conf"
  printf 'metadata.broker.list=127.0.0.1:%s\nsecurity.protocol=SSL\nssl.ca.location=%s\nssl.certificate.location=%s\nssl.key.location=%s\nssl.key.password=rdk-secret\n' \
    "$ssl_port" "$work/ssl/ca.pem" "$work/ssl/client.pem" "$work/ssl/client.key" >"$work/$name-ssl.conf"
}
use_setup() {  # SETUP: copies its test.conf into the suite, starting its playground if needed
  # (not in a $(...) subshell: the playground's pid must reach the trap)
  local playground=default
  [ "$1" != noautocreate ] || playground=noautocreate
  if [ ! -f "$work/$playground.conf" ]; then
    if [ "$playground" = noautocreate ]; then start_playground noautocreate --no-auto-create-topics; else start_playground default; fi
  fi
  case "$1" in
    sasl | ssl) cp "$work/$playground-$1.conf" "$tests_dir/test.conf" ;;
    *) cp "$work/$playground.conf" "$tests_dir/test.conf" ;;
  esac
}

# Lines of "NNNN [setup]".
case "${1:-allowlist}" in
  allowlist) mapfile -t tests < <(grep -E '^[0-9]{4}' "$root/Infra/compat/librdkafka-allowlist.txt" | sed 's/[[:space:]]*#.*//') ;;
  file=*) mapfile -t tests < <(grep -E '^[0-9]{4}' "${1#file=}" | sed 's/[[:space:]]*#.*//') ;;
  all) mapfile -t tests < <(ls "$tests_dir" | grep -oE '^0[0-9]{3}' | sort -u) ;;
  *) tests=("${@/:/ }") ;;  # 0107:noautocreate
esac

# An empty list would "pass" while proving nothing (a first run on a new machine once did).
[ ${#tests[@]} -gt 0 ] || { echo "librdkafka.sh: failed: no tests to run (${1:-allowlist})"; exit 1; }
passed=() failed=()
for entry in "${tests[@]}"; do
  read -r test setup <<<"$entry"
  setup=${setup:-default}
  case "$setup" in
    default | sasl | ssl) flags=(-Q) scenario=default ;;
    full) flags=() scenario=default ;;
    noautocreate) flags=(-Q) scenario=noautocreate ;;
    *) echo "librdkafka.sh: failed: unknown setup '$setup' for $test"; exit 1 ;;
  esac
  use_setup "$setup"
  # TEST_KAFKA_VERSION tells the suite which features to expect (Fjord advertises Kafka 3.9-era APIs).
  # -L: only tests that need a broker (the suite's local-only unit tests would prove nothing here).
  # env -u CI: with CI set the suite skips whole tests (0055's latency checks), and a skipped test
  # proves nothing; the allowlist passes without its CI allowances (CI run 6 failed on this).
  if (cd "$tests_dir" && env -u CI TESTS=$test TEST_KAFKA_VERSION=3.3.0 timeout 300 ./test-runner -L "${flags[@]}" -s "$scenario" \
        >"$work/$test-$setup.log" 2>&1) \
     && grep -qE "Test ${test}_[a-z0-9_]+ PASSED" "$work/$test-$setup.log"; then
    # (a local-only test skipped by -L prints no such line: it does not count)
    if [ "$setup" = default ]; then passed+=("$test"); else passed+=("$test:$setup"); fi
  else
    failed+=("$test")
    # (|| true: a log without such a line must not end the script, under pipefail, unreported)
    { grep -E 'FAIL|Test assert|TIMEOUT|SKIPPED' "$work/$test-$setup.log" || tail -n 3 "$work/$test-$setup.log"; } | head -3 \
      | sed "s/^/  $test: /" || true
  fi
done
echo "librdkafka test suite against Fjord: ${#passed[@]} passed, ${#failed[@]} failed"
echo "passed: ${passed[*]:-}"
printf '%s\n' "${passed[@]:-}" >"${FJORD_RDK_PASSED_OUT:-/dev/null}"
[ "${1:-allowlist}" != allowlist ] || [ ${#failed[@]} -eq 0 ]
