#!/usr/bin/env python3
"""The federation lab's checks. Run by `federation.sh test` with the lab's env file.

Each client step runs inside a namespace (`ip netns exec NS python3 this --step ...`) and
prints one JSON line; the orchestrator asserts on it. Every step is bounded in time.
"""
import json, os, re, socket, subprocess, sys, tempfile, time, uuid

PROD = ["10.77.1.2:9092", "10.77.1.2:9093"]
ANALYTICS = ["10.77.2.2:9092", "10.77.2.2:9093"]
TOPIC = "game.events"
COUNT = 200


# MARK: steps, run inside a namespace

def brokers_of(metadata):
    return sorted(f"{b.host}:{b.port}" for b in metadata.brokers.values())


def step_create_topic(bootstrap, client_id):
    from confluent_kafka.admin import AdminClient, NewTopic
    admin = AdminClient({"bootstrap.servers": bootstrap, "client.id": client_id})
    futures = admin.create_topics([NewTopic(TOPIC, num_partitions=4)], request_timeout=15)
    try:
        futures[TOPIC].result(20)
        return {"created": True}
    except Exception as error:  # already there on a re-run
        return {"created": False, "error": str(error)}


def step_produce(bootstrap, client_id, count):
    from confluent_kafka import Producer
    results = {"delivered": 0, "errors": []}
    producer = Producer({"bootstrap.servers": bootstrap, "client.id": client_id, "linger.ms": 5,
                         "message.timeout.ms": 15000, "compression.type": "zstd"})
    metadata = producer.list_topics(timeout=10)

    def report(error, _message):
        if error is None:
            results["delivered"] += 1
        else:
            results["errors"].append({"code": error.code(), "name": error.name(), "text": error.str()})
    for index in range(int(count)):
        producer.produce(TOPIC, key=str(index).encode(), value=f"{client_id}-event-{index}".encode(), on_delivery=report)
    producer.flush(30)
    results["brokers"] = brokers_of(metadata)
    return results


def step_consume(bootstrap, client_id, group, count):
    from confluent_kafka import Consumer
    consumer = Consumer({"bootstrap.servers": bootstrap, "client.id": client_id, "group.id": group,
                         "auto.offset.reset": "earliest", "enable.auto.commit": False})
    metadata = consumer.list_topics(timeout=10)
    consumer.subscribe([TOPIC])
    values, deadline = set(), time.time() + 60
    while len(values) < int(count) and time.time() < deadline:
        message = consumer.poll(1.0)
        if message is None:
            continue
        if message.error():
            return {"error": message.error().str()}
        values.add(message.value().decode())
    consumer.commit(asynchronous=False) if values else None
    consumer.close()
    return {"received": len(values), "brokers": brokers_of(metadata)}


def step_connect(address):
    host, port = address.rsplit(":", 1)
    try:
        socket.create_connection((host, int(port)), timeout=3).close()
        return {"connected": True}
    except OSError as error:
        return {"connected": False, "error": str(error)}


def step_s3(endpoint, access, secret, bucket, key):
    """What these credentials may do to `key` (an existing segment) and next to it."""
    import boto3
    from botocore.config import Config
    from botocore.exceptions import ClientError
    s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id=access, aws_secret_access_key=secret,
                      config=Config(retries={"max_attempts": 1}, connect_timeout=5, read_timeout=10))
    probe = key.rsplit("/", 1)[0] + f"/lab-probe-{uuid.uuid4().hex}"

    def attempt(action):
        try:
            action()
            return "allowed"
        except ClientError as error:
            return error.response["Error"]["Code"]
    return {
        "get": attempt(lambda: s3.get_object(Bucket=bucket, Key=key)["Body"].read()),
        "put": attempt(lambda: s3.put_object(Bucket=bucket, Key=probe, Body=b"probe")),
        # On the probe (written just before when allowed): a delete the credentials may make
        # must not remove a real segment. Refusals come before any lookup of the key.
        "delete": attempt(lambda: s3.delete_object(Bucket=bucket, Key=probe)),
        "put_outside_prefix": attempt(lambda: s3.put_object(Bucket=bucket, Key=f"elsewhere/{uuid.uuid4().hex}", Body=b"probe")),
    }


def step_segment_key(endpoint, access, secret, bucket, prefix):
    import boto3
    s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id=access, aws_secret_access_key=secret)
    listed = s3.list_objects_v2(Bucket=bucket, Prefix=f"{prefix}data/").get("Contents", [])
    return {"key": listed[0]["Key"] if listed else None, "count": len(listed)}


