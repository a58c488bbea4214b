"""A consume-transform-produce processor, exactly once: reads `input` (read_committed) in
group `group`, copies each record to `output`, and commits the input offsets in the same
transaction (send_offsets_to_transaction). Run until killed, or with --until-done, until the
group's committed offsets add up to N input records. Used by test_transactions.py, which kill -9s it."""
import sys

from confluent_kafka import Consumer, Producer, TopicPartition

bootstrap, source, target, group, transactional_id = sys.argv[1:6]
# --until-done N: exit once this (the group's only) member has copied through N records.
until = int(sys.argv[sys.argv.index("--until-done") + 1]) if "--until-done" in sys.argv else None
consumer = Consumer({
    "bootstrap.servers": bootstrap, "group.id": group, "isolation.level": "read_committed",
    "enable.auto.commit": False, "auto.offset.reset": "earliest",
    "session.timeout.ms": 6000, "heartbeat.interval.ms": 1000,
})
producer = Producer({"bootstrap.servers": bootstrap, "transactional.id": transactional_id, "linger.ms": 5})
producer.init_transactions(30)
consumer.subscribe([source])
idle = 0
while True:
    messages = [m for m in consumer.consume(50, 1.0) if not m.error()]
    if not messages:
        idle += 1
        if until is not None and idle >= 2:
            committed = consumer.committed(consumer.assignment(), 10)
            if sum(max(tp.offset, 0) for tp in committed) >= until:
                break
        continue
    idle = 0
    producer.begin_transaction()
    for message in messages:
        producer.produce(target, key=message.key(), value=message.value())
    producer.send_offsets_to_transaction(consumer.position(consumer.assignment()), consumer.consumer_group_metadata(), 30)
    producer.commit_transaction(30)
consumer.close()
