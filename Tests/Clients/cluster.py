"""A production-shaped Fjord cluster for tests: control-plane replicas and agents as separate
processes, on a fresh PostgreSQL database and a fresh prefix of the SeaweedFS bucket that
Infra/dev/test.sh starts. Every process listens on 127.0.0.1 and is stopped by `stop()`."""
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid

import pytest

from conftest import binary, free_port_block

NEEDS = ("FJORD_TEST_POSTGRES_URL", "FJORD_TEST_S3_ENDPOINT", "FJORD_TEST_S3_BUCKET")
requires_services = pytest.mark.skipif(any(name not in os.environ for name in NEEDS),
                                       reason="needs PostgreSQL and SeaweedFS (Infra/dev/test.sh starts them)")


def psql(url, sql):
    return subprocess.run(["psql", url, "-qAtc", sql], check=True, capture_output=True, text=True).stdout.strip()


def metric_sum(text, name, **labels):
    """The sum of Prometheus series `name` in `text` over those whose labels include `labels`."""
    total = 0.0
    for line in text.splitlines():
        match = re.match(re.escape(name) + r'(?:\{([^}]*)\})? ([0-9.e+-]+)$', line)
        if match and all(f'{key}="{value}"' in (match.group(1) or "") for key, value in labels.items()):
            total += float(match.group(2))
    return total


def assert_in_log_as_acknowledged(bootstrap, topic, partitions, where, producers, count):
    """Every acknowledged record (`where`: key -> (partition, offset)) is in the log exactly
    once, at that offset, and each producer's keys (`name-000000` up to `count`) are in order."""
    from confluent_kafka import Consumer, TopicPartition
    from conftest import unique
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": unique("audit"), "enable.auto.commit": False})
    consumer.assign([TopicPartition(topic, partition, 0) for partition in range(partitions)])
    seen = {}
    deadline = time.time() + 120
    while len(seen) < len(where) and time.time() < deadline:
        message = consumer.poll(0.5)
        if message is None or message.error():
            continue
        key = message.key().decode()
        assert key not in seen, f"{key} is in the log twice: {seen[key]} and {(message.partition(), message.offset())}"
        seen[key] = (message.partition(), message.offset())
    consumer.close()
    assert len(seen) == len(where), f"read {len(seen)} of {len(where)} acknowledged records"
    moved = [key for key in where if seen[key] != where[key]]
    assert not moved, f"{len(moved)} records are not where they were acknowledged: {moved[:5]}"
    for name in producers:
        last = {}
        for index in range(count):
            partition, offset = seen[f"{name}-{index:06d}"]
            assert offset > last.get(partition, -1), f"{name}-{index:06d} is out of its producer's order"
            last[partition] = offset


def produce_paced(producer, topic, name, count, rate, delivered, sent=None):
    """Produces `count` records keyed `name-000000`... at `rate` per second, waiting out a
    full queue; `sent`, if given, gets each key's send time. Flushes at the end."""
    started = time.time()
    for index in range(count):
        key = f"{name}-{index:06d}"
        if sent is not None:
            sent[key] = time.time()
        while True:
            try:
                producer.produce(topic, key=key, value=b"x" * 100, on_delivery=delivered)
                break
            except BufferError:
                producer.poll(0.05)
        producer.poll(0)
        ahead = started + (index + 1) / rate - time.time()
        if ahead > 0:
            time.sleep(ahead)
    assert producer.flush(150) == 0, f"{name}: records left undelivered"


