import ControlPlane

/// Why CreateTopics and CreatePartitions refuse replica assignments instead of ignoring them.
/// In Kafka an assignment names the brokers that hold a partition's replicas. In Fjord every
/// agent of the serving group can lead any partition, the leader is chosen per client (its
/// group and zone), and the object store keeps the copies: there is nothing to place, and
/// accepting an assignment that changes nothing would mislead the operator.
enum ManualAssignments {
    static func refusal(topic: String) -> ControlPlaneError {
        ControlPlaneError(
            .invalidReplicaAssignment,
            "topic '\(topic)': manual replica assignments are not supported; Fjord's agents serve every partition from the object store, "
                + "so give a partition count (any replication factor is accepted) instead"
        )
    }
}
