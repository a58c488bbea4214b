#!/usr/bin/env bash
# The federation lab: produce agents and fetch agents in two networks that cannot reach each
# other, sharing one bucket and one control plane through a third, each with least-privilege
# bucket credentials rendered from the policy.
#
#   Infra/lab/federation.sh up     build the namespaces and start everything
#   Infra/lab/federation.sh test   prove the separation (see federation_test.py)
#   Infra/lab/federation.sh down   stop everything and remove the namespaces
#   Infra/lab/federation.sh run    up, test, down (down even when up or test fails)
#
# Namespaces: shared (10.77.0.1: PostgreSQL, SeaweedFS, the control plane), prod (10.77.1.2:
# two produce agents and a jobs agent) and analytics (10.77.2.2: two fetch agents). Each reaches shared over its own veth link; shared does not
# forward, so prod and analytics have no route to each other. Needs root and `ip netns`;
# where that is missing it says so and exits 3.
set -uo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
dir=${FJORD_LAB_DIR:-/tmp/fjord-federation-lab}
fjord=${FJORD_BIN:-$repo/.build/debug/fjord}
policy=${FJORD_LAB_POLICY:-$repo/Policies/examples/prod-analytics.yaml}
namespaces=(prod analytics shared)

say() { echo "federation lab: $*"; }
die() { echo "federation lab: FAILED: $*" >&2; exit 1; }
in_ns() { local ns=$1; shift; ip netns exec "$ns" "$@"; }

preflight() {
  local why=""
  if [ "$(id -u)" -ne 0 ]; then why="not root"
  elif ! command -v ip >/dev/null; then why="the ip command (iproute2) is missing"
  elif ! ip netns add fjord-lab-probe 2>/tmp/fjord-lab-probe.err; then why="ip netns add failed: $(cat /tmp/fjord-lab-probe.err)"
  else ip netns del fjord-lab-probe
  fi
  if [ -n "$why" ]; then
    echo "##################################################################" >&2
    echo "federation lab SKIPPED: network namespaces are unavailable ($why)" >&2
    echo "##################################################################" >&2
    exit 3
  fi
  for ns in "${namespaces[@]}"; do
    ip netns list | grep -qw "^$ns" && die "namespace '$ns' exists already (run: $0 down)"
  done
  [ -x "$fjord" ] || die "$fjord is not built (swift build)"
}

network() {
  for ns in "${namespaces[@]}"; do ip netns add "$ns" && in_ns "$ns" ip link set lo up || return 1; done
  # The shared services' address lives on shared's loopback: reachable from both links as a
  # local address, which needs no forwarding (and shared forwards nothing).
  in_ns shared ip addr add 10.77.0.1/32 dev lo || return 1
  in_ns shared sysctl -qw net.ipv4.ip_forward=0 || return 1
  local net=1
  for ns in prod analytics; do
    ip link add "lab-$ns" type veth peer name eth0 netns "$ns" || return 1
    ip link set "lab-$ns" netns shared || return 1
    in_ns shared ip addr add "10.77.$net.1/24" dev "lab-$ns" && in_ns shared ip link set "lab-$ns" up || return 1
    in_ns "$ns" ip addr add "10.77.$net.2/24" dev eth0 && in_ns "$ns" ip link set eth0 up || return 1
    in_ns "$ns" ip route add 10.77.0.1/32 via "10.77.$net.1" || return 1
    net=$((net + 1))
  done
}

wait_http() {  # NS URL SECONDS
  local i
  for i in $(seq 1 $(($3 * 5))); do
    in_ns "$1" curl -fsS -o /dev/null --max-time 1 "$2" 2>/dev/null && return 0
    sleep 0.2
  done
  return 1
}

start_agent() {  # NS NAME GROUP ROLES ADDRESS PORT HTTP_PORT ZONE [AGENT FLAGS...]
  local ns=$1 name=$2 group=$3 roles=$4 address=$5 port=$6 http=$7 zone=$8
  shift 8
  local access secret
  access=$(python3 -c 'import json,sys; print(next(i["credentials"][0]["accessKey"] for i in json.load(open(sys.argv[1]))["identities"] if i["name"] == "fjord-"+sys.argv[2]))' "$dir/identities.json" "$group")
  secret=$(python3 -c 'import json,sys; print(next(i["credentials"][0]["secretKey"] for i in json.load(open(sys.argv[1]))["identities"] if i["name"] == "fjord-"+sys.argv[2]))' "$dir/identities.json" "$group")
  in_ns "$ns" env AWS_ACCESS_KEY_ID="$access" AWS_SECRET_ACCESS_KEY="$secret" AWS_REGION=us-east-1 FJORD_AGENT_KEY="$(cat "$dir/key-$group")" \
    nohup "$fjord" agent --control-plane "http://10.77.0.1:9700" --roles "$roles" --bucket "s3://$bucket/${prefix%/}" \
      --s3-endpoint "$FJORD_TEST_S3_ENDPOINT" --listen "$address:$port" --http-listen "$address:$http" --zone "$zone" \
      --batch-timeout 50 --log-level info "$@" </dev/null >"$dir/$name.log" 2>&1 &
  wait_http "$ns" "http://$address:$http/health" 30 || { tail -20 "$dir/$name.log" >&2; return 1; }
  say "agent $name ($group, $roles) on $address:$port in $ns"
}

