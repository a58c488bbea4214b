"""SASL on a production-shaped cluster: each agent has a PLAINTEXT and a SASL_SSL listener,
users live in PostgreSQL (`fjord users`), and the policy's ACLs name principals. Real
clients (confluent-kafka, kafka-python, aiokafka) authenticate with SCRAM-SHA-512, SCRAM-SHA-256
and PLAIN; a wrong password is refused with SASL_AUTHENTICATION_FAILED and nothing else
happens; a principal the ACLs deny reads nothing."""
import asyncio
import os
import socket
import struct
import subprocess
import tempfile
import time

import pytest
from confluent_kafka import Consumer, KafkaError, KafkaException, Producer
from confluent_kafka.admin import AdminClient, NewTopic

from cluster import Cluster, binary, psql, requires_services
from conftest import unique

pytestmark = requires_services

POLICY = """
cluster: {name: secure, bucket: fjord-test, prefix: sasl/}
groups:
  - {name: prod, roles: [produce, fetch, jobs], coordinates_consumer_groups: true}
rules:
  - {name: everyone, serve: prod}
acls:
  - {effect: allow, principals: ["User:alice"], operations: [all], topics: "*", groups: "*"}
  - {effect: allow, principals: ["User:alice"], operations: [describe_users, alter_users, describe_acls]}
  - {effect: allow, principals: ["User:bob"], operations: [describe, produce, fetch], topics: {prefix: "bob."}}
  - {effect: allow, principals: ["User:bob"], operations: [join_group, commit_offsets, describe_groups], groups: "*"}
"""

PASSWORDS = {"alice": "alice-secret", "bob": "bob-secret"}


@pytest.fixture(scope="module")
def secure():
    scratch = tempfile.mkdtemp(prefix="fjord-sasl-")
    path = os.path.join(scratch, "secure.yaml")
    open(path, "w").write(POLICY)
    cluster = Cluster(replicas=1, agents=2, policy=path, sasl=True, agent_args=("--sasl-handshake-timeout", "2s", "--failed-authentication-delay", "500ms"))
    cluster.create_users(PASSWORDS, ("SCRAM-SHA-512", "SCRAM-SHA-256"))
    cluster.wait_for_agents(2)
    yield cluster
    assert all(code == 0 for code in cluster.stop())


def settings(cluster, user, mechanism="SCRAM-SHA-512", password=None):
    return {"bootstrap.servers": cluster.sasl_bootstrap(0), "security.protocol": "SASL_SSL", "ssl.ca.location": cluster.kafka_cert,
            "sasl.mechanism": mechanism, "sasl.username": user, "sasl.password": password or PASSWORDS[user]}


def consume(config, topic, count, timeout=30):
    consumer = Consumer({**config, "group.id": unique("sasl"), "auto.offset.reset": "earliest"})
    consumer.subscribe([topic])
    values, deadline = set(), time.time() + timeout
    while len(values) < count and time.time() < deadline:
        message = consumer.poll(0.5)
        if message is not None and not message.error():
            values.add(message.value())
    consumer.close()
    return values


@pytest.mark.parametrize("mechanism", ["SCRAM-SHA-512", "SCRAM-SHA-256", "PLAIN"])
def test_confluent_kafka_authenticates_and_produces_and_consumes(secure, mechanism):
    topic = unique("alice.topic")
    config = settings(secure, "alice", mechanism)
    producer = Producer({**config, "linger.ms": 5})
    for index in range(100):
        producer.produce(topic, f"v{index}".encode())
    assert producer.flush(30) == 0
    # Every broker the client is told of is on the SASL_SSL listener it connected to.
    brokers = {f"{b.host}:{b.port}" for b in producer.list_topics(timeout=10).brokers.values()}
    assert brokers == {secure.sasl_bootstrap(0), secure.sasl_bootstrap(1)}
    assert len(consume(config, topic, 100)) == 100


