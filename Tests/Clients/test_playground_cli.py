"""The playground's operator-facing behaviour: one-line errors with exit code 1 for a port in
use or an unwritable data directory, and exit code 0 after a graceful SIGTERM."""
import os
import socket
import subprocess
import tempfile

from conftest import Playground, binary



def run(*args):
    return subprocess.run([binary(), "playground", *args], capture_output=True, text=True, timeout=60)


def test_port_in_use_is_a_one_line_error():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = run("--listen", f"127.0.0.1:{port}", "--data-dir", tempfile.mkdtemp())
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "address already in use" in lines[0], result.stderr


def test_unwritable_data_directory_is_a_one_line_error():
    directory = tempfile.mkdtemp()
    os.chmod(directory, 0o500)
    target = os.path.join(directory, "sub")
    try:
        # root ignores permission bits, so also try a path under a file.
        blocker = os.path.join(tempfile.mkdtemp(), "file")
        open(blocker, "w").close()
        result = run("--listen", "127.0.0.1:0", "--data-dir", os.path.join(blocker, "data"))
    finally:
        os.chmod(directory, 0o700)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "data directory" in lines[0], result.stderr
    assert not os.path.exists(target)


def test_sigterm_exits_zero():
    cluster = Playground(agents=1)
    assert cluster.stop() == 0


def test_no_auto_create_topics_leaves_unknown_topics_unknown():
    """`--no-auto-create-topics` is Kafka's auto.create.topics.enable=false: a producer naming
    an unknown topic is told it does not exist, and only CreateTopics makes one."""
    from confluent_kafka import KafkaError, Producer
    from confluent_kafka.admin import AdminClient, ConfigResource, NewTopic, ResourceType
    playground = Playground(agents=1, extra=("--no-auto-create-topics",))
    try:
        config = {"bootstrap.servers": playground.bootstrap}
        errors = []
        producer = Producer({**config, "message.timeout.ms": 8000, "topic.metadata.propagation.max.ms": 1000, "linger.ms": 0})
        producer.produce("never-created", b"x", on_delivery=lambda error, message: errors.append(error))
        producer.flush(10)
        assert [error.code() for error in errors] in ([KafkaError._UNKNOWN_TOPIC], [KafkaError.UNKNOWN_TOPIC_OR_PART]), errors
        admin = AdminClient(config)
        assert "never-created" not in admin.list_topics(timeout=10).topics
        admin.create_topics([NewTopic("made", 1, 1)])["made"].result(15)
        errors.clear()
        producer.produce("made", b"x", on_delivery=lambda error, message: errors.append(error))
        producer.flush(10)
        assert errors == [None]
        broker = list(admin.describe_configs([ConfigResource(ResourceType.BROKER, "0")]).values())[0].result(15)
        assert broker["auto.create.topics.enable"].value == "false"
    finally:
        assert playground.stop() == 0
