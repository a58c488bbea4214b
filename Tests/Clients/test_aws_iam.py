"""The IAM policies `fjord policy render-permissions --format aws-iam` prints, executed for real:
moto's server enforces IAM on S3, each agent group gets the role Terraform would make from
that output (Infra/terraform), and agents reach it the way EKS pods do, through STS
AssumeRoleWithWebIdentity with a token file. Production agents write, analytics agents only
read, jobs agents compact, and each refusal is an AccessDenied the agent names."""
import json
import os
import re
import socket
import subprocess
import tempfile
import time
import urllib.request

import boto3
import pytest
from botocore.exceptions import ClientError
from confluent_kafka import Consumer, Producer

from cluster import Cluster, requires_services
from conftest import binary, create_topic, unique

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
POLICY = os.path.join(ROOT, "Policies", "examples", "prod-analytics.yaml")
ACCOUNT = "123456789012"  # moto's account
REGION = "eu-west-1"
OIDC = f"arn:aws:iam::{ACCOUNT}:oidc-provider/oidc.eks.{REGION}.amazonaws.com/id/FJORDTEST"


def role_arn(group):
    return f"arn:aws:iam::{ACCOUNT}:role/fjord-{group}"


@pytest.fixture(scope="module")
def moto():
    """moto's server on loopback, enforcing IAM after its first three calls, which make the
    administrator that sets up the rest."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = tempfile.NamedTemporaryFile(prefix="moto-", suffix=".log", delete=False)
    env = dict(os.environ, INITIAL_NO_AUTH_ACTION_COUNT="3")
    process = subprocess.Popen(["python3", os.path.join(os.path.dirname(__file__), "moto_server.py"), "-H", "127.0.0.1", "-p", str(port)], stdout=log, stderr=log, env=env)
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while True:
        try:
            urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=1)
            break
        except OSError:
            if time.time() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError(f"moto did not start: {open(log.name).read()}")
            time.sleep(0.2)
    try:
        yield endpoint
    finally:
        process.terminate()
        process.wait(10)
        os.unlink(log.name)


def client(service, endpoint, credentials):
    return boto3.client(service, endpoint_url=endpoint, region_name=REGION, **credentials)


@pytest.fixture(scope="module")
def aws(moto, tmp_path_factory):
    """The bucket and one role per agent group, with exactly the rendered policy documents."""
    iam = boto3.client("iam", endpoint_url=moto, region_name=REGION, aws_access_key_id="bootstrap", aws_secret_access_key="bootstrap")
    iam.create_user(UserName="admin")
    iam.put_user_policy(UserName="admin", PolicyName="admin",
                        PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}))
    key = iam.create_access_key(UserName="admin")["AccessKey"]
    admin = {"aws_access_key_id": key["AccessKeyId"], "aws_secret_access_key": key["SecretAccessKey"]}
    rendered = json.loads(subprocess.run([binary(), "policy", "render-permissions", POLICY, "--format", "aws-iam"],
                                         check=True, capture_output=True, text=True).stdout)
    iam = client("iam", moto, admin)
    trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": OIDC}, "Action": "sts:AssumeRoleWithWebIdentity"}]}
    for group, document in rendered.items():
        iam.create_role(RoleName=f"fjord-{group}", AssumeRolePolicyDocument=json.dumps(trust))
        iam.put_role_policy(RoleName=f"fjord-{group}", PolicyName="fjord-segments", PolicyDocument=json.dumps(document))
    s3 = client("s3", moto, admin)
    s3.create_bucket(Bucket="fjord-games", CreateBucketConfiguration={"LocationConstraint": REGION})
    token = tmp_path_factory.mktemp("irsa") / "token"
    token.write_text("eyJhbGciOiJSUzI1NiJ9.fjord-test-service-account-token.signature\n")
    return {"endpoint": moto, "admin": admin, "s3": s3, "token": str(token), "rendered": rendered}


def role_credentials(aws, group):
    """What a pod of that group gets from STS."""
    sts = boto3.client("sts", endpoint_url=aws["endpoint"], region_name=REGION, aws_access_key_id="x", aws_secret_access_key="x")
    answer = sts.assume_role_with_web_identity(RoleArn=role_arn(group), RoleSessionName="test", WebIdentityToken="token")["Credentials"]
    return {"aws_access_key_id": answer["AccessKeyId"], "aws_secret_access_key": answer["SecretAccessKey"], "aws_session_token": answer["SessionToken"]}


def irsa_env(aws, group):
    """The environment EKS gives a pod whose service account names the group's role; the test
    environment's static keys are unset, so the agent must use the role."""
    return {"AWS_ROLE_ARN": role_arn(group), "AWS_WEB_IDENTITY_TOKEN_FILE": aws["token"], "AWS_ENDPOINT_URL_STS": aws["endpoint"],
            "AWS_ACCESS_KEY_ID": None, "AWS_SECRET_ACCESS_KEY": None, "AWS_SESSION_TOKEN": None}


