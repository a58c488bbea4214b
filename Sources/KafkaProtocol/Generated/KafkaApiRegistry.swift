// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.

/// Every request type Apache Kafka defines, by API key.
public enum KafkaApiRegistry {
    public static let requestTypes: [Int16: any KafkaRequest.Type] = [
        0: ProduceRequest.self,
        1: FetchRequest.self,
        2: ListOffsetsRequest.self,
        3: MetadataRequest.self,
        4: LeaderAndIsrRequest.self,
        5: StopReplicaRequest.self,
        6: UpdateMetadataRequest.self,
        7: ControlledShutdownRequest.self,
        8: OffsetCommitRequest.self,
        9: OffsetFetchRequest.self,
        10: FindCoordinatorRequest.self,
        11: JoinGroupRequest.self,
        12: HeartbeatRequest.self,
        13: LeaveGroupRequest.self,
        14: SyncGroupRequest.self,
        15: DescribeGroupsRequest.self,
        16: ListGroupsRequest.self,
        17: SaslHandshakeRequest.self,
        18: ApiVersionsRequest.self,
        19: CreateTopicsRequest.self,
        20: DeleteTopicsRequest.self,
        21: DeleteRecordsRequest.self,
        22: InitProducerIdRequest.self,
        23: OffsetForLeaderEpochRequest.self,
        24: AddPartitionsToTxnRequest.self,
        25: AddOffsetsToTxnRequest.self,
        26: EndTxnRequest.self,
        27: WriteTxnMarkersRequest.self,
        28: TxnOffsetCommitRequest.self,
        29: DescribeAclsRequest.self,
        30: CreateAclsRequest.self,
        31: DeleteAclsRequest.self,
        32: DescribeConfigsRequest.self,
        33: AlterConfigsRequest.self,
        34: AlterReplicaLogDirsRequest.self,
        35: DescribeLogDirsRequest.self,
        36: SaslAuthenticateRequest.self,
        37: CreatePartitionsRequest.self,
        38: CreateDelegationTokenRequest.self,
        39: RenewDelegationTokenRequest.self,
        40: ExpireDelegationTokenRequest.self,
        41: DescribeDelegationTokenRequest.self,
        42: DeleteGroupsRequest.self,
        43: ElectLeadersRequest.self,
        44: IncrementalAlterConfigsRequest.self,
        45: AlterPartitionReassignmentsRequest.self,
        46: ListPartitionReassignmentsRequest.self,
        47: OffsetDeleteRequest.self,
        48: DescribeClientQuotasRequest.self,
        49: AlterClientQuotasRequest.self,
        50: DescribeUserScramCredentialsRequest.self,
        51: AlterUserScramCredentialsRequest.self,
        52: VoteRequest.self,
        53: BeginQuorumEpochRequest.self,
        54: EndQuorumEpochRequest.self,
        55: DescribeQuorumRequest.self,
        56: AlterPartitionRequest.self,
        57: UpdateFeaturesRequest.self,
        58: EnvelopeRequest.self,
        59: FetchSnapshotRequest.self,
        60: DescribeClusterRequest.self,
        61: DescribeProducersRequest.self,
        62: BrokerRegistrationRequest.self,
        63: BrokerHeartbeatRequest.self,
        64: UnregisterBrokerRequest.self,
        65: DescribeTransactionsRequest.self,
        66: ListTransactionsRequest.self,
        67: AllocateProducerIdsRequest.self,
        68: ConsumerGroupHeartbeatRequest.self,
        69: ConsumerGroupDescribeRequest.self,
        70: ControllerRegistrationRequest.self,
        71: GetTelemetrySubscriptionsRequest.self,
        72: PushTelemetryRequest.self,
        73: AssignReplicasToDirsRequest.self,
        74: ListClientMetricsResourcesRequest.self,
        75: DescribeTopicPartitionsRequest.self,
        76: ShareGroupHeartbeatRequest.self,
        77: ShareGroupDescribeRequest.self,
        78: ShareFetchRequest.self,
        79: ShareAcknowledgeRequest.self,
        80: AddRaftVoterRequest.self,
        81: RemoveRaftVoterRequest.self,
        82: UpdateRaftVoterRequest.self,
        83: InitializeShareGroupStateRequest.self,
        84: ReadShareGroupStateRequest.self,
        85: WriteShareGroupStateRequest.self,
        86: DeleteShareGroupStateRequest.self,
        87: ReadShareGroupStateSummaryRequest.self,
    ]

