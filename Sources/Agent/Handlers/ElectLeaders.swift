import ControlPlane
import KafkaProtocol

/// ElectLeaders (43), v0-2: answered as a system with one leader per partition and no
/// replicas answers it. Every partition is already led by the agents that serve it, so each
/// named partition gets ELECTION_NOT_NEEDED, and "all partitions" elects none.
struct ElectLeadersHandler: ImmediateKafkaApiHandler {
    typealias Request = ElectLeadersRequest
    static let versions: ClosedRange<Int16> = 0...2
    let services: AgentServices

    func handle(_ request: ElectLeadersRequest, context: RequestContext) async throws -> ElectLeadersResponse {
        var response = ElectLeadersResponse()
        guard [0, 1].contains(request.electionType) else {
            response.errorCode = KafkaErrorCode.invalidRequest.rawValue
            return response
        }
        for requested in request.topicPartitions ?? [] {
            var result = ElectLeadersResponse.ReplicaElectionResult()
            result.topic = requested.topic
            let refusal = context.denial(.alterConfigs, on: requested.topic)
            let topic = refusal == nil ? await services.controlPlane.topic(named: requested.topic) : nil
            result.partitionResult = requested.partitions.map { index in
                var partition = ElectLeadersResponse.PartitionResult()
                partition.partitionId = index
                if let refusal {
                    partition.errorCode = refusal.code.rawValue
                    partition.errorMessage = refusal.message
                } else if let topic, index >= 0, index < topic.partitionCount {
                    partition.errorCode = KafkaErrorCode.electionNotNeeded.rawValue
                    partition.errorMessage = "Fjord partitions have no replicas: the agents serving a client lead every partition"
                } else {
                    partition.errorCode = KafkaErrorCode.unknownTopicOrPartition.rawValue
                    partition.errorMessage = "topic '\(requested.topic)' has no partition \(index)"
                }
                return partition
            }
            response.replicaElectionResults.append(result)
        }
        return response
    }
}