def denied(call):
    try:
        call()
    except ClientError as error:
        return error.response["Error"]["Code"] == "AccessDenied"
    return False


@requires_services
def test_each_role_can_do_what_its_group_needs_and_no_more(aws):
    assert set(aws["rendered"]) == {"prod-writers", "analytics-readers", "maintenance"}
    data = "events/data/"
    prod = client("s3", aws["endpoint"], role_credentials(aws, "prod-writers"))
    analytics = client("s3", aws["endpoint"], role_credentials(aws, "analytics-readers"))
    jobs = client("s3", aws["endpoint"], role_credentials(aws, "maintenance"))
    aws["s3"].put_object(Bucket="fjord-games", Key=f"{data}seed", Body=b"seed")
    aws["s3"].put_object(Bucket="fjord-games", Key="elsewhere/seed", Body=b"seed")

    prod.put_object(Bucket="fjord-games", Key=f"{data}from-prod", Body=b"x")
    assert denied(lambda: prod.get_object(Bucket="fjord-games", Key=f"{data}seed"))
    assert denied(lambda: prod.delete_object(Bucket="fjord-games", Key=f"{data}seed"))
    assert denied(lambda: prod.list_objects_v2(Bucket="fjord-games", Prefix=data))
    assert denied(lambda: prod.put_object(Bucket="fjord-games", Key="elsewhere/x", Body=b"x"))

    assert analytics.get_object(Bucket="fjord-games", Key=f"{data}seed")["Body"].read() == b"seed"
    assert denied(lambda: analytics.put_object(Bucket="fjord-games", Key=f"{data}from-analytics", Body=b"x"))
    assert denied(lambda: analytics.delete_object(Bucket="fjord-games", Key=f"{data}seed"))
    assert denied(lambda: analytics.list_objects_v2(Bucket="fjord-games", Prefix=data))
    assert denied(lambda: analytics.get_object(Bucket="fjord-games", Key="elsewhere/seed"))

    jobs.put_object(Bucket="fjord-games", Key=f"{data}from-jobs", Body=b"x")
    assert jobs.get_object(Bucket="fjord-games", Key=f"{data}from-jobs")["Body"].read() == b"x"
    assert {o["Key"] for o in jobs.list_objects_v2(Bucket="fjord-games", Prefix=data)["Contents"]} >= {f"{data}seed", f"{data}from-jobs"}
    jobs.delete_object(Bucket="fjord-games", Key=f"{data}from-jobs")
    assert denied(lambda: jobs.get_object(Bucket="fjord-games", Key="elsewhere/seed"))
    assert denied(lambda: jobs.delete_object(Bucket="fjord-games", Key="elsewhere/seed"))
    assert denied(lambda: jobs.put_object(Bucket="fjord-games", Key="elsewhere/x", Body=b"x"))
    for key in (f"{data}seed", f"{data}from-prod"):
        aws["s3"].delete_object(Bucket="fjord-games", Key=key)


