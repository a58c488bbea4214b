"""Consumes a topic from the start with librdkafka (confluent-kafka) until COUNT records have
arrived, and prints the throughput: the consume half of the CPU-per-GiB figure.
Usage: kafka_drain.py BOOTSTRAP TOPIC COUNT [--label L] [--timeout 120]"""
import argparse
import time
import uuid

from confluent_kafka import Consumer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bootstrap")
    parser.add_argument("topic")
    parser.add_argument("count", type=int)
    parser.add_argument("--label", default="confluent-kafka")
    parser.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args()
    consumer = Consumer({"bootstrap.servers": args.bootstrap, "group.id": f"drain-{uuid.uuid4()}", "auto.offset.reset": "earliest",
                         "enable.auto.commit": False, "fetch.max.bytes": 52428800, "max.partition.fetch.bytes": 8388608})
    consumer.subscribe([args.topic])
    records = size = 0
    start = time.monotonic()
    while records < args.count and time.monotonic() - start < args.timeout:
        for message in consumer.consume(10000, 1.0):
            if message.error() is None:
                records += 1
                size += len(message.value())
    elapsed = time.monotonic() - start
    consumer.close()
    print(f"{args.label}: consumed {records} of {args.count} records in {elapsed:.2f} s: {size / elapsed / 2**20:.2f} MiB/s")


main()
