"""Mutual TLS on an SSL listener: clients present certificates a private CA signed, and the
certificate's subject is the principal the policy's ACLs name (User:CN=...). A client
without a certificate gets nowhere. SIGHUP makes the agent serve a renewed certificate to
new connections; an unreadable one is refused and the old one stays."""
import os
import signal
import subprocess
import tempfile
import time

import pytest
from confluent_kafka import Consumer, KafkaError, Producer

from cluster import Cluster, requires_services
from conftest import unique

pytestmark = requires_services

POLICY = """
cluster: {name: mtls, bucket: fjord-test, prefix: mtls/}
groups:
  - {name: prod, roles: [produce, fetch, jobs], coordinates_consumer_groups: true}
rules:
  - {name: everyone, serve: prod}
acls:
  - {effect: allow, principals: ["User:CN=billing-service*"], operations: [all], topics: {prefix: "billing."}, groups: "*"}
"""


def openssl(*args, cwd):
    subprocess.run(["openssl", *args], check=True, capture_output=True, cwd=cwd)


def self_signed(directory, name):
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", f"{name}.key", "-out", f"{name}.pem", cwd=directory)
    return os.path.join(directory, f"{name}.pem"), os.path.join(directory, f"{name}.key")


@pytest.fixture(scope="module")
def pki():
    directory = tempfile.mkdtemp(prefix="fjord-pki-")
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=Fjord test CA", "-keyout", "ca.key", "-out", "ca.pem", cwd=directory)
    for client in ("billing-service", "eve"):
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/O=Example/CN={client}", "-keyout", f"{client}.key", "-out", f"{client}.csr", cwd=directory)
        openssl("x509", "-req", "-in", f"{client}.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-days", "1", "-out", f"{client}.pem", cwd=directory)
    return directory


@pytest.fixture(scope="module")
def mtls(pki):
    path = os.path.join(pki, "policy.yaml")
    open(path, "w").write(POLICY)
    cluster = Cluster(replicas=1, agents=1, policy=path, sasl=True, secure_protocol="SSL", client_ca=os.path.join(pki, "ca.pem"))
    cluster.wait_for_agents(1)
    yield cluster
    assert all(code == 0 for code in cluster.stop())


def client(cluster, pki, name, ca=None):
    config = {"bootstrap.servers": cluster.sasl_bootstrap(0), "security.protocol": "SSL", "ssl.ca.location": ca or cluster.kafka_cert}
    if name:
        config.update({"ssl.certificate.location": os.path.join(pki, f"{name}.pem"), "ssl.key.location": os.path.join(pki, f"{name}.key")})
    return config


def test_the_certificate_subject_is_the_principal_the_acls_name(mtls, pki):
    topic = unique("billing.invoices")
    producer = Producer({**client(mtls, pki, "billing-service"), "linger.ms": 5})
    for index in range(20):
        producer.produce(topic, f"invoice-{index}".encode())
    assert producer.flush(30) == 0
    consumer = Consumer({**client(mtls, pki, "billing-service"), "group.id": unique("billing"), "auto.offset.reset": "earliest"})
    consumer.subscribe([topic])
    values, deadline = set(), time.time() + 30
    while len(values) < 20 and time.time() < deadline:
        message = consumer.poll(0.5)
        if message is not None and not message.error():
            values.add(message.value())
    consumer.close()
    assert len(values) == 20

    failures = []
    eve = Producer({**client(mtls, pki, "eve"), "on_delivery": lambda error, _: failures.append(error)})
    eve.produce(topic, b"forged")
    eve.flush(20)
    assert [error.code() for error in failures] == [KafkaError.TOPIC_AUTHORIZATION_FAILED]
    agent_log = open(os.path.join(mtls.dir, "agent0.log")).read()
    # The denial names the principal: the subject as Kafka writes it (RFC 2253, last RDN first).
    assert "User:CN=eve,O=Example" in agent_log


def test_a_client_without_a_certificate_gets_nowhere(mtls, pki):
    anonymous = Producer({**client(mtls, pki, None), "socket.timeout.ms": 3000})
    with pytest.raises(Exception):
        anonymous.list_topics(timeout=5)


def test_sighup_serves_a_renewed_certificate_and_keeps_the_old_one_when_the_new_one_is_unreadable(mtls, pki):
    old_ca = os.path.join(pki, "old-server.pem")
    subprocess.run(["cp", mtls.kafka_cert, old_ca], check=True)
    # An unreadable key: the agent says so and keeps serving the old certificate.
    key_text = open(mtls.key_file).read()
    open(mtls.key_file, "w").write("not a key\n")
    mtls.agents[0].send_signal(signal.SIGHUP)
    log = os.path.join(mtls.dir, "agent0.log")
    deadline = time.time() + 10
    while "the TLS files were not reloaded" not in open(log).read() and time.time() < deadline:
        time.sleep(0.1)
    assert "the TLS files were not reloaded" in open(log).read()
    assert Producer(client(mtls, pki, "billing-service", ca=old_ca)).list_topics(timeout=10).brokers
    open(mtls.key_file, "w").write(key_text)

    # A renewed certificate: new connections get it, so a client trusting only it connects.
    new_cert, new_key = self_signed(pki, "renewed")
    subprocess.run(["cp", new_cert, mtls.kafka_cert], check=True)
    subprocess.run(["cp", new_key, mtls.key_file], check=True)
    mtls.agents[0].send_signal(signal.SIGHUP)
    deadline = time.time() + 10
    while "reloaded the TLS certificate" not in open(log).read() and time.time() < deadline:
        time.sleep(0.1)
    assert Producer(client(mtls, pki, "billing-service", ca=new_cert)).list_topics(timeout=10).brokers
    stale = Producer({**client(mtls, pki, "billing-service", ca=old_ca), "socket.timeout.ms": 3000})
    with pytest.raises(Exception):
        stale.list_topics(timeout=5)
