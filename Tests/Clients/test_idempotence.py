"""enable.idempotence=true leaves no duplicates when connections drop mid-produce: a proxy
between the producer and the agents cuts every connection repeatedly, the producer retries,
and the agents' sequence checks drop the duplicates."""
import socket
import threading
import time

from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

from conftest import Playground, free_port_block, unique


class CuttingProxy:
    """Forwards 127.0.0.1:listen+i to upstream+i, and resets every connection every `period` s."""

    def __init__(self, listen, upstream, count, period):
        self.connections = []
        self.lock = threading.Lock()
        self.running = True
        self.cuts = 0
        for i in range(count):
            server = socket.socket()
            server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            server.bind(("127.0.0.1", listen + i))
            server.listen(64)
            threading.Thread(target=self.accept, args=(server, upstream + i), daemon=True).start()
        threading.Thread(target=self.cut, args=(period,), daemon=True).start()

    def accept(self, server, upstream):
        server.settimeout(0.5)
        while self.running:
            try:
                client, _ = server.accept()
            except socket.timeout:
                continue
            target = socket.create_connection(("127.0.0.1", upstream))
            with self.lock:
                self.connections += [client, target]
            for a, b in ((client, target), (target, client)):
                threading.Thread(target=self.pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def pipe(source, sink):
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                sink.sendall(data)
        except OSError:
            pass
        for s in (source, sink):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def cut(self, period):
        while self.running:
            time.sleep(period)
            with self.lock:
                doomed, self.connections = self.connections, []
            for s in doomed:
                try:
                    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                    s.close()
                except OSError:
                    pass
            self.cuts += 1

    def stop(self):
        self.running = False


def test_no_duplicates_after_retries_forced_by_dropped_connections():
    agents = 2
    proxy_port = free_port_block(agents)
    cluster = Playground(agents=agents, batch_timeout="100ms", advertise=f"127.0.0.1:{proxy_port}")
    proxy = CuttingProxy(proxy_port, cluster.port, agents, period=0.7)
    try:
        topic = unique("idem")
        admin = AdminClient({"bootstrap.servers": f"127.0.0.1:{cluster.port}"})
        admin.create_topics([NewTopic(topic, num_partitions=2, replication_factor=1)])[topic].result(15)
        acknowledged = set()
        failed = []

        def report(error, message):
            if error is None:
                acknowledged.add(message.key().decode())
            else:
                failed.append(error)

        producer = Producer({"bootstrap.servers": f"127.0.0.1:{proxy_port}", "enable.idempotence": True, "linger.ms": 20,
                             "message.timeout.ms": 60000, "retry.backoff.ms": 50, "socket.timeout.ms": 5000})
        total = 2000
        for i in range(total):
            producer.produce(topic, key=f"key-{i}", value=f"value-{i}", partition=i % 2, on_delivery=report)
            if i % 100 == 0:  # paced over about 3 s, so the proxy (every 0.7 s) cuts several times
                producer.poll(0)
                time.sleep(0.15)
        assert producer.flush(90) == 0
        assert proxy.cuts >= 3, "the proxy should have cut connections during the run"
        assert not failed, failed[:3]
        assert len(acknowledged) == total

        # Read everything straight from the agents: each key exactly once, in order per partition.
        consumer = Consumer({"bootstrap.servers": f"127.0.0.1:{cluster.port}", "group.id": unique("g"), "enable.auto.commit": False})
        consumer.assign([TopicPartition(topic, 0, 0), TopicPartition(topic, 1, 0)])
        keys = []
        deadline = time.time() + 60
        while len(keys) < total and time.time() < deadline:
            message = consumer.poll(1)
            if message is not None and not message.error():
                keys.append(message.key().decode())
        time.sleep(1)
        extra = consumer.poll(1)
        consumer.close()
        assert extra is None or extra.error(), "more records than produced"
        assert len(keys) == len(set(keys)) == total
        for partition in (0, 1):
            numbers = [int(k.split("-")[1]) for k in keys if int(k.split("-")[1]) % 2 == partition]
            assert numbers == sorted(numbers), "per-partition order must hold across retries"
    finally:
        proxy.stop()
        assert cluster.stop() == 0