def test_kafka_python_and_aiokafka_authenticate_with_scram_sha_512(secure):
    from kafka import KafkaConsumer, KafkaProducer
    topic = unique("alice.python")
    common = dict(bootstrap_servers=secure.sasl_bootstrap(1), security_protocol="SASL_SSL", ssl_cafile=secure.kafka_cert,
                  sasl_mechanism="SCRAM-SHA-512", sasl_plain_username="alice", sasl_plain_password=PASSWORDS["alice"])
    producer = KafkaProducer(**common)
    for index in range(50):
        producer.send(topic, f"kp{index}".encode())
    producer.flush(30)
    producer.close()
    reader = KafkaConsumer(topic, auto_offset_reset="earliest", **common)
    read, deadline = set(), time.time() + 30
    while len(read) < 50 and time.time() < deadline:
        for records in reader.poll(timeout_ms=1000).values():
            read.update(record.value for record in records)
    reader.close()
    assert len(read) == 50

    async def with_aiokafka():
        import ssl
        from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
        context = ssl.create_default_context(cafile=secure.kafka_cert)
        options = dict(bootstrap_servers=secure.sasl_bootstrap(0), security_protocol="SASL_SSL", ssl_context=context,
                       sasl_mechanism="SCRAM-SHA-512", sasl_plain_username="alice", sasl_plain_password=PASSWORDS["alice"])
        producer = AIOKafkaProducer(**options)
        await producer.start()
        try:
            for index in range(50):
                await producer.send_and_wait(topic, f"aio{index}".encode())
        finally:
            await producer.stop()
        consumer = AIOKafkaConsumer(topic, auto_offset_reset="earliest", **options)
        await consumer.start()
        seen = set()
        try:
            deadline = time.time() + 30
            while len(seen) < 100 and time.time() < deadline:
                for records in (await consumer.getmany(timeout_ms=1000)).values():
                    seen.update(record.value for record in records)
        finally:
            await consumer.stop()
        return seen

    assert len(asyncio.run(with_aiokafka())) == 100


def test_a_wrong_password_is_refused_and_nothing_else_happens(secure, caplog):
    topic = unique("alice.never")
    errors = []
    producer = Producer({**settings(secure, "alice", password="wrong"), "error_cb": errors.append})
    producer.produce(topic, b"must not land")
    producer.flush(5)
    assert any(error.code() == KafkaError._AUTHENTICATION for error in errors), errors
    assert any("Authentication failed" in error.str() for error in errors), errors
    from kafka import KafkaProducer
    from kafka.errors import KafkaError as PythonKafkaError
    with pytest.raises(PythonKafkaError):  # it retries, then gives up bootstrapping
        KafkaProducer(bootstrap_servers=secure.sasl_bootstrap(0), security_protocol="SASL_SSL", ssl_cafile=secure.kafka_cert,
                      sasl_mechanism="SCRAM-SHA-512", sasl_plain_username="nobody", sasl_plain_password="x",
                      bootstrap_timeout_ms=5000)
    assert "SaslAuthenticationFailedError" in caplog.text  # error 58, as the broker answered
    assert topic not in psql(secure.postgres, "SELECT string_agg(name, ',') FROM topics")


def test_a_principal_the_acls_deny_reads_nothing(secure):
    topic = unique("alice.private")
    producer = Producer({**settings(secure, "alice"), "linger.ms": 5})
    for index in range(10):
        producer.produce(topic, f"private-{index}".encode())
    assert producer.flush(30) == 0
    bob = Consumer({**settings(secure, "bob"), "group.id": unique("bob"), "auto.offset.reset": "earliest"})
    bob.subscribe([topic])
    errors, received, deadline = set(), 0, time.time() + 10
    while time.time() < deadline and not errors:
        message = bob.poll(0.5)
        if message is None:
            continue
        if message.error():
            errors.add(message.error().code())
        else:
            received += 1
    bob.close()
    assert received == 0
    assert KafkaError.TOPIC_AUTHORIZATION_FAILED in errors, errors


def test_users_are_described_and_altered_through_the_kafka_api(secure):
    from confluent_kafka.admin import ScramCredentialInfo, ScramMechanism, UserScramCredentialUpsertion
    admin = AdminClient(settings(secure, "alice"))
    futures = admin.describe_user_scram_credentials(["alice", "bob"])
    described = {user: future.result(10) for user, future in futures.items()} if isinstance(futures, dict) else futures.result(10)
    assert {info.mechanism for info in described["alice"].scram_credential_infos} == {ScramMechanism.SCRAM_SHA_256, ScramMechanism.SCRAM_SHA_512}
    futures = admin.alter_user_scram_credentials([UserScramCredentialUpsertion("carol", ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), b"carol-secret")])
    for future in futures.values():
        future.result(10)
    carol = Producer({**settings(secure, "carol", password="carol-secret")})
    assert carol.list_topics(timeout=10).brokers  # carol can now authenticate (the ACLs give her nothing else)
    # bob may not alter users: the policy gives only alice alter_users.
    bob = AdminClient(settings(secure, "bob"))  # kept referenced until the results are in
    bobs = bob.alter_user_scram_credentials(
        [UserScramCredentialUpsertion("mallory", ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), b"x")])
    with pytest.raises(KafkaException) as denied:
        for future in bobs.values():
            future.result(10)
    assert denied.value.args[0].code() == KafkaError.CLUSTER_AUTHORIZATION_FAILED


