import ControlPlane
import KafkaLog
import KafkaProtocol

/// DescribeLogDirs (35), v1-4: one virtual log dir, the object store, holding every partition
/// the client may describe, each with the bytes of its batches still in the index.
struct DescribeLogDirsHandler: ImmediateKafkaApiHandler {
    typealias Request = DescribeLogDirsRequest
    static let versions: ClosedRange<Int16> = 1...4
    let services: AgentServices

    /// The name the one log dir is reported under.
    static let logDir = "object-storage"

    func handle(_ request: DescribeLogDirsRequest, context: RequestContext) async throws -> DescribeLogDirsResponse {
        var response = DescribeLogDirsResponse()
        let controlPlane = services.controlPlane
        // (topic, partitions): all partitions of all topics, or the ones named that exist.
        var wanted: [(TopicMetadata, [Int32])] = []
        if let topics = request.topics {
            for requested in topics {
                guard context.gate.denial(.describe, on: requested.topic) == nil, let topic = await controlPlane.topic(named: requested.topic) else { continue }
                wanted.append((topic, requested.partitions.filter { $0 >= 0 && $0 < topic.partitionCount }))
            }
        } else {
            wanted = controlPlane.allTopics().filter { context.gate.denial(.describe, on: $0.name) == nil }.map { ($0, Array(0..<$0.partitionCount)) }
        }
        var result = DescribeLogDirsResponse.DescribeLogDirsResult()
        result.logDir = Self.logDir
        do {
            let sizes = try await controlPlane.store.logSizes(of: wanted.flatMap { topic, partitions in partitions.map(topic.partition) })
            for (topic, partitions) in wanted {
                var topicResult = DescribeLogDirsResponse.DescribeLogDirsTopic()
                topicResult.name = topic.name
                topicResult.partitions = partitions.compactMap { index in
                    guard let size = sizes[topic.partition(index)] else { return nil }
                    var partition = DescribeLogDirsResponse.DescribeLogDirsPartition()
                    partition.partitionIndex = index
                    partition.partitionSize = size
                    return partition
                }
                if !topicResult.partitions.isEmpty { result.topics.append(topicResult) }
            }
        } catch {
            result.errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
        }
        response.results = [result]
        return response
    }
}
