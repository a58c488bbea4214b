import ControlPlane
import Foundation
import KafkaLog
import KafkaProtocol
import NIOCore

/// Produce (0), v0-11 (v0-2 are advertised because librdkafka derives features from the
/// range, as Kafka 4.0 does, but only RecordBatch v2 is accepted).
///
/// Each batch is checked (topic and partition exist, magic 2, CRC, size) and kept exactly as
/// the client sent it, unless the topic's configs say otherwise (`TopicBatchRules`: keys on
/// compacted topics, compression.type, LogAppendTime). The valid batches of the request go into the shared pending segment
/// in arrival order; the answer comes after the segment is stored and committed. acks=0 gets
/// no answer, as in Kafka.
struct ProduceHandler: KafkaApiHandler {
    static let versions: ClosedRange<Int16> = 0...11
    let services: AgentServices

    func reply(to request: ProduceRequest, context: RequestContext) async throws -> HandlerReply<ProduceResponse> {
        guard [-1, 0, 1].contains(request.acks) else {
            return .now(response(for: request) { _, _ in (.invalidRequiredAcks, "acks must be -1, 0 or 1, got \(request.acks)") })
        }
        if let refusal = context.refusal(unless: .produce) ?? request.transactionalId.flatMap({ context.transactionRefusal(on: $0) }) {
            return .now(response(for: request) { _, _ in (refusal.code, refusal.message) })
        }
        // Validate every partition's batches; collect the valid ones in request order.
        var accepted: [(TopicPartitionID, ByteBuffer)] = []
        var slots: [PartitionSlot] = []
        let nowMs = Int64(Date().timeIntervalSince1970 * 1000)
        for topicData in request.topicData {
            let topic = await services.controlPlane.topic(named: topicData.name)
            let denial = context.denial(.produce, on: topicData.name)
            for partitionData in topicData.partitionData {
                var slot = PartitionSlot(topic: topicData.name, index: partitionData.index)
                if let denial {
                    slot.error = (denial.code, denial.message)
                    slots.append(slot)
                    continue
                }
                guard let topic, partitionData.index >= 0, partitionData.index < topic.partitionCount else {
                    slot.error = (.unknownTopicOrPartition, "topic '\(topicData.name)' has no partition \(partitionData.index)")
                    slots.append(slot)
                    continue
                }
                let rules = TopicBatchRules(configs: topic.configs, brokerMaxBatchBytes: services.maxBatchBytes)
                switch validate(partitionData.records, rules: rules, transactional: request.transactionalId != nil, nowMs: nowMs) {
                case .failure(let error):
                    context.logger.warning("refused batch for \(topicData.name)-\(partitionData.index) from \(context.clientId ?? "-"): \(error.message)")
                    slot.error = (error.code, error.message)
                case .success(let batches):
                    slot.batches = accepted.count..<(accepted.count + batches.count)
                    if rules.logAppendTime { slot.logAppendTimeMs = nowMs }
                    for batch in batches { accepted.append((topic.partition(partitionData.index), batch)) }
                }
                slots.append(slot)
            }
        }
        let ticket = accepted.isEmpty ? nil : await services.writer.enqueue(accepted)
        let finalSlots = slots
        let work: @Sendable () async throws -> ProduceResponse? = {
            var results: [BatchCommitResult] = []
            var storageError: ControlPlaneError?
            if let ticket {
                do {
                    results = try await ticket.results()
                } catch let error as ControlPlaneError where error.code == .requestTimedOut {
                    storageError = error
                } catch {
                    storageError = ControlPlaneError(.kafkaStorageError, "the segment could not be stored or committed: \(error)")
                }
            }
            guard request.acks != 0 else { return nil }
            let response = Self.response(slots: finalSlots, results: results, storageError: storageError)
            if context.logger.logLevel <= .debug {
                for topic in response.responses {
                    for partition in topic.partitionResponses where partition.errorCode != 0 {
                        context.logger.debug(
                            "produce to \(topic.name)-\(partition.index) answered error \(partition.errorCode): \(partition.errorMessage ?? "")")
                    }
                }
            }
            return response
        }
        return .later(work)
    }

    /// One partition of the request: its error, or the range of its batches in the ticket.
    struct PartitionSlot: Sendable {
        var topic: String
        var index: Int32
        var error: (KafkaErrorCode, String)?
        var batches: Range<Int> = 0..<0
        /// The time the agent stamped on the batches (LogAppendTime topics), else -1.
        var logAppendTimeMs: Int64 = -1
    }

