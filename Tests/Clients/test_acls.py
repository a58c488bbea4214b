"""ACLs managed through the Kafka API (issue 12): CreateAcls, DescribeAcls and DeleteAcls from
confluent-kafka and kafka-python round-trip; a deny binding made this way refuses the client it
names, on every agent; bindings survive a restart. On a playground (no policy file) Kafka's
allow-if-no-ACL-found applies; on a cluster with a policy they add to its statements, a deny
winning, and a policy can turn them off, which the API then says, naming the setting."""
import os
import subprocess
import tempfile
import time

import pytest
from confluent_kafka import KafkaError, KafkaException, Producer
from confluent_kafka.admin import (AclBinding, AclBindingFilter, AclOperation, AclPermissionType, AdminClient, NewTopic,
                                   ResourcePatternType, ResourceType)

from cluster import Cluster, binary, requires_services
from conftest import Playground, unique

ANY = AclBindingFilter(ResourceType.ANY, None, ResourcePatternType.ANY, None, None, AclOperation.ANY, AclPermissionType.ANY)


def binding(name, principal, operation, permission, pattern=ResourcePatternType.LITERAL, resource=ResourceType.TOPIC, host="*"):
    return AclBinding(resource, name, pattern, principal, host, operation, permission)


def create(admin, bindings):
    """Each binding's outcome: None, or the KafkaError it was refused with."""
    outcomes = {}
    for made, future in admin.create_acls(bindings).items():
        try:
            outcomes[made] = future.result(15)
        except KafkaException as error:
            outcomes[made] = error.args[0]
    return outcomes


def delivery_errors(config, topic, count=3):
    errors = []
    producer = Producer({**config, "linger.ms": 0, "message.timeout.ms": 10000, "retries": 0})
    for index in range(count):
        producer.produce(topic, value=b"v%d" % index, on_delivery=lambda error, message: errors.append(error))
    producer.flush(20)
    return errors


def test_acls_round_trip_and_a_deny_binding_refuses_the_client_it_names_on_every_agent():
    playground = Playground(agents=2)
    try:
        agent = [{"bootstrap.servers": f"127.0.0.1:{playground.port + index}"} for index in range(2)]
        admin = AdminClient(agent[0])
        closed, open_topic = unique("closed"), unique("open")
        for topic in (closed, open_topic):
            admin.create_topics([NewTopic(topic, 1, 1)])[topic].result(15)
        allow = binding(open_topic, "User:bob", AclOperation.READ, AclPermissionType.ALLOW)
        # A client that did not authenticate is Kafka's User:ANONYMOUS.
        deny = binding(closed, "User:ANONYMOUS", AclOperation.WRITE, AclPermissionType.DENY, pattern=ResourcePatternType.PREFIXED)
        by_host = binding(open_topic, "User:bob", AclOperation.READ, AclPermissionType.ALLOW, host="10.0.0.7")
        outcomes = create(admin, [allow, deny, by_host])
        assert outcomes[allow] is None and outcomes[deny] is None
        assert outcomes[by_host].code() == KafkaError.INVALID_REQUEST and "host must be '*'" in outcomes[by_host].str()

        assert set(admin.describe_acls(ANY).result(15)) == {allow, deny}
        only_denies = AclBindingFilter(ResourceType.ANY, None, ResourcePatternType.ANY, None, None, AclOperation.ANY, AclPermissionType.DENY)
        assert admin.describe_acls(only_denies).result(15) == [deny]

        # The deny applies through the other agent too, at once (the playground's agents share it).
        errors = delivery_errors(agent[1], closed)
        assert [error.code() if error else None for error in errors] == [KafkaError.TOPIC_AUTHORIZATION_FAILED] * 3
        # No binding names another topic: the playground leaves it open.
        assert delivery_errors(agent[0], unique("unnamed")) == [None] * 3

        # The bindings survive a restart on the same data directory.
        assert playground.stop() == 0
        playground = Playground(agents=2, data=playground.data)
        agent = [{"bootstrap.servers": f"127.0.0.1:{playground.port + index}"} for index in range(2)]
        admin = AdminClient(agent[1])
        assert set(admin.describe_acls(ANY).result(15)) == {allow, deny}
        assert delivery_errors(agent[0], closed, 1)[0].code() == KafkaError.TOPIC_AUTHORIZATION_FAILED

        # DeleteAcls lists what it deleted; then the topic takes writes again.
        match_closed = AclBindingFilter(ResourceType.TOPIC, closed, ResourcePatternType.MATCH, None, None, AclOperation.ANY, AclPermissionType.ANY)
        deleted = {filter_: future.result(15) for filter_, future in admin.delete_acls([match_closed]).items()}
        assert deleted == {match_closed: [deny]}
        assert admin.describe_acls(ANY).result(15) == [allow]
        assert delivery_errors(agent[0], closed, 1) == [None]
        log = open(os.path.join(playground.data, "playground.log")).read()
        assert "created API-managed ACL #" in log and "deleted API-managed ACL #" in log

        history = subprocess.run([binary(), "policy", "history", "--data-dir", playground.data], capture_output=True, text=True, timeout=30)
        assert history.returncode == 0, history.stderr
        lines = [line for line in history.stdout.splitlines() if line.startswith("#")]
        assert len(lines) == 2 and "deleted" in lines[1] and "DENY User:ANONYMOUS WRITE on TOPIC PREFIXED" in lines[1], history.stdout
    finally:
        playground.stop()