    /// The API's name, as Kafka spells it ("Produce"), for logs and errors.
    public static func name(of apiKey: Int16) -> String {
        switch apiKey {
        case 0: "Produce"
        case 1: "Fetch"
        case 2: "ListOffsets"
        case 3: "Metadata"
        case 4: "LeaderAndIsr"
        case 5: "StopReplica"
        case 6: "UpdateMetadata"
        case 7: "ControlledShutdown"
        case 8: "OffsetCommit"
        case 9: "OffsetFetch"
        case 10: "FindCoordinator"
        case 11: "JoinGroup"
        case 12: "Heartbeat"
        case 13: "LeaveGroup"
        case 14: "SyncGroup"
        case 15: "DescribeGroups"
        case 16: "ListGroups"
        case 17: "SaslHandshake"
        case 18: "ApiVersions"
        case 19: "CreateTopics"
        case 20: "DeleteTopics"
        case 21: "DeleteRecords"
        case 22: "InitProducerId"
        case 23: "OffsetForLeaderEpoch"
        case 24: "AddPartitionsToTxn"
        case 25: "AddOffsetsToTxn"
        case 26: "EndTxn"
        case 27: "WriteTxnMarkers"
        case 28: "TxnOffsetCommit"
        case 29: "DescribeAcls"
        case 30: "CreateAcls"
        case 31: "DeleteAcls"
        case 32: "DescribeConfigs"
        case 33: "AlterConfigs"
        case 34: "AlterReplicaLogDirs"
        case 35: "DescribeLogDirs"
        case 36: "SaslAuthenticate"
        case 37: "CreatePartitions"
        case 38: "CreateDelegationToken"
        case 39: "RenewDelegationToken"
        case 40: "ExpireDelegationToken"
        case 41: "DescribeDelegationToken"
        case 42: "DeleteGroups"
        case 43: "ElectLeaders"
        case 44: "IncrementalAlterConfigs"
        case 45: "AlterPartitionReassignments"
        case 46: "ListPartitionReassignments"
        case 47: "OffsetDelete"
        case 48: "DescribeClientQuotas"
        case 49: "AlterClientQuotas"
        case 50: "DescribeUserScramCredentials"
        case 51: "AlterUserScramCredentials"
        case 52: "Vote"
        case 53: "BeginQuorumEpoch"
        case 54: "EndQuorumEpoch"
        case 55: "DescribeQuorum"
        case 56: "AlterPartition"
        case 57: "UpdateFeatures"
        case 58: "Envelope"
        case 59: "FetchSnapshot"
        case 60: "DescribeCluster"
        case 61: "DescribeProducers"
        case 62: "BrokerRegistration"
        case 63: "BrokerHeartbeat"
        case 64: "UnregisterBroker"
        case 65: "DescribeTransactions"
        case 66: "ListTransactions"
        case 67: "AllocateProducerIds"
        case 68: "ConsumerGroupHeartbeat"
        case 69: "ConsumerGroupDescribe"
        case 70: "ControllerRegistration"
        case 71: "GetTelemetrySubscriptions"
        case 72: "PushTelemetry"
        case 73: "AssignReplicasToDirs"
        case 74: "ListClientMetricsResources"
        case 75: "DescribeTopicPartitions"
        case 76: "ShareGroupHeartbeat"
        case 77: "ShareGroupDescribe"
        case 78: "ShareFetch"
        case 79: "ShareAcknowledge"
        case 80: "AddRaftVoter"
        case 81: "RemoveRaftVoter"
        case 82: "UpdateRaftVoter"
        case 83: "InitializeShareGroupState"
        case 84: "ReadShareGroupState"
        case 85: "WriteShareGroupState"
        case 86: "DeleteShareGroupState"
        case 87: "ReadShareGroupStateSummary"
        default: "Unknown(\(apiKey))"
        }
    }
}
