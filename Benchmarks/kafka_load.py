"""Produce load from librdkafka (confluent-kafka), as real clients send it: acks=all,
linger 5 ms, librdkafka's other defaults (--idempotent turns idempotence on, which caps
librdkafka at 5 requests in flight per connection). Saturated (--rate 0: as fast as the client's queue allows) or
paced (--rate N records/s). Prints one throughput line and one delivery-latency line, the
time from produce() to the delivery report.
--keys K gives each record one of K keys, picked at random (for compacted topics); --count N
stops after N records instead of --duration.
Usage: kafka_load.py BOOTSTRAP TOPIC [--rate 0] [--duration 10] [--count N] [--keys K] [--size 1024] [--label L] [--idempotent]"""
import argparse
import os
import random
import time

from confluent_kafka import KafkaException, Producer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bootstrap")
    parser.add_argument("topic")
    parser.add_argument("--rate", type=int, default=0)
    parser.add_argument("--duration", type=float, default=10)
    parser.add_argument("--size", type=int, default=1024)
    parser.add_argument("--label", default="confluent-kafka")
    parser.add_argument("--idempotent", action="store_true")
    parser.add_argument("--keys", type=int, default=0)
    parser.add_argument("--count", type=int, default=0)
    args = parser.parse_args()
    producer = Producer({"bootstrap.servers": args.bootstrap, "acks": "all", "enable.idempotence": args.idempotent, "linger.ms": 5,
                         "queue.buffering.max.messages": 200000, "queue.buffering.max.kbytes": 262144})
    value = os.urandom(args.size)
    latencies, failed = [], [0]

    def delivered(err, msg, sent):
        if err:
            failed[0] += 1
        else:
            latencies.append(time.monotonic() - sent)

    start = time.monotonic()
    sent = 0
    while (sent < args.count) if args.count else (time.monotonic() - start < args.duration):
        if args.rate:
            due = start + sent / args.rate
            if due > time.monotonic():
                producer.poll(max(0.0, due - time.monotonic()))
                continue
        now = time.monotonic()
        try:
            key = b"key-%d" % random.randrange(args.keys) if args.keys else None
            producer.produce(args.topic, value, key=key, on_delivery=lambda err, msg, now=now: delivered(err, msg, now))
            sent += 1
        except (BufferError, KafkaException):
            producer.poll(0.005)
            continue
        producer.poll(0)
    producer.flush(60)
    elapsed = time.monotonic() - start
    latencies.sort()
    pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000 if latencies else float("nan")
    print(f"{args.label}: produced {len(latencies)} records ({failed[0]} failed) in {elapsed:.2f} s: "
          f"{len(latencies) / elapsed:.0f} rec/s, {len(latencies) * args.size / elapsed / 2**20:.2f} MiB/s")
    print(f"{args.label}: delivery latency: p50 {pick(0.5):.1f} ms, p99 {pick(0.99):.1f} ms, p999 {pick(0.999):.1f} ms")


main()