def test_an_operator_undoes_a_binding_that_locked_every_client_out():
    """A deny of ALTER on the cluster for User:* leaves no client able to change ACLs; the
    operator deletes it in the store with `fjord acls delete`, and the agents pick that up."""
    playground = Playground(agents=1)
    try:
        admin = AdminClient({"bootstrap.servers": playground.bootstrap})
        lockout = binding("kafka-cluster", "User:*", AclOperation.ALTER, AclPermissionType.DENY, resource=ResourceType.BROKER)
        assert create(admin, [lockout]) == {lockout: None}
        probe = binding(unique("t"), "User:bob", AclOperation.READ, AclPermissionType.ALLOW)
        assert create(admin, [probe])[probe].code() == KafkaError.CLUSTER_AUTHORIZATION_FAILED

        listing = subprocess.run([binary(), "acls", "list", "--data-dir", playground.data], capture_output=True, text=True, timeout=30)
        assert listing.returncode == 0 and "DENY User:* ALTER on CLUSTER LITERAL 'kafka-cluster'" in listing.stdout, listing
        number = listing.stdout.split()[0].lstrip("#")
        missing = subprocess.run([binary(), "acls", "delete", "--data-dir", playground.data, "--id", "999"], capture_output=True, text=True, timeout=30)
        assert missing.returncode != 0 and "#999" in missing.stderr
        deleted = subprocess.run([binary(), "acls", "delete", "--data-dir", playground.data, "--id", number, "--deleted-by", "ops"],
                                 capture_output=True, text=True, timeout=30)
        assert deleted.returncode == 0 and f"deleted #{number}" in deleted.stdout, deleted

        deadline = time.time() + 10  # the playground rereads the version every 2 s
        while True:
            outcome = create(admin, [probe])[probe]
            if outcome is None or time.time() > deadline:
                break
            time.sleep(0.5)
        assert outcome is None
        history = subprocess.run([binary(), "policy", "history", "--data-dir", playground.data], capture_output=True, text=True, timeout=30).stdout
        assert "by ops (fjord acls delete)" in history, history
    finally:
        assert playground.stop() == 0