@requires_services
def test_agents_on_role_credentials_write_read_and_compact(aws):
    groups = ["prod-writers", "analytics-readers", "maintenance"]
    cluster = Cluster(
        replicas=1, agents=3, policy=POLICY, agent_groups=groups, agent_roles=["produce", "fetch", "jobs"],
        s3_endpoint=aws["endpoint"], bucket="fjord-games", prefix="events/",
        agent_envs=[irsa_env(aws, group) for group in groups],
        agent_args=["--s3-region", REGION, "--jobs-interval", "1s", "--compact-min-age", "1s", "--orphan-grace", "3600s"])
    try:
        topic = unique("game.events")
        create_topic(cluster.bootstrap(0), topic, partitions=2, client_id="ops-1")
        producer = Producer({"bootstrap.servers": cluster.bootstrap(0), "client.id": "game-server-1", "acks": "all",
                             "enable.idempotence": True, "linger.ms": 5})
        offsets = []
        for round_ in range(4):  # several segments, small enough for the jobs agent to merge
            for i in range(50):
                producer.produce(topic, key=b"k%d" % (i % 7), value=b"r%d-%d" % (round_, i),
                                 on_delivery=lambda err, msg: offsets.append(None if err else msg.offset()))
            assert producer.flush(30) == 0
            time.sleep(0.2)
        assert len(offsets) == 200 and None not in offsets

        def read_all():
            consumer = Consumer({"bootstrap.servers": cluster.bootstrap(1), "client.id": "analytics-dash", "group.id": unique("analytics-"),
                                 "auto.offset.reset": "earliest", "enable.auto.commit": False})
            consumer.subscribe([topic])
            seen, deadline = [], time.time() + 30
            while len(seen) < 200 and time.time() < deadline:
                message = consumer.poll(0.5)
                if message is not None and not message.error():
                    seen.append(message.value())
            consumer.close()
            return sorted(seen)

        expected = sorted(b"r%d-%d" % (r, i) for r in range(4) for i in range(50))
        assert read_all() == expected

        jobs_log = os.path.join(cluster.dir, "agent2.log")
        merged = re.compile(r"compacted \d+ objects into")
        deadline = time.time() + 30
        while not merged.search(open(jobs_log).read()) and time.time() < deadline:
            time.sleep(0.5)
        assert merged.search(open(jobs_log).read()), open(jobs_log).read()[-2000:]
        assert read_all() == expected  # the analytics agent reads the merged objects too

        # Log compaction on the jobs role's credentials: the analytics agent then reads only
        # the newest value of each key.
        table = unique("game.table")
        create_topic(cluster.bootstrap(0), table, partitions=1, client_id="ops-1", config={"cleanup.policy": "compact"})
        for index in range(500):
            producer.produce(table, key=b"k%d" % (index % 10), value=b"v%03d" % index)
        assert producer.flush(30) == 0

        def read_table():
            consumer = Consumer({"bootstrap.servers": cluster.bootstrap(1), "client.id": "analytics-dash", "group.id": unique("analytics-"),
                                 "auto.offset.reset": "earliest", "enable.auto.commit": False})
            consumer.subscribe([table])
            seen, deadline = [], time.time() + 10
            while time.time() < deadline:
                message = consumer.poll(0.5)
                if message is not None and not message.error():
                    seen.append((message.key(), message.value()))
                    if message.offset() == 499:
                        break
            consumer.close()
            return seen

        deadline = time.time() + 60
        while len(read_table()) > 10 and time.time() < deadline:
            time.sleep(1)
        assert sorted(read_table()) == sorted((b"k%d" % k, b"v%03d" % (490 + k)) for k in range(10))
        assert f"compacted {table}-0" in open(jobs_log).read()
        for index in range(3):
            text = open(os.path.join(cluster.dir, f"agent{index}.log")).read()
            assert "AccessDenied" not in text and "denied" not in text.lower(), text[-2000:]
    finally:
        cluster.stop()


