# Throwaway PostgreSQL and SeaweedFS on loopback, for tests. Source this file, then:
#   fjord_services_start DIR   starts both under DIR and exports
#                              FJORD_TEST_POSTGRES_URL, FJORD_TEST_S3_ENDPOINT,
#                              FJORD_TEST_S3_BUCKET, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, and
#                              the same S3 API over TLS: FJORD_TEST_S3_HTTPS_ENDPOINT, whose
#                              certificate FJORD_TEST_S3_CA_FILE (a throwaway CA) signs
#   fjord_services_stop        stops what fjord_services_start started
# Ports are picked free at start so parallel runs do not collide.
# Optional: FJORD_SERVICES_HOST (default 127.0.0.1) is the address both listen on (the
# federation lab serves them to other network namespaces); FJORD_S3_IDENTITIES names a
# SeaweedFS identities file whose identities are added beside the admin one.

fjord_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# A free port P below 45000 with P+10000 also free: SeaweedFS serves gRPC on port + 10000.
fjord_free_weed_port() {
  python3 - <<'PY'
import random, socket
for _ in range(200):
    port = random.randint(20000, 44999)
    try:
        for p in (port, port + 10000):
            s = socket.socket(); s.bind(("127.0.0.1", p)); s.close()
        print(port); break
    except OSError:
        continue
PY
}

fjord_pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$bin" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; return 1; }
  echo "$bin"
}

