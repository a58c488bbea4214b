import ControlPlane
import KafkaProtocol

/// OffsetFetch (9), v1-9 (v8+ asks for several groups at once). Partitions without a
/// committed offset answer -1.
struct OffsetFetchHandler: ImmediateKafkaApiHandler {
    typealias Request = OffsetFetchRequest
    static let versions: ClosedRange<Int16> = 1...9
    let services: AgentServices

    struct Answer {
        var error: KafkaErrorCode = .none
        var topics: [(String, [(Int32, CommittedOffset?)])] = []
    }

    func handle(_ request: OffsetFetchRequest, context: RequestContext) async throws -> OffsetFetchResponse {
        var response = OffsetFetchResponse()
        if context.apiVersion >= 8 {
            for group in request.groups {
                let answer = await lookup(group: group.groupId, topics: group.topics.map { $0.map { ($0.name, $0.partitionIndexes) } }, context: context)
                var result = OffsetFetchResponse.OffsetFetchResponseGroup()
                result.groupId = group.groupId
                result.errorCode = answer.error.rawValue
                result.topics = answer.topics.map { name, partitions in
                    var topic = OffsetFetchResponse.OffsetFetchResponseTopics()
                    topic.name = name
                    topic.partitions = partitions.map { index, committed in
                        var partition = OffsetFetchResponse.OffsetFetchResponsePartitions()
                        partition.partitionIndex = index
                        partition.committedOffset = committed?.offset ?? -1
                        partition.committedLeaderEpoch = committed?.leaderEpoch ?? -1
                        partition.metadata = committed?.metadata ?? ""
                        return partition
                    }
                    return topic
                }
                response.groups.append(result)
            }
            return response
        }
        let answer = await lookup(group: request.groupId, topics: request.topics.map { $0.map { ($0.name, $0.partitionIndexes) } }, context: context)
        if context.apiVersion >= 2 { response.errorCode = answer.error.rawValue }
        response.topics = answer.topics.map { name, partitions in
            var topic = OffsetFetchResponse.OffsetFetchResponseTopic()
            topic.name = name
            topic.partitions = partitions.map { index, committed in
                var partition = OffsetFetchResponse.OffsetFetchResponsePartition()
                partition.partitionIndex = index
                partition.committedOffset = committed?.offset ?? -1
                if context.apiVersion >= 5 { partition.committedLeaderEpoch = committed?.leaderEpoch ?? -1 }
                partition.metadata = committed?.metadata ?? ""
                if context.apiVersion < 2 && answer.error != .none { partition.errorCode = answer.error.rawValue }
                return partition
            }
            return topic
        }
        return response
    }

    /// The committed offsets of `topics` (nil: every partition the group has committed).
    private func lookup(group: String, topics: [(String, [Int32])]?, context: RequestContext) async -> Answer {
        var answer = Answer()
        if let refusal = context.groupRefusal(.describeGroups, on: group) {
            answer.error = refusal.code
            answer.topics = (topics ?? []).map { name, partitions in (name, partitions.map { ($0, nil) }) }
            return answer
        }
        do {
            let committed = try await services.controlPlane.store.committedOffsets(group: group)
            if let topics {
                answer.topics = topics.map { name, partitions in (name, partitions.map { ($0, committed[TopicPartitionName(topic: name, partition: $0)]) }) }
            } else {
                let byTopic = Dictionary(grouping: committed.keys.sorted(), by: \.topic)
                answer.topics = byTopic.keys.sorted().map { name in (name, byTopic[name]!.map { ($0.partition, committed[$0]) }) }
            }
        } catch {
            answer.error = ControlPlaneError.code(for: error, logger: context.logger)
        }
        return answer
    }
}
