#!/usr/bin/env bash
# Log compaction's cost (issue 12), on SeaweedFS, with the release build:
#   1. a playground on S3 (250 ms batch timeout, jobs every 5 s, log level info) gets SIZE MiB
#      (default 1024) of 1 KiB records, each with one of KEYS keys picked at random (default
#      100,000, so the newest values are spread over the whole log), in a topic with
#      cleanup.policy=delete, so nothing is compacted while it loads;
#   2. paced produce to another topic (2,000 records/s for 30 s) measures the idle p99;
#   3. the topic is switched to cleanup.policy=compact with IncrementalAlterConfigs, and the
#      same paced produce runs again while the next jobs pass compacts it;
#   4. the jobs log line gives the pass's input bytes, output bytes, GETs, PUTs and duration;
#      the process's peak RSS is read after the pass (the peak was reset just before it);
#      the topic's bytes are read before and after with DescribeLogDirs (the bucket listing
#      also counts orphans, such as hedged PUTs' losers, until the jobs role deletes them).
# Needs FJORD_TEST_S3_ENDPOINT and AWS credentials (source Infra/dev/services.sh and call
# fjord_services_start), and `swift build -c release --product fjord`.
# Usage: Benchmarks/compaction.sh [SIZE_MIB] [KEYS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${FJORD_BIN:-$root/.build/release/fjord}
size_mib=${1:-1024}
keys=${2:-100000}
: "${FJORD_TEST_S3_ENDPOINT:?start the test services first (Infra/dev/services.sh)}"
prefix="compaction-$RANDOM"
p=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
d=$(mktemp -d)
"$bin" playground --listen "127.0.0.1:$p" --data-dir "$d" --batch-timeout 250ms --jobs-interval 5s --log-level info \
  --bucket "s3://fjord-bench/$prefix" --s3-endpoint "$FJORD_TEST_S3_ENDPOINT" >"$d/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$d"' EXIT
for _ in $(seq 1 100); do grep -q '^bootstrap:' "$d/log" && break; sleep 0.1; done
grep -q '^bootstrap:' "$d/log" || { cat "$d/log" >&2; exit 1; }
bootstrap="127.0.0.1:$p"

python3 - "$bootstrap" <<'PY'
import sys
from confluent_kafka.admin import AdminClient, NewTopic
admin = AdminClient({"bootstrap.servers": sys.argv[1]})
for name, config in [("table", {"cleanup.policy": "delete", "retention.ms": "-1"}), ("paced", {})]:
    admin.create_topics([NewTopic(name, 1, 1, config=config)])[name].result(15)
PY
topic_bytes() {
  python3 - "$bootstrap" <<'PY'
import sys
from kafka.admin import KafkaAdminClient
admin = KafkaAdminClient(bootstrap_servers=sys.argv[1])
dirs = admin.describe_log_dirs({"table": [0]})
admin.close()
print(sum(p["partition_size"] for broker in (dirs if isinstance(dirs, list) else [dirs])
          for result in broker.get("log_dirs", broker.get("results", [])) for t in result["topics"] for p in t["partitions"]))
PY
}
bucket_bytes() {
  python3 - "$prefix" <<'PY'
import os, sys, boto3
s3 = boto3.client("s3", endpoint_url=os.environ["FJORD_TEST_S3_ENDPOINT"])
total, token = 0, None
while True:
    page = s3.list_objects_v2(Bucket="fjord-bench", Prefix=sys.argv[1] + "/", **({"ContinuationToken": token} if token else {}))
    total += sum(item["Size"] for item in page.get("Contents", []))
    if not page.get("IsTruncated"):
        break
    token = page["NextContinuationToken"]
print(total)
PY
}
records=$((size_mib * 1024))
echo "== loading $size_mib MiB ($records records of 1 KiB over $keys keys)"
python3 "$root/Benchmarks/kafka_load.py" "$bootstrap" table --count "$records" --keys "$keys" --label load
before=$(topic_bytes)
echo "topic before: $((before / 1048576)) MiB (bucket: $(( $(bucket_bytes) / 1048576 )) MiB)"

echo "== paced produce, idle"
python3 "$root/Benchmarks/kafka_load.py" "$bootstrap" paced --rate 2000 --duration 30 --label idle

echo 5 >"/proc/$pid/clear_refs"  # resets VmHWM, so the peak below is the compaction pass's
rss_before=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
passes_before=$(grep -c 'log compaction cleaned [1-9]' "$d/log" || true)
python3 - "$bootstrap" <<'PY'
import sys
from confluent_kafka.admin import AdminClient, AlterConfigOpType, ConfigEntry, ConfigResource, ResourceType
admin = AdminClient({"bootstrap.servers": sys.argv[1]})
resource = ConfigResource(ResourceType.TOPIC, "table", incremental_configs=[
    ConfigEntry("cleanup.policy", "compact", incremental_operation=AlterConfigOpType.SET)])
list(admin.incremental_alter_configs([resource]).values())[0].result(15)
PY
echo "== paced produce while the jobs pass compacts"
python3 "$root/Benchmarks/kafka_load.py" "$bootstrap" paced --rate 2000 --duration 30 --label compacting
for _ in $(seq 1 600); do
  [ "$(grep -c 'log compaction cleaned [1-9]' "$d/log" || true)" -gt "$passes_before" ] && break
  sleep 1
done
line=$(grep 'log compaction cleaned [1-9]' "$d/log" | tail -n 1)
echo "jobs: ${line#*log compaction }"
echo "peak RSS during the pass: $(( $(awk '/VmHWM/ {print $2}' "/proc/$pid/status") / 1024 )) MiB (before it: $((rss_before / 1024)) MiB)"
sleep 12  # two more passes: the old objects, now dead, are deleted
after=$(topic_bytes)
echo "topic after: $((after / 1048576)) MiB (bucket: $(( $(bucket_bytes) / 1048576 )) MiB)"
python3 - "$line" <<'PY'
import re, sys
line = sys.argv[1]
read = int(re.search(r"\((\d+) bytes read", line).group(1))
seconds = float(re.search(r"in ([0-9.e+-]+) seconds", line).group(1))
print(f"compaction throughput: {read / 2**20 / seconds:.1f} MiB/s of input ({read / 2**20:.0f} MiB in {seconds:.1f} s)")
PY
