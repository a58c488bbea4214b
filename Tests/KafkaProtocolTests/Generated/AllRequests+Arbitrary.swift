// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
@testable import KafkaProtocol

/// Random-value builders for every request and its response, for the round-trip tests.
let allArbitraryMessages: [any ArbitraryMessage.Type] = [
    ProduceRequest.self,
    ProduceResponse.self,
    FetchRequest.self,
    FetchResponse.self,
    ListOffsetsRequest.self,
    ListOffsetsResponse.self,
    MetadataRequest.self,
    MetadataResponse.self,
    LeaderAndIsrRequest.self,
    LeaderAndIsrResponse.self,
    StopReplicaRequest.self,
    StopReplicaResponse.self,
    UpdateMetadataRequest.self,
    UpdateMetadataResponse.self,
    ControlledShutdownRequest.self,
    ControlledShutdownResponse.self,
    OffsetCommitRequest.self,
    OffsetCommitResponse.self,
    OffsetFetchRequest.self,
    OffsetFetchResponse.self,
    FindCoordinatorRequest.self,
    FindCoordinatorResponse.self,
    JoinGroupRequest.self,
    JoinGroupResponse.self,
    HeartbeatRequest.self,
    HeartbeatResponse.self,
    LeaveGroupRequest.self,
    LeaveGroupResponse.self,
    SyncGroupRequest.self,
    SyncGroupResponse.self,
    DescribeGroupsRequest.self,
    DescribeGroupsResponse.self,
    ListGroupsRequest.self,
    ListGroupsResponse.self,
    SaslHandshakeRequest.self,
    SaslHandshakeResponse.self,
    ApiVersionsRequest.self,
    ApiVersionsResponse.self,
    CreateTopicsRequest.self,
    CreateTopicsResponse.self,
    DeleteTopicsRequest.self,
    DeleteTopicsResponse.self,
    DeleteRecordsRequest.self,
    DeleteRecordsResponse.self,
    InitProducerIdRequest.self,
    InitProducerIdResponse.self,
    OffsetForLeaderEpochRequest.self,
    OffsetForLeaderEpochResponse.self,
    AddPartitionsToTxnRequest.self,
    AddPartitionsToTxnResponse.self,
    AddOffsetsToTxnRequest.self,
    AddOffsetsToTxnResponse.self,
    EndTxnRequest.self,
    EndTxnResponse.self,
    WriteTxnMarkersRequest.self,
    WriteTxnMarkersResponse.self,
    TxnOffsetCommitRequest.self,
    TxnOffsetCommitResponse.self,
    DescribeAclsRequest.self,
    DescribeAclsResponse.self,
    CreateAclsRequest.self,
    CreateAclsResponse.self,
    DeleteAclsRequest.self,
    DeleteAclsResponse.self,
    DescribeConfigsRequest.self,
    DescribeConfigsResponse.self,
    AlterConfigsRequest.self,
    AlterConfigsResponse.self,
    AlterReplicaLogDirsRequest.self,
    AlterReplicaLogDirsResponse.self,
    DescribeLogDirsRequest.self,
    DescribeLogDirsResponse.self,
    SaslAuthenticateRequest.self,
    SaslAuthenticateResponse.self,
    CreatePartitionsRequest.self,
    CreatePartitionsResponse.self,
    CreateDelegationTokenRequest.self,
    CreateDelegationTokenResponse.self,
    RenewDelegationTokenRequest.self,
    RenewDelegationTokenResponse.self,
    ExpireDelegationTokenRequest.self,
    ExpireDelegationTokenResponse.self,
    DescribeDelegationTokenRequest.self,
    DescribeDelegationTokenResponse.self,
    DeleteGroupsRequest.self,
    DeleteGroupsResponse.self,
    ElectLeadersRequest.self,
    ElectLeadersResponse.self,
    IncrementalAlterConfigsRequest.self,
    IncrementalAlterConfigsResponse.self,
    AlterPartitionReassignmentsRequest.self,
    AlterPartitionReassignmentsResponse.self,
    ListPartitionReassignmentsRequest.self,
    ListPartitionReassignmentsResponse.self,
    OffsetDeleteRequest.self,
    OffsetDeleteResponse.self,
    DescribeClientQuotasRequest.self,
    DescribeClientQuotasResponse.self,
    AlterClientQuotasRequest.self,
    AlterClientQuotasResponse.self,
    DescribeUserScramCredentialsRequest.self,
    DescribeUserScramCredentialsResponse.self,
    AlterUserScramCredentialsRequest.self,
    AlterUserScramCredentialsResponse.self,
    VoteRequest.self,
    VoteResponse.self,
    BeginQuorumEpochRequest.self,
    BeginQuorumEpochResponse.self,
    EndQuorumEpochRequest.self,
    EndQuorumEpochResponse.self,
    DescribeQuorumRequest.self,
    DescribeQuorumResponse.self,
    AlterPartitionRequest.self,
    AlterPartitionResponse.self,
    UpdateFeaturesRequest.self,
    UpdateFeaturesResponse.self,
    EnvelopeRequest.self,
    EnvelopeResponse.self,
    FetchSnapshotRequest.self,
    FetchSnapshotResponse.self,
    DescribeClusterRequest.self,
    DescribeClusterResponse.self,
    DescribeProducersRequest.self,
    DescribeProducersResponse.self,
    BrokerRegistrationRequest.self,
    BrokerRegistrationResponse.self,
    BrokerHeartbeatRequest.self,
    BrokerHeartbeatResponse.self,
    UnregisterBrokerRequest.self,
    UnregisterBrokerResponse.self,
    DescribeTransactionsRequest.self,
    DescribeTransactionsResponse.self,
    ListTransactionsRequest.self,
    ListTransactionsResponse.self,
    AllocateProducerIdsRequest.self,
    AllocateProducerIdsResponse.self,
    ConsumerGroupHeartbeatRequest.self,
    ConsumerGroupHeartbeatResponse.self,
    ConsumerGroupDescribeRequest.self,
    ConsumerGroupDescribeResponse.self,
    ControllerRegistrationRequest.self,
    ControllerRegistrationResponse.self,
    GetTelemetrySubscriptionsRequest.self,
    GetTelemetrySubscriptionsResponse.self,
    PushTelemetryRequest.self,
    PushTelemetryResponse.self,
    AssignReplicasToDirsRequest.self,
    AssignReplicasToDirsResponse.self,
    ListClientMetricsResourcesRequest.self,
    ListClientMetricsResourcesResponse.self,
    DescribeTopicPartitionsRequest.self,
    DescribeTopicPartitionsResponse.self,
    ShareGroupHeartbeatRequest.self,
    ShareGroupHeartbeatResponse.self,
    ShareGroupDescribeRequest.self,
    ShareGroupDescribeResponse.self,
    ShareFetchRequest.self,
    ShareFetchResponse.self,
    ShareAcknowledgeRequest.self,
    ShareAcknowledgeResponse.self,
    AddRaftVoterRequest.self,
    AddRaftVoterResponse.self,
    RemoveRaftVoterRequest.self,
    RemoveRaftVoterResponse.self,
    UpdateRaftVoterRequest.self,
    UpdateRaftVoterResponse.self,
    InitializeShareGroupStateRequest.self,
    InitializeShareGroupStateResponse.self,
    ReadShareGroupStateRequest.self,
    ReadShareGroupStateResponse.self,
    WriteShareGroupStateRequest.self,
    WriteShareGroupStateResponse.self,
    DeleteShareGroupStateRequest.self,
    DeleteShareGroupStateResponse.self,
    ReadShareGroupStateSummaryRequest.self,
    ReadShareGroupStateSummaryResponse.self,
    RequestHeader.self,
    ResponseHeader.self,
]

