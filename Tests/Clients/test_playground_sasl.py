"""SASL in the playground, for trying it locally: named listeners (PLAINTEXT and
SASL_PLAINTEXT on every agent), users in the playground's data directory
(`fjord users create --data-dir`), kcat (librdkafka 2.0.2, whose SCRAM echoes its nonce twice)
and the bare tokens of SaslHandshake v0."""
import socket
import struct
import subprocess

import pytest

from conftest import Playground, binary, free_port_block, unique


@pytest.fixture(scope="module")
def playground():
    secure = free_port_block(2)
    plain = Playground(agents=2, batch_timeout="10ms",
                       extra=("--listener", "PLAINTEXT://127.0.0.1:0", "--listener", f"SECURE=SASL_PLAINTEXT://127.0.0.1:{secure}"))
    plain.secure = f"127.0.0.1:{secure}"
    subprocess.run([binary(), "users", "create", "--data-dir", plain.data, "--user", "alice", "--password-stdin", "--mechanism", "SCRAM-SHA-512"],
                   input="alice-secret\n", check=True, capture_output=True, text=True)
    yield plain
    assert plain.stop() == 0


def kcat(playground, *args, password="alice-secret", mechanism="SCRAM-SHA-512", **run):
    return subprocess.run(["kcat", "-b", playground.secure, "-X", "security.protocol=SASL_PLAINTEXT", "-X", f"sasl.mechanisms={mechanism}",
                           "-X", "sasl.username=alice", "-X", f"sasl.password={password}", *args], capture_output=True, text=True, timeout=30, **run)


def test_kcat_authenticates_with_scram_and_plain_and_sees_only_sasl_ports(playground):
    topic = unique("kcat-sasl")
    assert kcat(playground, "-P", "-t", topic, input="one\ntwo\nthree\n").returncode == 0
    consumed = kcat(playground, "-C", "-t", topic, "-o", "beginning", "-e", "-c", "3")
    assert consumed.stdout.split() == ["one", "two", "three"], consumed.stderr
    listing = kcat(playground, "-L", mechanism="PLAIN").stdout
    secure_port = int(playground.secure.split(":")[1])
    assert f"127.0.0.1:{secure_port}" in listing and f"127.0.0.1:{secure_port + 1}" in listing  # both agents, on SECURE


def test_kcat_with_a_wrong_password_is_refused(playground):
    refused = kcat(playground, "-L", "-m", "3", password="wrong")
    assert refused.returncode != 0
    assert "Authentication failed during authentication due to invalid credentials" in refused.stderr


def test_saslhandshake_v0_takes_bare_tokens(playground):
    host, port = playground.secure.split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        def send(frame):
            connection.sendall(struct.pack(">i", len(frame)) + frame)

        def receive():
            size, data = struct.unpack(">i", connection.recv(4))[0], b""
            while len(data) < size:
                data += connection.recv(size - len(data))
            return data

        send(struct.pack(">hhih", 17, 0, 1, 4) + b"test" + struct.pack(">h", 5) + b"PLAIN")
        assert struct.unpack(">ih", receive()[:6]) == (1, 0)
        send(b"\0alice\0alice-secret")  # no Kafka header: a bare token, and a bare (empty) answer
        assert receive() == b""
        send(struct.pack(">hhih", 3, 1, 2, 4) + b"test" + struct.pack(">i", -1))  # Metadata, now allowed
        assert struct.unpack(">i", receive()[:4]) == (2,)
