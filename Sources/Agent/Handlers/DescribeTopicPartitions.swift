import ControlPlane
import KafkaProtocol

/// DescribeTopicPartitions (75), v0: topics and their partitions, paged by a cursor, as Java
/// admin clients from 3.8 ask for them. Partitions are led by the agents Metadata names.
struct DescribeTopicPartitionsHandler: ImmediateKafkaApiHandler {
    typealias Request = DescribeTopicPartitionsRequest
    static let versions: ClosedRange<Int16> = 0...0
    let services: AgentServices

    /// Kafka's max.request.partition.size.limit default: the most partitions one answer holds.
    static let partitionLimit: Int32 = 2000

    func handle(_ request: DescribeTopicPartitionsRequest, context: RequestContext) async throws -> DescribeTopicPartitionsResponse {
        var response = DescribeTopicPartitionsResponse()
        let serving = context.gate.serving()
        let controlPlane = services.controlPlane
        // Every topic the client may describe, or the ones named, in name order.
        let names: [String]
        if request.topics.isEmpty {
            names = controlPlane.allTopics().map(\.name).filter { context.gate.denial(.describe, on: $0) == nil }
        } else {
            names = Set(request.topics.map(\.name)).sorted()
        }
        var budget = request.responsePartitionLimit > 0 ? min(request.responsePartitionLimit, Self.partitionLimit) : Self.partitionLimit
        for name in names {
            var first: Int32 = 0
            if let cursor = request.cursor {
                if name < cursor.topicName { continue }
                if name == cursor.topicName { first = max(cursor.partitionIndex, 0) }
            }
            var result = DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponseTopic()
            result.name = name
            if let refusal = context.denial(.describe, on: name) {
                result.errorCode = refusal.code.rawValue
                response.topics.append(result)
                continue
            }
            guard let topic = await controlPlane.topic(named: name) else {
                result.errorCode = KafkaErrorCode.unknownTopicOrPartition.rawValue
                response.topics.append(result)
                continue
            }
            if budget == 0 {
                response.nextCursor = Self.cursor(name, first)
                break
            }
            result.topicId = topic.id
            let last = min(topic.partitionCount, first + budget)
            result.partitions = (first..<max(first, last)).map { index in
                var partition = DescribeTopicPartitionsResponse.DescribeTopicPartitionsResponsePartition()
                partition.partitionIndex = index
                let leader = serving.leader(topicId: topic.id, partition: index)?.nodeId ?? -1
                partition.leaderId = leader
                partition.leaderEpoch = 0
                partition.replicaNodes = [leader]
                partition.isrNodes = [leader]
                partition.eligibleLeaderReplicas = []
                partition.lastKnownElr = []
                return partition
            }
            budget -= Int32(result.partitions.count)
            response.topics.append(result)
            if last < topic.partitionCount {
                response.nextCursor = Self.cursor(name, last)
                break
            }
        }
        return response
    }

    static func cursor(_ topic: String, _ partition: Int32) -> DescribeTopicPartitionsResponse.Cursor {
        var cursor = DescribeTopicPartitionsResponse.Cursor()
        cursor.topicName = topic
        cursor.partitionIndex = partition
        return cursor
    }
}