def test_kafka_python_creates_describes_and_deletes_acls(playground):
    from kafka.admin import ACL, ACLFilter, ACLOperation, ACLPermissionType, KafkaAdminClient, ResourcePattern, ResourcePatternFilter
    from kafka.admin import ResourceType as KResourceType, ACLResourcePatternType
    admin = KafkaAdminClient(bootstrap_servers=playground.bootstrap, request_timeout_ms=15000)
    try:
        group = unique("readers")
        acl = ACL(principal="User:carol", host="*", operation=ACLOperation.READ, permission_type=ACLPermissionType.ALLOW,
                  resource_pattern=ResourcePattern(KResourceType.GROUP, group, ACLResourcePatternType.LITERAL))
        result = admin.create_acls([acl])
        assert result["failed"] == [] and len(result["succeeded"]) == 1
        described, error = admin.describe_acls(ACLFilter(principal=None, host="*", operation=ACLOperation.ANY,
                                                         permission_type=ACLPermissionType.ANY,
                                                         resource_pattern=ResourcePatternFilter(KResourceType.GROUP, group, ACLResourcePatternType.LITERAL)))
        assert error.errno == 0 and [(a.principal, a.operation) for a in described] == [("User:carol", ACLOperation.READ)]
        deleted = admin.delete_acls([ACLFilter(principal="User:carol", host="*", operation=ACLOperation.ANY, permission_type=ACLPermissionType.ANY,
                                               resource_pattern=ResourcePatternFilter(KResourceType.ANY, None, ACLResourcePatternType.ANY))])
        [(_, matched, error)] = deleted
        assert error.errno == 0 and [a.principal for a in matched] == ["User:carol"]
    finally:
        admin.close()


POLICY = """
cluster: {name: acls, bucket: fjord-test, prefix: acls/}
groups:
  - {name: prod, roles: [produce, fetch, jobs], coordinates_consumer_groups: true}
rules:
  - {name: everyone, serve: prod}
acls:
  - {effect: allow, principals: ["User:alice"], operations: [all], topics: "*", groups: "*"}
  - {effect: allow, principals: ["User:alice"], operations: [describe_users, alter_users, describe_acls, alter_acls]}
  - {effect: allow, principals: ["User:bob"], operations: [describe, produce], topics: {prefix: "bob."}}
"""

PASSWORDS = {"alice": "alice-secret", "bob": "bob-secret"}


@pytest.fixture(scope="module")
def secure():
    scratch = tempfile.mkdtemp(prefix="fjord-acls-")
    path = os.path.join(scratch, "acls.yaml")
    open(path, "w").write(POLICY)
    cluster = Cluster(replicas=1, agents=2, policy=path, sasl=True)
    cluster.create_users(PASSWORDS)
    cluster.wait_for_agents(2)
    cluster.policy_file = path
    yield cluster
    assert all(code == 0 for code in cluster.stop())


def sasl(cluster, user, index=0):
    return {"bootstrap.servers": cluster.sasl_bootstrap(index), "security.protocol": "SASL_SSL", "ssl.ca.location": cluster.kafka_cert,
            "sasl.mechanism": "SCRAM-SHA-512", "sasl.username": user, "sasl.password": PASSWORDS[user]}


