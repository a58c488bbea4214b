"""Kafka over TLS (security.protocol=SSL) to a playground with a self-signed certificate:
real clients that trust it produce and consume; a plaintext client gets nowhere, and the
agent keeps serving."""
import os
import subprocess
import tempfile
import time

import pytest
from confluent_kafka import Consumer, Producer
from kafka import KafkaConsumer

from conftest import Playground, unique


@pytest.fixture(scope="module")
def tls_agent():
    scratch = tempfile.mkdtemp(prefix="fjord-tls-")
    cert, key = os.path.join(scratch, "cert.pem"), os.path.join(scratch, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert], check=True, capture_output=True)
    agent = Playground(agents=1, batch_timeout="10ms", extra=("--kafka-tls-cert", cert, "--kafka-tls-key", key))
    agent.cert = cert
    yield agent
    assert agent.stop() == 0


def test_clients_that_trust_the_certificate_produce_and_consume(tls_agent):
    topic = unique("tls")
    settings = {"bootstrap.servers": tls_agent.bootstrap, "security.protocol": "SSL", "ssl.ca.location": tls_agent.cert}
    producer = Producer({**settings, "linger.ms": 5})
    for index in range(100):
        producer.produce(topic, f"secret-{index}".encode())
    assert producer.flush(20) == 0
    consumer = Consumer({**settings, "group.id": unique("tls"), "auto.offset.reset": "earliest"})
    consumer.subscribe([topic])
    values, deadline = set(), time.time() + 30
    while len(values) < 100 and time.time() < deadline:
        message = consumer.poll(0.5)
        if message is not None and not message.error():
            values.add(message.value())
    consumer.close()
    assert len(values) == 100

    reader = KafkaConsumer(topic, bootstrap_servers=tls_agent.bootstrap, security_protocol="SSL", ssl_cafile=tls_agent.cert,
                           auto_offset_reset="earliest")
    read, deadline = set(), time.time() + 30
    while len(read) < 100 and time.time() < deadline:
        for records in reader.poll(timeout_ms=1000).values():
            read.update(record.value for record in records)
    reader.close()
    assert len(read) == 100


def test_a_plaintext_client_gets_nowhere_and_the_agent_keeps_serving(tls_agent):
    plain = Producer({"bootstrap.servers": tls_agent.bootstrap, "socket.timeout.ms": 3000})
    with pytest.raises(Exception):
        plain.list_topics(timeout=4)
    untrusting = Producer({"bootstrap.servers": tls_agent.bootstrap, "security.protocol": "SSL"})  # no CA: refuses the self-signed certificate
    with pytest.raises(Exception):
        untrusting.list_topics(timeout=4)
    trusted = Producer({"bootstrap.servers": tls_agent.bootstrap, "security.protocol": "SSL", "ssl.ca.location": tls_agent.cert})
    assert tls_agent.bootstrap in {f"{b.host}:{b.port}" for b in trusted.list_topics(timeout=10).brokers.values()}