    /// `transactional`: the request names a transactional id. Whether its producer may write
    /// to the partition is checked at commit, with the transaction's state (`TransactionRules`).
    private func validate(_ records: ByteBuffer?, rules: TopicBatchRules, transactional: Bool, nowMs: Int64) -> Result<[ByteBuffer], ValidationFailure> {
        guard let records, records.readableBytes > 0 else { return .failure(ValidationFailure(.invalidRecord, "no records")) }
        var batches: [ByteBuffer] = []
        var index = records.readerIndex
        while index < records.writerIndex {
            let header: RecordBatchHeader
            do {
                header = try RecordBatchHeader.peek(records, at: index)
            } catch {
                let magic = records.getInteger(at: index + 16, as: Int8.self)
                if let magic, magic < 2 {
                    return .failure(
                        ValidationFailure(.unsupportedForMessageFormat, "message format v\(magic) is not supported; use RecordBatch v2 (Kafka 0.11+ clients)"))
                }
                return .failure(ValidationFailure(.corruptMessage, "malformed record batch: \(error)"))
            }
            guard index + header.totalSize <= records.writerIndex else { return .failure(ValidationFailure(.corruptMessage, "record batch is truncated")) }
            guard header.attributes.compression != nil else { return .failure(ValidationFailure(.unsupportedCompressionType, "unknown compression codec")) }
            if header.attributes.isControl {
                return .failure(ValidationFailure(.invalidRecord, "control batches are written by the transaction coordinator, not by clients"))
            }
            if header.attributes.isTransactional && !transactional {
                return .failure(ValidationFailure(.invalidRecord, "a transactional batch needs a produce request with a transactional id"))
            }
            do {
                try RecordBatchHeader.verifyChecksum(records, at: index)
            } catch {
                return .failure(ValidationFailure(.corruptMessage, "\(error)"))
            }
            guard let batch = records.getSlice(at: index, length: header.totalSize) else {
                return .failure(ValidationFailure(.corruptMessage, "record batch is truncated"))
            }
            do {
                batches.append(try rules.apply(to: batch, header: header, nowMs: nowMs))
            } catch {
                return .failure(error)
            }
            index += header.totalSize
        }
        return .success(batches)
    }

    struct ValidationFailure: Error {
        var code: KafkaErrorCode
        var message: String
        init(_ code: KafkaErrorCode, _ message: String) {
            self.code = code
            self.message = message
        }
    }

    private static func response(slots: [PartitionSlot], results: [BatchCommitResult], storageError: ControlPlaneError?) -> ProduceResponse {
        var response = ProduceResponse()
        for slot in slots {
            var partition = ProduceResponse.PartitionProduceResponse()
            partition.index = slot.index
            partition.baseOffset = -1
            partition.logStartOffset = -1
            partition.logAppendTimeMs = slot.logAppendTimeMs
            if let (code, message) = slot.error {
                partition.errorCode = code.rawValue
                partition.errorMessage = message
            } else if let storageError {
                partition.errorCode = storageError.code.rawValue
                partition.errorMessage = storageError.message
            } else {
                for (position, result) in results[slot.batches].enumerated() {
                    switch result {
                    case .appended(let base, let logStart), .duplicate(let base, let logStart):
                        if position == 0 {
                            partition.baseOffset = base
                            partition.logStartOffset = logStart
                        }
                    case .rejected(let code, let message):
                        partition.errorCode = code.rawValue
                        partition.errorMessage = message
                        partition.baseOffset = -1
                    }
                    if partition.errorCode != 0 { break }
                }
            }
            if let index = response.responses.firstIndex(where: { $0.name == slot.topic }) {
                response.responses[index].partitionResponses.append(partition)
            } else {
                var topic = ProduceResponse.TopicProduceResponse()
                topic.name = slot.topic
                topic.partitionResponses = [partition]
                response.responses.append(topic)
            }
        }
        return response
    }

    /// A response failing every partition of `request` with the same error.
    private func response(for request: ProduceRequest, error: (String, Int32) -> (KafkaErrorCode, String)) -> ProduceResponse {
        var slots: [PartitionSlot] = []
        for topic in request.topicData {
            for partition in topic.partitionData {
                var slot = PartitionSlot(topic: topic.name, index: partition.index)
                slot.error = error(topic.name, partition.index)
                slots.append(slot)
            }
        }
        return Self.response(slots: slots, results: [], storageError: nil)
    }
}