@requires_services
def test_with_a_policy_an_api_made_deny_wins_and_only_alter_acls_may_change_them(secure):
    alice = AdminClient(sasl(secure, "alice", 0))
    secret, fine = unique("bob.secret"), unique("bob.fine")
    for topic in (secret, fine):
        alice.create_topics([NewTopic(topic, 1, 1)])[topic].result(15)
    assert delivery_errors(sasl(secure, "bob", 1), secret, 1) == [None]

    # bob may produce to bob.* under the file; alice's API-made deny takes that topic back.
    deny = binding(secret, "User:bob", AclOperation.WRITE, AclPermissionType.DENY)
    assert create(alice, [deny]) == {deny: None}
    deadline = time.time() + 10  # the other agent learns of it with a heartbeat it is asked for at once
    while True:
        errors = delivery_errors(sasl(secure, "bob", 1), secret, 1)
        if errors[0] is not None or time.time() > deadline:
            break
        time.sleep(0.5)
    assert errors[0].code() == KafkaError.TOPIC_AUTHORIZATION_FAILED
    assert delivery_errors(sasl(secure, "bob", 1), fine, 1) == [None]

    # bob has no alter_acls: his CreateAcls is refused with Kafka's code.
    bob = AdminClient(sasl(secure, "bob", 0))
    sneaky = binding(secret, "User:bob", AclOperation.WRITE, AclPermissionType.ALLOW)
    assert create(bob, [sneaky])[sneaky].code() == KafkaError.CLUSTER_AUTHORIZATION_FAILED

    # DescribeAcls lists the file's bindings and the API-made one.
    listed = alice.describe_acls(ANY).result(15)
    assert deny in listed and binding("bob.", "User:bob", AclOperation.WRITE, AclPermissionType.ALLOW, ResourcePatternType.PREFIXED) in listed

    # explain and history mark it as API-managed.
    explain = subprocess.run([binary(), "policy", "explain", secure.policy_file, "--client-id", "x", "--principal", "User:bob",
                              "--operation", "produce", "--topic", secret, "--postgres", secure.postgres], capture_output=True, text=True, timeout=30)
    assert explain.returncode == 0, explain.stderr
    assert "DENIED" in explain.stdout and "[API-managed]" in explain.stdout and "1 API-managed bindings" in explain.stdout, explain.stdout
    history = subprocess.run([binary(), "policy", "history", "--postgres", secure.postgres], capture_output=True, text=True, timeout=30).stdout
    assert "API-managed ACLs" in history and f"DENY User:bob WRITE on TOPIC LITERAL '{secret}'" in history and "by User:alice" in history, history

    # A binding the file makes cannot be deleted through the API (ACLHandlerTests checks the
    # POLICY_VIOLATION each such binding comes back with, which these clients do not show);
    # the API-made one the same filter matches is deleted.
    bobs = AclBindingFilter(ResourceType.ANY, None, ResourcePatternType.ANY, "User:bob", None, AclOperation.ANY, AclPermissionType.ANY)
    list(alice.delete_acls([bobs]).values())[0].result(15)
    listed = alice.describe_acls(ANY).result(15)
    assert deny not in listed
    assert binding("bob.", "User:bob", AclOperation.WRITE, AclPermissionType.ALLOW, ResourcePatternType.PREFIXED) in listed


@requires_services
def test_a_policy_that_turns_api_managed_acls_off_is_named_in_the_refusal(secure):
    off = os.path.join(os.path.dirname(secure.policy_file), "off.yaml")
    open(off, "w").write(POLICY + "api_managed_acls: false\n")
    apply = subprocess.run([binary(), "policy", "apply", off, "--postgres", secure.postgres], capture_output=True, text=True, timeout=30)
    assert apply.returncode == 0, apply.stderr
    try:
        alice = AdminClient(sasl(secure, "alice", 0))
        wanted = binding(unique("bob.x"), "User:bob", AclOperation.READ, AclPermissionType.ALLOW)
        deadline = time.time() + 15
        while True:  # the agents enforce the new version within seconds
            outcome = create(alice, [wanted])[wanted]
            if outcome is not None or time.time() > deadline:
                break
            try:  # an agent still on the old version took the create: undo it, and ask again
                list(alice.delete_acls([AclBindingFilter(ResourceType.TOPIC, wanted.name, ResourcePatternType.LITERAL, None, None,
                                                         AclOperation.ANY, AclPermissionType.ANY)]).values())[0].result(15)
            except KafkaException as refused:  # the agent asked has the new version already
                assert refused.args[0].code() == KafkaError.SECURITY_DISABLED, refused
            time.sleep(0.5)
        assert outcome.code() == KafkaError.SECURITY_DISABLED
        assert "'api_managed_acls: false' at " in outcome.str() and "off.yaml:" in outcome.str(), outcome.str()
    finally:
        subprocess.run([binary(), "policy", "apply", secure.policy_file, "--postgres", secure.postgres], check=True, capture_output=True, timeout=30)