extension ProduceRequest: ArbitraryMessage {}
extension ProduceResponse: ArbitraryMessage {}
extension FetchRequest: ArbitraryMessage {}
extension FetchResponse: ArbitraryMessage {}
extension ListOffsetsRequest: ArbitraryMessage {}
extension ListOffsetsResponse: ArbitraryMessage {}
extension MetadataRequest: ArbitraryMessage {}
extension MetadataResponse: ArbitraryMessage {}
extension LeaderAndIsrRequest: ArbitraryMessage {}
extension LeaderAndIsrResponse: ArbitraryMessage {}
extension StopReplicaRequest: ArbitraryMessage {}
extension StopReplicaResponse: ArbitraryMessage {}
extension UpdateMetadataRequest: ArbitraryMessage {}
extension UpdateMetadataResponse: ArbitraryMessage {}
extension ControlledShutdownRequest: ArbitraryMessage {}
extension ControlledShutdownResponse: ArbitraryMessage {}
extension OffsetCommitRequest: ArbitraryMessage {}
extension OffsetCommitResponse: ArbitraryMessage {}
extension OffsetFetchRequest: ArbitraryMessage {}
extension OffsetFetchResponse: ArbitraryMessage {}
extension FindCoordinatorRequest: ArbitraryMessage {}
extension FindCoordinatorResponse: ArbitraryMessage {}
extension JoinGroupRequest: ArbitraryMessage {}
extension JoinGroupResponse: ArbitraryMessage {}
extension HeartbeatRequest: ArbitraryMessage {}
extension HeartbeatResponse: ArbitraryMessage {}
extension LeaveGroupRequest: ArbitraryMessage {}
extension LeaveGroupResponse: ArbitraryMessage {}
extension SyncGroupRequest: ArbitraryMessage {}
extension SyncGroupResponse: ArbitraryMessage {}
extension DescribeGroupsRequest: ArbitraryMessage {}
extension DescribeGroupsResponse: ArbitraryMessage {}
extension ListGroupsRequest: ArbitraryMessage {}
extension ListGroupsResponse: ArbitraryMessage {}
extension SaslHandshakeRequest: ArbitraryMessage {}
extension SaslHandshakeResponse: ArbitraryMessage {}
extension ApiVersionsRequest: ArbitraryMessage {}
extension ApiVersionsResponse: ArbitraryMessage {}
extension CreateTopicsRequest: ArbitraryMessage {}
extension CreateTopicsResponse: ArbitraryMessage {}
extension DeleteTopicsRequest: ArbitraryMessage {}
extension DeleteTopicsResponse: ArbitraryMessage {}
extension DeleteRecordsRequest: ArbitraryMessage {}
extension DeleteRecordsResponse: ArbitraryMessage {}
extension InitProducerIdRequest: ArbitraryMessage {}
extension InitProducerIdResponse: ArbitraryMessage {}
extension OffsetForLeaderEpochRequest: ArbitraryMessage {}
extension OffsetForLeaderEpochResponse: ArbitraryMessage {}
extension AddPartitionsToTxnRequest: ArbitraryMessage {}
extension AddPartitionsToTxnResponse: ArbitraryMessage {}
extension AddOffsetsToTxnRequest: ArbitraryMessage {}
extension AddOffsetsToTxnResponse: ArbitraryMessage {}
extension EndTxnRequest: ArbitraryMessage {}
extension EndTxnResponse: ArbitraryMessage {}
extension WriteTxnMarkersRequest: ArbitraryMessage {}
extension WriteTxnMarkersResponse: ArbitraryMessage {}
extension TxnOffsetCommitRequest: ArbitraryMessage {}
extension TxnOffsetCommitResponse: ArbitraryMessage {}
extension DescribeAclsRequest: ArbitraryMessage {}
extension DescribeAclsResponse: ArbitraryMessage {}
extension CreateAclsRequest: ArbitraryMessage {}
extension CreateAclsResponse: ArbitraryMessage {}
extension DeleteAclsRequest: ArbitraryMessage {}
extension DeleteAclsResponse: ArbitraryMessage {}
extension DescribeConfigsRequest: ArbitraryMessage {}
extension DescribeConfigsResponse: ArbitraryMessage {}
extension AlterConfigsRequest: ArbitraryMessage {}
extension AlterConfigsResponse: ArbitraryMessage {}
extension AlterReplicaLogDirsRequest: ArbitraryMessage {}
extension AlterReplicaLogDirsResponse: ArbitraryMessage {}
extension DescribeLogDirsRequest: ArbitraryMessage {}
extension DescribeLogDirsResponse: ArbitraryMessage {}
extension SaslAuthenticateRequest: ArbitraryMessage {}
extension SaslAuthenticateResponse: ArbitraryMessage {}
extension CreatePartitionsRequest: ArbitraryMessage {}
extension CreatePartitionsResponse: ArbitraryMessage {}
extension CreateDelegationTokenRequest: ArbitraryMessage {}
extension CreateDelegationTokenResponse: ArbitraryMessage {}
extension RenewDelegationTokenRequest: ArbitraryMessage {}
extension RenewDelegationTokenResponse: ArbitraryMessage {}
extension ExpireDelegationTokenRequest: ArbitraryMessage {}
extension ExpireDelegationTokenResponse: ArbitraryMessage {}
extension DescribeDelegationTokenRequest: ArbitraryMessage {}
extension DescribeDelegationTokenResponse: ArbitraryMessage {}
extension DeleteGroupsRequest: ArbitraryMessage {}
extension DeleteGroupsResponse: ArbitraryMessage {}
extension ElectLeadersRequest: ArbitraryMessage {}
extension ElectLeadersResponse: ArbitraryMessage {}
extension IncrementalAlterConfigsRequest: ArbitraryMessage {}
extension IncrementalAlterConfigsResponse: ArbitraryMessage {}
extension AlterPartitionReassignmentsRequest: ArbitraryMessage {}
extension AlterPartitionReassignmentsResponse: ArbitraryMessage {}
extension ListPartitionReassignmentsRequest: ArbitraryMessage {}
extension ListPartitionReassignmentsResponse: ArbitraryMessage {}
extension OffsetDeleteRequest: ArbitraryMessage {}
extension OffsetDeleteResponse: ArbitraryMessage {}
extension DescribeClientQuotasRequest: ArbitraryMessage {}
extension DescribeClientQuotasResponse: ArbitraryMessage {}
extension AlterClientQuotasRequest: ArbitraryMessage {}
extension AlterClientQuotasResponse: ArbitraryMessage {}
extension DescribeUserScramCredentialsRequest: ArbitraryMessage {}
extension DescribeUserScramCredentialsResponse: ArbitraryMessage {}
extension AlterUserScramCredentialsRequest: ArbitraryMessage {}
extension AlterUserScramCredentialsResponse: ArbitraryMessage {}
extension VoteRequest: ArbitraryMessage {}
extension VoteResponse: ArbitraryMessage {}
extension BeginQuorumEpochRequest: ArbitraryMessage {}
extension BeginQuorumEpochResponse: ArbitraryMessage {}
extension EndQuorumEpochRequest: ArbitraryMessage {}
extension EndQuorumEpochResponse: ArbitraryMessage {}
extension DescribeQuorumRequest: ArbitraryMessage {}
extension DescribeQuorumResponse: ArbitraryMessage {}
extension AlterPartitionRequest: ArbitraryMessage {}
extension AlterPartitionResponse: ArbitraryMessage {}
extension UpdateFeaturesRequest: ArbitraryMessage {}
extension UpdateFeaturesResponse: ArbitraryMessage {}
extension EnvelopeRequest: ArbitraryMessage {}
extension EnvelopeResponse: ArbitraryMessage {}
extension FetchSnapshotRequest: ArbitraryMessage {}
extension FetchSnapshotResponse: ArbitraryMessage {}
extension DescribeClusterRequest: ArbitraryMessage {}
extension DescribeClusterResponse: ArbitraryMessage {}
extension DescribeProducersRequest: ArbitraryMessage {}
extension DescribeProducersResponse: ArbitraryMessage {}
extension BrokerRegistrationRequest: ArbitraryMessage {}
extension BrokerRegistrationResponse: ArbitraryMessage {}
extension BrokerHeartbeatRequest: ArbitraryMessage {}
extension BrokerHeartbeatResponse: ArbitraryMessage {}
extension UnregisterBrokerRequest: ArbitraryMessage {}
extension UnregisterBrokerResponse: ArbitraryMessage {}
extension DescribeTransactionsRequest: ArbitraryMessage {}
extension DescribeTransactionsResponse: ArbitraryMessage {}
extension ListTransactionsRequest: ArbitraryMessage {}
extension ListTransactionsResponse: ArbitraryMessage {}
extension AllocateProducerIdsRequest: ArbitraryMessage {}
extension AllocateProducerIdsResponse: ArbitraryMessage {}
extension ConsumerGroupHeartbeatRequest: ArbitraryMessage {}
extension ConsumerGroupHeartbeatResponse: ArbitraryMessage {}
extension ConsumerGroupDescribeRequest: ArbitraryMessage {}
extension ConsumerGroupDescribeResponse: ArbitraryMessage {}
extension ControllerRegistrationRequest: ArbitraryMessage {}
extension ControllerRegistrationResponse: ArbitraryMessage {}
extension GetTelemetrySubscriptionsRequest: ArbitraryMessage {}
extension GetTelemetrySubscriptionsResponse: ArbitraryMessage {}
extension PushTelemetryRequest: ArbitraryMessage {}
extension PushTelemetryResponse: ArbitraryMessage {}
extension AssignReplicasToDirsRequest: ArbitraryMessage {}
extension AssignReplicasToDirsResponse: ArbitraryMessage {}
extension ListClientMetricsResourcesRequest: ArbitraryMessage {}
extension ListClientMetricsResourcesResponse: ArbitraryMessage {}
extension DescribeTopicPartitionsRequest: ArbitraryMessage {}
extension DescribeTopicPartitionsResponse: ArbitraryMessage {}
extension ShareGroupHeartbeatRequest: ArbitraryMessage {}
extension ShareGroupHeartbeatResponse: ArbitraryMessage {}
extension ShareGroupDescribeRequest: ArbitraryMessage {}
extension ShareGroupDescribeResponse: ArbitraryMessage {}
extension ShareFetchRequest: ArbitraryMessage {}
extension ShareFetchResponse: ArbitraryMessage {}
extension ShareAcknowledgeRequest: ArbitraryMessage {}
extension ShareAcknowledgeResponse: ArbitraryMessage {}
extension AddRaftVoterRequest: ArbitraryMessage {}
extension AddRaftVoterResponse: ArbitraryMessage {}
extension RemoveRaftVoterRequest: ArbitraryMessage {}
extension RemoveRaftVoterResponse: ArbitraryMessage {}
extension UpdateRaftVoterRequest: ArbitraryMessage {}
extension UpdateRaftVoterResponse: ArbitraryMessage {}
extension InitializeShareGroupStateRequest: ArbitraryMessage {}
extension InitializeShareGroupStateResponse: ArbitraryMessage {}
extension ReadShareGroupStateRequest: ArbitraryMessage {}
extension ReadShareGroupStateResponse: ArbitraryMessage {}
extension WriteShareGroupStateRequest: ArbitraryMessage {}
extension WriteShareGroupStateResponse: ArbitraryMessage {}
extension DeleteShareGroupStateRequest: ArbitraryMessage {}
extension DeleteShareGroupStateResponse: ArbitraryMessage {}
extension ReadShareGroupStateSummaryRequest: ArbitraryMessage {}
extension ReadShareGroupStateSummaryResponse: ArbitraryMessage {}
extension RequestHeader: ArbitraryMessage {}
extension ResponseHeader: ArbitraryMessage {}