def test_before_authenticating_only_the_sasl_apis_are_served_and_slow_handshakes_are_cut(secure):
    host, port = secure.sasl_bootstrap(0).split(":")
    import ssl
    context = ssl.create_default_context(cafile=secure.kafka_cert)
    # A Metadata request before SASL closes the connection, as Kafka does.
    with context.wrap_socket(socket.create_connection((host, int(port)), timeout=5), server_hostname=host) as tls:
        body = struct.pack(">hhih", 3, 1, 7, 4) + b"test" + struct.pack(">i", -1)
        tls.sendall(struct.pack(">i", len(body)) + body)
        assert tls.recv(4) == b""
    # A client that connects and never authenticates is dropped after --sasl-handshake-timeout (2 s).
    with context.wrap_socket(socket.create_connection((host, int(port)), timeout=10), server_hostname=host) as tls:
        started = time.time()
        assert tls.recv(4) == b""
        assert 1.5 < time.time() - started < 6

    # A wrong PLAIN password is answered SASL_AUTHENTICATION_FAILED (58), no sooner than
    # --failed-authentication-delay (500 ms here), and the next request closes the connection.
    def request(tls, api_key, version, correlation, body):
        frame = struct.pack(">hhih", api_key, version, correlation, 4) + b"test" + body
        tls.sendall(struct.pack(">i", len(frame)) + frame)
        size = struct.unpack(">i", read_exactly(tls, 4))[0]
        return read_exactly(tls, size)

    def read_exactly(tls, count):
        data = b""
        while len(data) < count:
            chunk = tls.recv(count - len(data))
            assert chunk, "connection closed"
            data += chunk
        return data

    with context.wrap_socket(socket.create_connection((host, int(port)), timeout=10), server_hostname=host) as tls:
        handshake = request(tls, 17, 1, 1, struct.pack(">h", 5) + b"PLAIN")
        assert struct.unpack(">ih", handshake[:6]) == (1, 0)
        token = b"\0alice\0not-her-password"
        started = time.time()
        answer = request(tls, 36, 0, 2, struct.pack(">i", len(token)) + token)
        assert time.time() - started >= 0.5
        assert struct.unpack(">ih", answer[:6]) == (2, 58)
        body = struct.pack(">hhih", 3, 1, 3, 4) + b"test" + struct.pack(">i", -1)
        tls.sendall(struct.pack(">i", len(body)) + body)
        assert tls.recv(4) == b""


def test_describe_acls_answers_from_the_policy(secure):
    from confluent_kafka.admin import (AclBindingFilter, AclOperation, AclPermissionType, ResourcePatternType, ResourceType)
    everything = AclBindingFilter(ResourceType.ANY, None, ResourcePatternType.ANY, None, None, AclOperation.ANY, AclPermissionType.ANY)
    admin = AdminClient(settings(secure, "alice"))
    bindings = admin.describe_acls(everything).result(10)
    seen = {(b.restype, b.name, b.resource_pattern_type, b.principal, b.operation, b.permission_type) for b in bindings}
    assert (ResourceType.TOPIC, "bob.", ResourcePatternType.PREFIXED, "User:bob", AclOperation.WRITE, AclPermissionType.ALLOW) in seen
    # librdkafka calls Kafka's CLUSTER resource type (4) BROKER.
    assert (ResourceType.BROKER, "kafka-cluster", ResourcePatternType.LITERAL, "User:alice", AclOperation.ALTER, AclPermissionType.ALLOW) in seen
    bobs_only = AclBindingFilter(ResourceType.ANY, None, ResourcePatternType.ANY, "User:bob", None, AclOperation.ANY, AclPermissionType.ANY)
    assert {b.principal for b in admin.describe_acls(bobs_only).result(10)} == {"User:bob"}
    # bob may not: the answer is CLUSTER_AUTHORIZATION_FAILED (librdkafka hands back an empty
    # list for that, so kafka-python, which raises it, checks).
    from kafka.admin import ACLFilter, ACLOperation, ACLPermissionType, ACLResourcePatternType, KafkaAdminClient, ResourcePatternFilter
    from kafka.admin import ResourceType as PythonResourceType
    from kafka.errors import ClusterAuthorizationFailedError
    bob = KafkaAdminClient(bootstrap_servers=secure.sasl_bootstrap(0), security_protocol="SASL_SSL", ssl_cafile=secure.kafka_cert,
                           sasl_mechanism="SCRAM-SHA-512", sasl_plain_username="bob", sasl_plain_password=PASSWORDS["bob"])
    with pytest.raises(ClusterAuthorizationFailedError):
        bob.describe_acls(ACLFilter(principal=None, host="*", operation=ACLOperation.ANY, permission_type=ACLPermissionType.ANY,
                                    resource_pattern=ResourcePatternFilter(PythonResourceType.ANY, None, ACLResourcePatternType.ANY)))
    bob.close()