class Cluster:
    def __init__(self, replicas=2, agents=3, agent_args=(), agent_expiry="4s", s3_endpoint=None, tls=False,
                 policy=None, agent_groups=None, agent_roles=None, sasl=False, secure_protocol="SASL_SSL", client_ca=None,
                 agent_s3_endpoints=None, bucket=None, prefix=None, agent_envs=None, postgres_admin=None,
                 launcher=None, agent_control_planes=None, zone_cache=False):
        """`policy`: a policy file the replicas start with; `agent_groups` and `agent_roles`:
        each agent's group (its key) and --roles, by index (default: group prod, every role).
        `sasl`: each agent also gets a `secure_protocol` listener (`sasl_bootstrap`; SASL_SSL,
        or SSL), with a self-signed certificate for 127.0.0.1 (`kafka_cert`); `client_ca`
        makes it demand client certificates that CA signed (mutual TLS). `agent_s3_endpoints`:
        each agent's S3 endpoint by index (None: `s3_endpoint`), to put a fault proxy before one.
        `bucket` and `prefix` (default: the test bucket, a fresh prefix) and `agent_envs`,
        environment overrides by agent index (e.g. each group's AWS credentials; None unsets).
        `postgres_admin`: the server's URL (default FJORD_TEST_POSTGRES_URL), which may list
        several hosts and options (`postgres_pair.PostgresPair`). `launcher(kind, index)`, kind
        "replica" or "agent": a command prefix for that process (the chaos harness runs each
        under its own uid and libfaketime). `agent_control_planes(index, replica_urls)`: an
        agent's control-plane URLs (None: the replicas'), to put a delay proxy before one.
        `zone_cache`: every agent serves its share of the zone cache (`--zone-cache-listen`)."""
        admin = postgres_admin or os.environ["FJORD_TEST_POSTGRES_URL"]
        self.name = "fjord_" + uuid.uuid4().hex[:10]
        psql(admin, f"CREATE DATABASE {self.name}")
        self.admin = admin
        base, _, options = admin.partition("?")
        self.postgres = base.rsplit("/", 1)[0] + "/" + self.name + (f"?{options}" if options else "")
        self.prefix = prefix or self.name
        self.bucket = bucket or os.environ["FJORD_TEST_S3_BUCKET"]
        self.s3_endpoint = s3_endpoint or os.environ["FJORD_TEST_S3_ENDPOINT"]
        self.dir = tempfile.mkdtemp(prefix="fjord-cluster-")
        self.tls = tls
        if tls or sasl:  # a self-signed certificate for 127.0.0.1, which agents (and clients) are told to trust
            self.cert, self.key_file = os.path.join(self.dir, "cert.pem"), os.path.join(self.dir, "key.pem")
            subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                            "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", self.key_file, "-out", self.cert],
                           check=True, capture_output=True)
            self.kafka_cert = self.cert
        self.sasl, self.secure_protocol, self.client_ca = sasl, secure_protocol, client_ca
        self.policy = policy
        self.agent_groups = agent_groups or ["prod"] * agents
        self.agent_roles = agent_roles or [None] * agents
        self.keys = {group: subprocess.run([binary(), "keys", "create", "--postgres", self.postgres, "--group", group],
                                           check=True, capture_output=True, text=True).stdout.strip() for group in set(self.agent_groups)}
        self.key = self.keys[self.agent_groups[0]]
        base = free_port_block(replicas + 4 * agents)
        self.replica_ports = [base + i for i in range(replicas)]
        self.agent_ports = [base + replicas + i for i in range(agents)]
        self.http_ports = [base + replicas + agents + i for i in range(agents)]
        self.sasl_ports = [base + replicas + 2 * agents + i for i in range(agents)]
        self.zone_cache_ports = [base + replicas + 3 * agents + i for i in range(agents)] if zone_cache else None
        self.agent_s3_endpoints = agent_s3_endpoints or [None] * agents
        self.agent_envs = agent_envs or [{}] * agents
        self.agent_control_planes = agent_control_planes or (lambda index, urls: None)
        self.agent_args = list(agent_args)
        self.agent_expiry = agent_expiry
        self.launcher = launcher or (lambda kind, index: [])
        self.replicas = [None] * replicas
        self.agents = [None] * agents
        for index in range(replicas):
            self.start_replica(index)
        for index in range(agents):
            self.start_agent(index)

    @property
    def replica_urls(self):
        scheme = "https" if self.tls else "http"
        return [f"{scheme}://127.0.0.1:{port}" for port in self.replica_ports]

    def bootstrap(self, index):
        return f"127.0.0.1:{self.agent_ports[index]}"

    def sasl_bootstrap(self, index):
        return f"127.0.0.1:{self.sasl_ports[index]}"

    @property
    def all_bootstrap(self):
        return ",".join(self.bootstrap(i) for i in range(len(self.agents)))

    def _spawn(self, kind, index, args, ready, env=None):
        name = f"{kind}{index}"
        log = open(os.path.join(self.dir, f"{name}.log"), "a")
        process = subprocess.Popen(self.launcher(kind, index) + args, stdout=subprocess.PIPE, stderr=log, text=True, env=env)
        deadline = time.time() + 30
        while time.time() < deadline:
            line = process.stdout.readline()
            if ready in line:
                return process
            if not line and process.poll() is not None:
                break
        # One that is still running but never said it was ready must not live on unseen, holding
        # its ports against the next start.
        process.kill()
        process.wait(20)
        raise RuntimeError(f"{name} did not start: {open(log.name).read()}")

    def start_replica(self, index):
        port = self.replica_ports[index]
        self.replicas[index] = self._spawn("replica", index, [
            binary(), "control-plane", "--postgres", self.postgres, "--listen", f"127.0.0.1:{port}",
            "--agent-expiry", self.agent_expiry, "--log-level", "info",
            *(["--policy", self.policy] if self.policy else []),
            *(["--tls-cert", self.cert, "--tls-key", self.key_file] if self.tls else [])], "listening")

    def start_agent(self, index):
        env = dict(os.environ, FJORD_AGENT_KEY=self.keys[self.agent_groups[index]], **self.agent_envs[index])
        env = {name: value for name, value in env.items() if value is not None}  # None: unset it
        roles = self.agent_roles[index]
        self.agents[index] = self._spawn("agent", index, [
            binary(), "agent", "--control-plane", ",".join(self.agent_control_planes(index, self.replica_urls) or self.replica_urls),
            "--bucket", f"s3://{self.bucket}/{self.prefix}", "--s3-endpoint", self.agent_s3_endpoints[index] or self.s3_endpoint,
            *(["--listener", f"PLAINTEXT=PLAINTEXT://{self.bootstrap(index)}",
               "--listener", f"{self.secure_protocol}={self.secure_protocol}://{self.sasl_bootstrap(index)}",
               "--kafka-tls-cert", self.cert, "--kafka-tls-key", self.key_file] if self.sasl else ["--listen", self.bootstrap(index)]),
            *(["--kafka-tls-client-ca", self.client_ca] if self.client_ca else []),
            "--http-listen", f"127.0.0.1:{self.http_ports[index]}",
            "--batch-timeout", "30ms", "--partitions", "4", "--log-level", "info", *self.agent_args,
            *(["--zone-cache-listen", f"127.0.0.1:{self.zone_cache_ports[index]}"] if self.zone_cache_ports else []),
            *(["--roles", roles] if roles else []),
            *(["--control-plane-ca", self.cert] if self.tls else [])], "bootstrap:", env)

    def kill(self, process, sig=signal.SIGKILL):
        process.send_signal(sig)
        process.wait(20)

    def create_users(self, passwords, mechanisms=("SCRAM-SHA-512",)):
        """SASL users in the control plane (`fjord users create`), {user: password}."""
        for user, password in passwords.items():
            for mechanism in mechanisms:
                subprocess.run([binary(), "users", "create", "--postgres", self.postgres, "--user", user, "--password-stdin",
                                "--mechanism", mechanism, "--iterations", "4096"], input=password + "\n", check=True, capture_output=True, text=True)

    def wait_for_agents(self, count, timeout=20):
        """Waits until the registry lists `count` live agents."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            live = int(psql(self.postgres, "SELECT count(*) FROM agents WHERE last_heartbeat > now() - interval '4 seconds'"))
            if live == count:
                return
            time.sleep(0.3)
        raise AssertionError(f"registry never showed {count} live agents")

    def metrics(self, index):
        return urllib.request.urlopen(f"http://127.0.0.1:{self.http_ports[index]}/metrics", timeout=5).read().decode()

    def stop(self):
        codes = []
        for process in self.agents + self.replicas:
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    codes.append(process.wait(20))
                except subprocess.TimeoutExpired:
                    process.kill()
                    codes.append("timeout")
        if os.environ.get("FJORD_KEEP_CLUSTER"):  # for a post-mortem: the database and the logs stay
            print(f"cluster kept: database {self.postgres}, logs in {self.dir}", file=sys.stderr)
            return codes
        try:
            psql(self.admin, f"DROP DATABASE {self.name} WITH (FORCE)")
        except subprocess.CalledProcessError:
            pass
        return codes