fjord_services_start() {
  local dir=$1 pg_bin pg_port s3_port s3_tls_port master_port volume_port filer_port i host=${FJORD_SERVICES_HOST:-127.0.0.1}
  mkdir -p "$dir"
  FJORD_SERVICES_DIR=$dir

  # PostgreSQL: initdb and postgres refuse to run as root, so use the postgres user then.
  pg_bin=$(fjord_pg_bin) || return 1
  pg_port=$(fjord_free_port)
  local as_pg=()
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home "$dir" postgres
    chown -R postgres "$dir"
    chmod a+x "$(dirname "$dir")"  # postgres must traverse the (root-owned, private) parent
    as_pg=(runuser -u postgres --)
  fi
  "${as_pg[@]}" "$pg_bin/initdb" -A trust -N --no-locale -U postgres -D "$dir/pg" >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  local pg_options="-p $pg_port -k $dir -c listen_addresses=$host -c fsync=off -c max_connections=200"
  "${as_pg[@]}" "$pg_bin/pg_ctl" -w -D "$dir/pg" -l "$dir/pg.log" -o "$pg_options" start >/dev/null </dev/null \
    || { cat "$dir/pg.log" >&2; return 1; }
  if [ "$host" != 127.0.0.1 ]; then  # served to other namespaces: let them in (throwaway, trust)
    echo "host all all 0.0.0.0/0 trust" >>"$dir/pg/pg_hba.conf"
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$dir/pg" reload >/dev/null
  fi
  export FJORD_TEST_POSTGRES_URL="postgres://postgres@$host:$pg_port/postgres"
  FJORD_PG_STOP=("${as_pg[@]}" "$pg_bin/pg_ctl" -D "$dir/pg" -m fast stop)
  # For fault tests: restarts PostgreSQL in place (same port, same data).
  export FJORD_TEST_POSTGRES_RESTART="${as_pg[*]} $pg_bin/pg_ctl -w -D $dir/pg -l $dir/pg.log -m fast restart"
  # For the chaos harness: a crash (no shutdown checkpoint; recovery replays the WAL), and the start after it.
  export FJORD_TEST_POSTGRES_CRASH="${as_pg[*]} $pg_bin/pg_ctl -w -D $dir/pg -m immediate stop"
  export FJORD_TEST_POSTGRES_START="${as_pg[*]} $pg_bin/pg_ctl -w -D $dir/pg -l $dir/pg.log -o '$pg_options' start"

  # SeaweedFS with SigV4 enforced: an admin identity for tests, more come with agent groups.
  s3_port=$(fjord_free_weed_port); master_port=$(fjord_free_weed_port); volume_port=$(fjord_free_weed_port); filer_port=$(fjord_free_weed_port)
  export AWS_ACCESS_KEY_ID=fjordtestadmin AWS_SECRET_ACCESS_KEY=fjord-test-admin-secret AWS_REGION=us-east-1
  python3 - "$dir/s3.json" "${FJORD_S3_IDENTITIES:-}" <<'PY'
import json, os, sys
identities = [{"name": "admin", "credentials": [{"accessKey": os.environ["AWS_ACCESS_KEY_ID"], "secretKey": os.environ["AWS_SECRET_ACCESS_KEY"]}],
               "actions": ["Admin", "Read", "Write", "List", "Tagging"]}]
if sys.argv[2]:
    identities += json.load(open(sys.argv[2]))["identities"]
json.dump({"identities": identities}, open(sys.argv[1], "w"), indent=1)
PY
  # The same S3 API over TLS too, with a certificate from a throwaway CA (FJORD_TEST_S3_CA_FILE).
  mkdir -p "$dir/weed" "$dir/tls"
  s3_tls_port=$(fjord_free_port)
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$dir/tls/ca.key" -out "$dir/tls/ca.pem" \
    -days 2 -subj /CN=fjord-test-ca >/dev/null 2>&1 \
    && openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$dir/tls/s3.key" -out "$dir/tls/s3.csr" \
      -subj "/CN=$host" >/dev/null 2>&1 \
    && openssl x509 -req -in "$dir/tls/s3.csr" -CA "$dir/tls/ca.pem" -CAkey "$dir/tls/ca.key" -CAcreateserial -days 2 \
      -extfile <(printf 'subjectAltName=IP:%s,DNS:localhost\n' "$host") -out "$dir/tls/s3.pem" >/dev/null 2>&1 \
    || { echo "openssl could not make the S3 test certificate (apt-get install openssl)" >&2; return 1; }
  weed server -ip="$host" -ip.bind="$host" -dir="$dir/weed" -s3 -s3.port="$s3_port" -s3.config="$dir/s3.json" \
    -s3.port.https="$s3_tls_port" -s3.cert.file="$dir/tls/s3.pem" -s3.key.file="$dir/tls/s3.key" \
    -s3.port.iceberg=0 -s3.port.lance=0 -master.port="$master_port" -volume.port="$volume_port" -filer.port="$filer_port" \
    -master.volumeSizeLimitMB=64 -volume.max=0 >"$dir/weed.log" 2>&1 </dev/null &
  FJORD_WEED_PID=$!
  export FJORD_TEST_S3_ENDPOINT="http://$host:$s3_port" FJORD_TEST_S3_BUCKET=${FJORD_TEST_S3_BUCKET:-fjord-test}
  export FJORD_TEST_S3_HTTPS_ENDPOINT="https://$host:$s3_tls_port" FJORD_TEST_S3_CA_FILE="$dir/tls/ca.pem"
  for i in $(seq 1 60); do
    kill -0 "$FJORD_WEED_PID" 2>/dev/null || { echo "SeaweedFS exited; log:" >&2; grep -E '^F[0-9]' "$dir/weed.log" >&2; return 1; }
    if timeout 10 python3 - "$FJORD_TEST_S3_ENDPOINT" "$FJORD_TEST_S3_BUCKET" 2>/dev/null <<'PY'
import sys, boto3
s3 = boto3.client("s3", endpoint_url=sys.argv[1], region_name="us-east-1")
try:
    s3.create_bucket(Bucket=sys.argv[2])
except s3.exceptions.BucketAlreadyOwnedByYou:
    pass
s3.put_object(Bucket=sys.argv[2], Key="ready", Body=b"ok")
PY
    then
      echo "services: PostgreSQL at $FJORD_TEST_POSTGRES_URL, SeaweedFS S3 at $FJORD_TEST_S3_ENDPOINT"
      return 0
    fi
    sleep 0.5
  done
  echo "SeaweedFS did not become ready; log:" >&2; tail -20 "$dir/weed.log" >&2
  return 1
}

fjord_services_stop() {
  [ -n "${FJORD_WEED_PID:-}" ] && { kill "$FJORD_WEED_PID" 2>/dev/null; wait "$FJORD_WEED_PID" 2>/dev/null; }
  [ -n "${FJORD_PG_STOP:-}" ] && "${FJORD_PG_STOP[@]}" >/dev/null 2>&1
  FJORD_WEED_PID="" FJORD_PG_STOP=""
  return 0
}
