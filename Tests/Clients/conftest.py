"""Real-client tests: each test module gets a Fjord playground on free loopback ports,
started from the built `fjord` binary (FJORD_BIN, default .build/debug/fjord) and stopped
after. Run through Infra/dev/test.sh, or: `swift build && python3 -m pytest Tests/Clients`."""
import os
import random
import socket
import subprocess
import tempfile
import time

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def binary():
    """The fjord binary under test."""
    return os.environ.get("FJORD_BIN", os.path.join(ROOT, ".build", "debug", "fjord"))


def create_topic(bootstrap, name, partitions=4, config=None, client_id=None):
    """Creates a topic through the Kafka admin API (confluent-kafka), waiting for the answer."""
    from confluent_kafka.admin import AdminClient, NewTopic
    admin = AdminClient({"bootstrap.servers": bootstrap, **({"client.id": client_id} if client_id else {})})
    admin.create_topics([NewTopic(name, partitions, 1, config=config or {})])[name].result(15)


def free_port_block(count):
    """A first port such that `count` consecutive ports are free, below the kernel's ephemeral
    range (32768 and up here): a server restarted on its port (the chaos harness's agent kill)
    must not find it taken as the local port of some client's outgoing connection, which
    happened when these blocks were picked among the ephemeral ports."""
    low, _ = (int(n) for n in open("/proc/sys/net/ipv4/ip_local_port_range").read().split())
    for _ in range(200):
        base = random.randrange(20000, low - count)
        try:
            sockets = []
            for port in range(base, base + count):
                probe = socket.socket()
                probe.bind(("127.0.0.1", port))
                sockets.append(probe)
            for probe in sockets:
                probe.close()
            return base
        except OSError:
            for probe in sockets:
                probe.close()
    raise RuntimeError("no block of free ports")


class Playground:
    def __init__(self, agents=3, batch_timeout="50ms", partitions=1, advertise=None, extra=(), data=None, run_as=None):
        """`data`: an earlier playground's data directory, to restart on its storage.
        `run_as`: a uid to run it as (with setpriv; needs root), as the container image does."""
        self.port = free_port_block(agents)
        self.data = data or tempfile.mkdtemp(prefix="fjord-clients-")
        prefix = []
        if run_as is not None:
            os.chmod(self.data, 0o777)
            prefix = ["setpriv", "--reuid", str(run_as), "--regid", str(run_as), "--clear-groups"]
        args = [*prefix, binary(), "playground", "--listen", f"127.0.0.1:{self.port}", "--data-dir", self.data,
                "--agents", str(agents), "--batch-timeout", batch_timeout, "--partitions", str(partitions), *extra]
        if advertise:
            args += ["--advertise", advertise]
        self.log = open(os.path.join(self.data, "playground.log"), "a")
        self.process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=self.log, text=True)
        deadline = time.time() + 30
        while time.time() < deadline:
            line = self.process.stdout.readline()
            if line.startswith("bootstrap: "):
                self.bootstrap = line.split(": ", 1)[1].strip()
                return
            if not line and self.process.poll() is not None:
                break
        raise RuntimeError(f"playground did not start: {open(self.log.name).read()}")

    def stop(self):
        self.process.terminate()
        try:
            code = self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise
        self.log.close()
        return code


@pytest.fixture(scope="module")
def playground():
    cluster = Playground()
    yield cluster
    assert cluster.stop() == 0, "playground did not exit cleanly on SIGTERM"


def unique(prefix):
    return f"{prefix}-{int(time.time() * 1000) % 10_000_000}-{os.getpid()}"
