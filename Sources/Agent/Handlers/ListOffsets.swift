import ControlPlane
import KafkaLog
import KafkaProtocol
import NIOCore

/// ListOffsets (2), v1-9: earliest (-2), latest (-1; the last stable offset for
/// read_committed), the largest timestamp (-3, v7+) and by
/// timestamp. A timestamp lookup finds the batch through the index, then reads it to return
/// the exact first record at or after the timestamp, as Kafka does.
struct ListOffsetsHandler: ImmediateKafkaApiHandler {
    typealias Request = ListOffsetsRequest
    static let versions: ClosedRange<Int16> = 1...9
    let services: AgentServices

    func handle(_ request: ListOffsetsRequest, context: RequestContext) async throws -> ListOffsetsResponse {
        var response = ListOffsetsResponse()
        let roleRefusal = context.refusal(unless: .fetch)
        for requestTopic in request.topics {
            var topicResult = ListOffsetsResponse.ListOffsetsTopicResponse()
            topicResult.name = requestTopic.name
            let topic = await services.controlPlane.topic(named: requestTopic.name)
            for requested in requestTopic.partitions {
                var result = ListOffsetsResponse.ListOffsetsPartitionResponse()
                result.partitionIndex = requested.partitionIndex
                result.timestamp = -1
                result.offset = -1
                if context.apiVersion >= 4 { result.leaderEpoch = 0 }
                do {
                    if let refusal = roleRefusal ?? context.denial(.describe, on: requestTopic.name) { throw ControlPlaneError(refusal.code, refusal.message) }
                    guard let topic, requested.partitionIndex >= 0, requested.partitionIndex < topic.partitionCount else {
                        throw ControlPlaneError(.unknownTopicOrPartition, "no such partition")
                    }
                    let id = topic.partition(requested.partitionIndex)
                    guard let offsets = try await services.controlPlane.store.offsets(of: [id])[id] else {
                        throw ControlPlaneError(.unknownTopicOrPartition, "no such partition")
                    }
                    switch requested.timestamp {
                    // read_committed consumers start from the last stable offset.
                    case -1: result.offset = request.isolationLevel == 1 ? offsets.lastStableOffset : offsets.highWatermark
                    case -2: result.offset = offsets.logStartOffset
                    case -3 where context.apiVersion >= 7:
                        // MAX_TIMESTAMP (KIP-734): the first record carrying the partition's
                        // largest timestamp; -1 and -1 for an empty partition.
                        if let hit = try await services.controlPlane.store.maxTimestamp(in: id),
                            let found = try await firstRecord(atOrAfter: hit.timestamp, in: id, batch: hit)
                        {
                            result.offset = found.offset
                            result.timestamp = found.timestamp
                        }
                    case -3: throw ControlPlaneError(.unsupportedVersion, "MAX_TIMESTAMP (-3) needs ListOffsets v7 or later")
                    case ..<0: throw ControlPlaneError(.invalidRequest, "timestamp \(requested.timestamp) is not supported")
                    default:
                        if let hit = try await services.controlPlane.store.offset(forTimestamp: requested.timestamp, in: id),
                            let found = try await firstRecord(atOrAfter: requested.timestamp, in: id, batch: hit)
                        {
                            result.offset = found.offset
                            result.timestamp = found.timestamp
                        }
                    }
                } catch let error as KafkaDecodingError {
                    // A stored batch that cannot be read back (e.g. it decompresses past the bound).
                    context.logger.warning("ListOffsets by timestamp on \(requestTopic.name)-\(requested.partitionIndex): cannot read the batch: \(error)")
                    result.errorCode = KafkaErrorCode.corruptMessage.rawValue
                } catch {
                    result.errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
                }
                topicResult.partitions.append(result)
            }
            response.topics.append(topicResult)
        }
        return response
    }

    /// The first record at or after `timestamp` in the batch the index found (`hit`: its base
    /// offset and max timestamp), read from the object store.
    private func firstRecord(
        atOrAfter timestamp: Int64, in partition: TopicPartitionID, batch hit: (offset: Int64, timestamp: Int64)
    ) async throws -> (offset: Int64, timestamp: Int64)? {
        guard let location = try await services.controlPlane.store.batches(in: partition, from: hit.offset, maxBytes: 1).first else { return nil }
        var bytes = try await services.reader.read([location])
        let batch = try RecordBatch(from: &bytes)
        for record in batch.records {
            let recordTimestamp = batch.attributes.isLogAppendTime ? batch.maxTimestamp : batch.baseTimestamp + record.timestampDelta
            if recordTimestamp >= timestamp { return (batch.baseOffset + Int64(record.offsetDelta), recordTimestamp) }
        }
        return (location.baseOffset, hit.timestamp)
    }
}
