import ControlPlane
import KafkaLog
import KafkaProtocol

/// AddPartitionsToTxn (24), v0-5: partitions join a producer's ongoing transaction, which only
/// then may write to them. v4+ carry several transactions (and `verify_only`), as brokers send
/// them; clients use v0-3. Any partition that cannot join fails the whole request: the others
/// answer OPERATION_NOT_ATTEMPTED, as in Kafka.
struct AddPartitionsToTxnHandler: ImmediateKafkaApiHandler {
    typealias Request = AddPartitionsToTxnRequest
    static let versions: ClosedRange<Int16> = 0...5
    let services: AgentServices

    func handle(_ request: AddPartitionsToTxnRequest, context: RequestContext) async throws -> AddPartitionsToTxnResponse {
        var response = AddPartitionsToTxnResponse()
        if context.apiVersion <= 3 {
            var transaction = AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction()
            transaction.transactionalId = request.v3AndBelowTransactionalId
            transaction.producerId = request.v3AndBelowProducerId
            transaction.producerEpoch = request.v3AndBelowProducerEpoch
            transaction.topics = request.v3AndBelowTopics
            response.resultsByTopicV3AndBelow = await add(transaction, context: context)
        } else {
            for transaction in request.transactions {
                var result = AddPartitionsToTxnResponse.AddPartitionsToTxnResult()
                result.transactionalId = transaction.transactionalId
                result.topicResults = await add(transaction, context: context)
                response.resultsByTransaction.append(result)
            }
        }
        return response
    }

    private func add(
        _ transaction: AddPartitionsToTxnRequest.AddPartitionsToTxnTransaction, context: RequestContext
    ) async -> [AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult] {
        var errors: [TopicPartitionName: KafkaErrorCode] = [:]
        var partitions: [TopicPartitionID] = []
        let roleRefusal = context.transactionRefusal(on: transaction.transactionalId)
        for topic in transaction.topics {
            let known = await services.controlPlane.topic(named: topic.name)
            let refusal = roleRefusal ?? context.denial(.produce, on: topic.name)
            for index in topic.partitions {
                let name = TopicPartitionName(topic: topic.name, partition: index)
                if let refusal {
                    errors[name] = refusal.code
                } else if let known, index >= 0, index < known.partitionCount {
                    partitions.append(known.partition(index))
                } else {
                    errors[name] = .unknownTopicOrPartition
                }
            }
        }
        var others = KafkaErrorCode.none
        if !errors.isEmpty {
            others = .operationNotAttempted
        } else {
            do {
                let producer = ProducerIdAndEpoch(producerId: transaction.producerId, epoch: transaction.producerEpoch)
                if transaction.verifyOnly {
                    others = try await verify(transaction.transactionalId, producer: producer, partitions: partitions)
                } else {
                    try await services.controlPlane.store.addPartitionsToTransaction(
                        transaction.transactionalId, producer: producer, partitions: partitions, nowMs: services.nowMs())
                }
            } catch {
                context.logger.info("AddPartitionsToTxn for '\(transaction.transactionalId)' refused: \(ControlPlaneError.message(for: error))")
                others = ControlPlaneError.code(for: error, logger: context.logger)
            }
        }
        return transaction.topics.map { topic in
            var result = AddPartitionsToTxnResponse.AddPartitionsToTxnTopicResult()
            result.name = topic.name
            result.resultsByPartition = topic.partitions.map { index in
                var partition = AddPartitionsToTxnResponse.AddPartitionsToTxnPartitionResult()
                partition.partitionIndex = index
                partition.partitionErrorCode = (errors[TopicPartitionName(topic: topic.name, partition: index)] ?? others).rawValue
                return partition
            }
            return result
        }
    }

    /// `verify_only` (v4+): whether the partitions are already in the ongoing transaction.
    private func verify(_ transactionalId: String, producer: ProducerIdAndEpoch, partitions: [TopicPartitionID]) async throws -> KafkaErrorCode {
        guard let record = try await services.controlPlane.store.transactions().first(where: { $0.transactionalId == transactionalId }) else {
            return .invalidProducerIdMapping
        }
        for partition in partitions {
            if let refusal = TransactionRules.refusal(ofBatchFrom: producer, in: partition, current: record) { return refusal.code }
        }
        return .none
    }
}