up() {
  preflight
  rm -rf "$dir" && mkdir -p "$dir"
  network || die "could not build the namespaces"
  "$fjord" policy validate "$policy" >/dev/null || die "$policy is invalid"
  bucket=$(python3 -c 'import sys,yaml; print(yaml.safe_load(open(sys.argv[1]))["cluster"]["bucket"])' "$policy") || die "python3 yaml (pyyaml) is missing"
  prefix=$(python3 -c 'import sys,yaml; print(yaml.safe_load(open(sys.argv[1]))["cluster"].get("prefix",""))' "$policy")
  "$fjord" policy render-permissions "$policy" --format seaweedfs --generate-credentials >"$dir/identities.json" || die "render-permissions failed"
  # PostgreSQL and SeaweedFS (with the rendered identities beside an admin) in shared.
  in_ns shared env FJORD_SERVICES_HOST=10.77.0.1 FJORD_S3_IDENTITIES="$dir/identities.json" FJORD_TEST_S3_BUCKET="$bucket" \
    bash -c "source '$repo/Infra/dev/services.sh' && fjord_services_start '$dir/services' >/dev/null && export -p | grep -E ' (FJORD_TEST_|AWS_)' >'$dir/services.env'" \
    || die "PostgreSQL or SeaweedFS did not start in shared"
  source "$dir/services.env"
  in_ns shared nohup "$fjord" control-plane --postgres "$FJORD_TEST_POSTGRES_URL" --listen 10.77.0.1:9700 --policy "$policy" \
    --agent-expiry 5000 --log-level info </dev/null >"$dir/control-plane.log" 2>&1 &
  wait_http shared http://10.77.0.1:9700/health 30 || { tail -20 "$dir/control-plane.log" >&2; die "the control plane did not start"; }
  for group in prod-writers analytics-readers maintenance; do
    in_ns shared "$fjord" keys create --postgres "$FJORD_TEST_POSTGRES_URL" --group "$group" >"$dir/key-$group" || die "keys create failed"
  done
  start_agent prod prod-1 prod-writers produce 10.77.1.2 9092 9190 prod-a || die "prod agent 1 did not start"
  start_agent prod prod-2 prod-writers produce 10.77.1.2 9093 9191 prod-b || die "prod agent 2 did not start"
  start_agent analytics analytics-1 analytics-readers fetch 10.77.2.2 9092 9190 analytics-a || die "analytics agent 1 did not start"
  start_agent analytics analytics-2 analytics-readers fetch 10.77.2.2 9093 9191 analytics-a || die "analytics agent 2 did not start"
  # The maintenance group (jobs: retention, clean-up, compaction) with its own credentials;
  # it compacts eagerly here so the lab sees it work.
  start_agent prod maintenance-1 maintenance jobs 10.77.1.2 9094 9192 prod-a \
    --jobs-interval 2s --compact-min-age 1s --compact-below-bytes 1048576 || die "the maintenance agent did not start"
  # Agents learn about each other from their heartbeats: wait until each group's agents all
  # list both of their group's agents.
  local address deadline=$((SECONDS + 20))
  for address in 10.77.1.2:9092 10.77.1.2:9093 10.77.2.2:9092 10.77.2.2:9093; do
    local ns=prod; [[ $address == 10.77.2.* ]] && ns=analytics
    until [ "$(in_ns "$ns" kcat -L -m 5 -b "$address" -X client.id="$([ $ns = prod ] && echo game-server-0 || echo analytics-0)" 2>/dev/null | grep -c '^  broker ')" = 2 ]; do
      [ $SECONDS -lt $deadline ] || die "agent $address does not list both agents of its group"
      sleep 0.5
    done
  done
  cat >"$dir/lab.env" <<ENV
FJORD_LAB_DIR=$dir
FJORD_LAB_POLICY=$policy
FJORD_LAB_BUCKET=$bucket
FJORD_LAB_PREFIX=$prefix
FJORD_LAB_S3=$FJORD_TEST_S3_ENDPOINT
FJORD_LAB_POSTGRES=$FJORD_TEST_POSTGRES_URL
FJORD_BIN=$fjord
ENV
  say "up: prod agents 10.77.1.2:9092,9093; analytics agents 10.77.2.2:9092,9093; control plane http://10.77.0.1:9700; logs in $dir"
}

test_lab() {
  [ -f "$dir/lab.env" ] || die "not up (run: $0 up)"
  python3 "$repo/Infra/lab/federation_test.py" "$dir/lab.env"
}

down() {
  local ns pids
  for ns in "${namespaces[@]}"; do
    ip netns list 2>/dev/null | grep -qw "^$ns" || continue
    pids=$(ip netns pids "$ns" 2>/dev/null)
    [ -n "$pids" ] && kill $pids 2>/dev/null
  done
  sleep 1
  for ns in "${namespaces[@]}"; do
    ip netns list 2>/dev/null | grep -qw "^$ns" || continue
    pids=$(ip netns pids "$ns" 2>/dev/null)
    [ -n "$pids" ] && kill -9 $pids 2>/dev/null
    ip netns del "$ns" 2>/dev/null
  done
  ip link del lab-prod 2>/dev/null; ip link del lab-analytics 2>/dev/null
  say "down: namespaces removed, every process in them stopped (logs kept in $dir)"
}

case "${1:-}" in
  up) trap 'status=$?; [ $status -ne 0 ] && [ $status -ne 3 ] && down; exit $status' EXIT; up ;;
  test) test_lab ;;
  down) down ;;
  run)
    preflight
    trap 'down' EXIT
    (up) || exit 1
    test_lab ;;
  *) echo "usage: $0 up|test|down|run" >&2; exit 2 ;;
esac