@requires_services
def test_a_group_on_the_wrong_role_is_refused_and_told_why(aws):
    """A produce agent given the analytics role: its writes are refused, the client gets an
    error (not an offset), and the agent's log names AccessDenied and the role."""
    cluster = Cluster(
        replicas=1, agents=1, policy=POLICY, agent_groups=["prod-writers"], agent_roles=["produce"],
        s3_endpoint=aws["endpoint"], bucket="fjord-games", prefix="events/",
        agent_envs=[irsa_env(aws, "analytics-readers")], agent_args=["--s3-region", REGION])
    try:
        topic = unique("game.refused")
        create_topic(cluster.bootstrap(0), topic, partitions=1, client_id="ops-1")
        producer = Producer({"bootstrap.servers": cluster.bootstrap(0), "client.id": "game-server-2", "acks": "all",
                             "message.timeout.ms": 8000, "retries": 2})
        results = []
        producer.produce(topic, value=b"never stored", on_delivery=lambda err, msg: results.append(err))
        producer.flush(20)
        assert len(results) == 1 and results[0] is not None
        text = open(os.path.join(cluster.dir, "agent0.log")).read()
        assert "AccessDenied" in text and role_arn("analytics-readers") in text, text[-2000:]
    finally:
        cluster.stop()


@requires_services
def test_an_agent_on_container_credentials_writes(aws):
    """EKS Pod Identity and ECS hand out credentials from an HTTP endpoint (JSON with
    AccessKeyId, SecretAccessKey, Token, Expiration) that wants the pod's token. The endpoint
    here serves the prod role's STS credentials from moto, so the agent's writes are checked
    by moto's IAM as a pod's would be by AWS's."""
    import http.server
    import threading
    from datetime import datetime, timedelta, timezone

    credentials = role_credentials(aws, "prod-writers")
    calls = []

    class Endpoint(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            calls.append(self.headers.get("Authorization"))
            if self.headers.get("Authorization") != "pod-identity-token":
                self.send_response(403)
                self.end_headers()
                return
            body = json.dumps({"AccessKeyId": credentials["aws_access_key_id"], "SecretAccessKey": credentials["aws_secret_access_key"],
                               "Token": credentials["aws_session_token"],
                               "Expiration": (datetime.now(timezone.utc) + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Endpoint)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    env = {"AWS_CONTAINER_CREDENTIALS_FULL_URI": f"http://127.0.0.1:{server.server_address[1]}/v1/credentials",
           "AWS_CONTAINER_AUTHORIZATION_TOKEN": "pod-identity-token",
           "AWS_ACCESS_KEY_ID": None, "AWS_SECRET_ACCESS_KEY": None, "AWS_SESSION_TOKEN": None}
    cluster = Cluster(replicas=1, agents=1, policy=POLICY, agent_groups=["prod-writers"], agent_roles=["produce"],
                      s3_endpoint=aws["endpoint"], bucket="fjord-games", prefix="events/", agent_envs=[env],
                      agent_args=["--s3-region", REGION])
    try:
        topic = unique("game.pod-identity")
        create_topic(cluster.bootstrap(0), topic, partitions=1, client_id="ops-1")
        producer = Producer({"bootstrap.servers": cluster.bootstrap(0), "client.id": "game-server-3", "acks": "all"})
        offsets = []
        for i in range(10):
            producer.produce(topic, b"r%d" % i, on_delivery=lambda err, msg: offsets.append(None if err else msg.offset()))
        assert producer.flush(20) == 0
        assert sorted(offsets) == list(range(10))
        assert calls and set(calls) == {"pod-identity-token"}
    finally:
        cluster.stop()
        server.shutdown()