def step_call(control_plane, key, name):
    import urllib.error, urllib.request
    request = urllib.request.Request(f"{control_plane}/v1/call/{name}", data=b"{}", method="POST",
                                     headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return {"status": answer.status, "body": answer.read().decode()}
    except urllib.error.HTTPError as error:
        return {"status": error.code, "body": error.read().decode()}


STEPS = {"call": step_call, "create-topic": step_create_topic, "produce": step_produce, "consume": step_consume, "connect": step_connect,
         "s3": step_s3, "segment-key": step_segment_key}


# MARK: the orchestrator

def run(namespace, step, *args, env=None):
    command = ["ip", "netns", "exec", namespace, sys.executable, __file__, "--step", step, *map(str, args)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})})
    if done.returncode != 0:
        raise AssertionError(f"{step} in {namespace} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def credentials(lab_dir, group):
    identities = json.load(open(os.path.join(lab_dir, "identities.json")))["identities"]
    keys = next(i for i in identities if i["name"] == f"fjord-{group}")["credentials"][0]
    return keys["accessKey"], keys["secretKey"]


def main(env_file):
    lab = dict(line.strip().split("=", 1) for line in open(env_file) if "=" in line)
    lab_dir, fjord = lab["FJORD_LAB_DIR"], lab["FJORD_BIN"]
    services = {}
    for line in open(os.path.join(lab_dir, "services.env")):  # `export -p` lines: declare -x NAME="value"
        name, _, value = line.split(" ", 2)[2].partition("=")
        services[name] = json.loads(value) if value.startswith('"') else value
    passed = []

    def check(name, condition, detail):
        if not condition:
            raise AssertionError(f"{name}: {detail}")
        passed.append(name)
        print(f"  ok  {name}")

    created = run("prod", "create-topic", PROD[0], "ops-lab")
    check("an ops client creates the topic through a prod agent", created["created"] or "already exists" in created.get("error", ""), created)

    produced = run("prod", "produce", PROD[0], "game-server-1", COUNT)
    check("game-server-1 produces in prod", produced["delivered"] == COUNT and not produced["errors"], produced)
    check("game-server-1's Metadata lists only the prod agents", produced["brokers"] == PROD, produced["brokers"])

    consumed = run("analytics", "consume", ANALYTICS[0], "analytics-etl", "analytics-etl", COUNT)
    check("analytics-etl consumes every record in analytics", consumed.get("received") == COUNT, consumed)
    check("analytics-etl's Metadata lists only the analytics agents", consumed.get("brokers") == ANALYTICS, consumed.get("brokers"))

    for address in PROD:
        reached = run("analytics", "connect", address)
        check(f"analytics cannot connect to the prod agent {address}", not reached["connected"], reached)
    reached = run("prod", "connect", ANALYTICS[0])
    check("prod cannot connect to an analytics agent", not reached["connected"], reached)

    endpoint, bucket, prefix = lab["FJORD_LAB_S3"], lab["FJORD_LAB_BUCKET"], lab["FJORD_LAB_PREFIX"]
    admin = (services["AWS_ACCESS_KEY_ID"], services["AWS_SECRET_ACCESS_KEY"])
    segment = run("shared", "segment-key", endpoint, *admin, bucket, prefix)
    check("segments are in the bucket under the policy's prefix", segment["key"] is not None, segment)
    reader = run("analytics", "s3", endpoint, *credentials(lab_dir, "analytics-readers"), bucket, segment["key"])
    check("the reader's credentials read segments", reader["get"] == "allowed", reader)
    check("the reader's credentials cannot write (AccessDenied from SeaweedFS)", reader["put"] == "AccessDenied", reader)
    check("the reader's credentials cannot delete (AccessDenied from SeaweedFS)", reader["delete"] == "AccessDenied", reader)
    writer = run("prod", "s3", endpoint, *credentials(lab_dir, "prod-writers"), bucket, segment["key"])
    check("the writer's credentials write segments", writer["put"] == "allowed", writer)
    check("the writer's credentials cannot read (AccessDenied)", writer["get"] == "AccessDenied", writer)
    check("the writer's credentials cannot write outside the data prefix", writer["put_outside_prefix"] == "AccessDenied", writer)
    print(f"  note: the writer's credentials delete: {writer['delete']} (SeaweedFS's Write action covers deletes; the aws-iam output does not grant them)")

    refused = run("analytics", "produce", ANALYTICS[0], "analytics-etl", 1)
    codes = {error["name"] for error in refused["errors"]}
    check("a Produce sent to an analytics agent is refused with POLICY_VIOLATION", refused["delivered"] == 0 and codes == {"POLICY_VIOLATION"}, refused)
    logs = "".join(open(os.path.join(lab_dir, f"analytics-{n}.log")).read() for n in (1, 2))
    check("the analytics agent logs the refusal, naming the group and the rule", "does not serve produce" in logs and "rule 'analytics'" in logs,
          "no refusal line in the analytics agents' logs")

    # The maintenance group's credentials are enough for its jobs, and compaction keeps the
    # data readable with the readers' credentials.
    # Three more producers, each flushing its own small segment, give compaction work.
    for index in range(3):
        extra = run("prod", "produce", PROD[index % 2], f"game-server-{index + 2}", 20)
        check(f"game-server-{index + 2} produces 20 more", extra["delivered"] == 20, extra)
    deadline, compacted = time.time() + 30, False
    while time.time() < deadline and not compacted:
        # "compacted N objects into KEY: ..." for a real merge (each pass's summary says 0 too)
        compacted = re.search(r"compacted [1-9][0-9]* objects into \S+: [1-9]", open(os.path.join(lab_dir, "maintenance-1.log")).read()) is not None
        time.sleep(1)
    jobs_log = open(os.path.join(lab_dir, "maintenance-1.log")).read()
    check("the maintenance agent compacts segments with its own credentials", compacted and "AccessDenied" not in jobs_log,
          "no compaction within 30 s" if not compacted else "AccessDenied in its log")
    again = run("analytics", "consume", ANALYTICS[0], "analytics-audit", "analytics-audit", COUNT + 60)
    check("every record is still read after compaction", again.get("received") == COUNT + 60, again)

    # Least privilege on the control plane: the readers' agent key cannot commit segments.
    reader_key = open(os.path.join(lab_dir, "key-analytics-readers")).read().strip()
    refused = run("analytics", "call", "http://10.77.0.1:9700", reader_key, "commit")
    check("the readers' agent key may not commit segments (403 from the control plane)",
          refused["status"] == 403 and "may not call commit" in refused["body"], refused)

    # A new policy version: agents enforce it within seconds; an invalid one is refused.
    postgres = lab["FJORD_LAB_POSTGRES"]
    policy_text = open(lab["FJORD_LAB_POLICY"]).read()
    with tempfile.TemporaryDirectory() as scratch:
        stricter = os.path.join(scratch, "stricter.yaml")
        open(stricter, "w").write(policy_text.replace("acls:\n", "acls:\n  - effect: deny\n    client_ids: [\"game-server-*\"]\n    operations: [produce]\n    topics: \"*\"\n", 1))
        broken = os.path.join(scratch, "broken.yaml")
        open(broken, "w").write(policy_text.replace("serve: prod-writers", "serve: nowhere", 1))
        applied = subprocess.run(["ip", "netns", "exec", "shared", fjord, "policy", "apply", stricter, "--postgres", postgres],
                                 capture_output=True, text=True, timeout=30)
        check("fjord policy apply stores a new version", applied.returncode == 0 and "applied" in applied.stdout, applied.stdout + applied.stderr)
        started, denied = time.time(), None
        while time.time() - started < 15:
            attempt = run("prod", "produce", PROD[0], "game-server-1", 1)
            if attempt["errors"] and attempt["errors"][0]["name"] == "TOPIC_AUTHORIZATION_FAILED":
                denied = time.time() - started
                break
            time.sleep(0.5)
        check("prod agents enforce the new version within seconds", denied is not None, "produce still allowed after 15 s")
        print(f"  note: the new version was enforced {denied:.1f} s after apply")
        rejected = subprocess.run(["ip", "netns", "exec", "shared", fjord, "policy", "apply", broken, "--postgres", postgres],
                                  capture_output=True, text=True, timeout=30)
        check("an invalid policy is refused, naming file:line:col", rejected.returncode != 0 and f"{broken}:" in rejected.stderr, rejected.stderr)
        history = subprocess.run(["ip", "netns", "exec", "shared", fjord, "policy", "history", "--postgres", postgres],
                                 capture_output=True, text=True, timeout=30).stdout
        check("the history keeps both versions, and not the invalid one", history.count("\nv") + history.startswith("v") == 2, history)
    print(f"federation lab: {len(passed)} checks passed")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--step":
        print(json.dumps(STEPS[sys.argv[2]](*sys.argv[3:])))
    else:
        try:
            main(sys.argv[1])
        except AssertionError as failure:
            print(f"federation lab: FAILED: {failure}", file=sys.stderr)
            sys.exit(1)
