import KafkaLog
import KafkaProtocol
import Testing

@testable import ControlPlane

/// The coordinator's rules without a store: records in, steps out, time passed in.
@Suite struct TransactionRulesTests {
    let p0 = TopicPartitionID(topicId: KafkaUUID(mostSignificantBits: 1, leastSignificantBits: 1), partition: 0)
    let p1 = TopicPartitionID(topicId: KafkaUUID(mostSignificantBits: 1, leastSignificantBits: 1), partition: 1)

    func request(_ current: ProducerIdAndEpoch? = nil, timeoutMs: Int32 = 60_000, nowMs: Int64 = 0) -> TransactionalProducerRequest {
        TransactionalProducerRequest(transactionalId: "t", timeoutMs: timeoutMs, current: current, nowMs: nowMs)
    }

    func code(_ body: () throws -> Void) -> KafkaErrorCode? {
        do {
            try body()
            return nil
        } catch {
            return (error as? ControlPlaneError)?.code ?? .unknownServerError
        }
    }

    func ongoing(epoch: Int16 = 3, startedAtMs: Int64 = 100) -> TransactionRecord {
        TransactionRecord(
            transactionalId: "t", producerId: 7, producerEpoch: epoch, state: .ongoing, timeoutMs: 1000, startedAtMs: startedAtMs, updatedAtMs: 100,
            partitions: [p0, p1], groups: ["g"])
    }

    @Test func theFirstInitAllocatesAndLaterOnesBumpAndAbort() throws {
        let first = try TransactionRules.initProducer(nil, request())
        #expect(first.needsNewProducerId && first.ending == nil && first.next.state == .empty)
        let bumped = try TransactionRules.initProducer(ongoing(), request(nowMs: 500))
        #expect(!bumped.needsNewProducerId && bumped.next.producerEpoch == 4 && bumped.next.state == .empty && bumped.next.partitions.isEmpty)
        // The open transaction is aborted, its markers at the new epoch (fencing the old one).
        #expect(
            bumped.ending
                == TransactionRules.Ending(
                    transactionalId: "t", partitions: [p0, p1], groups: ["g"], commit: false, marker: ProducerIdAndEpoch(producerId: 7, epoch: 4)))
    }

    @Test func exhaustedEpochsGetANewProducerId() throws {
        let step = try TransactionRules.initProducer(ongoing(epoch: Int16.max - 1), request())
        #expect(step.needsNewProducerId && step.next.producerEpoch == 0)
        #expect(step.ending?.marker == ProducerIdAndEpoch(producerId: 7, epoch: Int16.max - 1))  // the old id's range closes
    }

    @Test func timeoutsAreBoundedAndKIP360IdsChecked() {
        #expect(code { _ = try TransactionRules.initProducer(nil, request(timeoutMs: 0)) } == .invalidTransactionTimeout)
        #expect(code { _ = try TransactionRules.initProducer(nil, request(timeoutMs: 900_001)) } == .invalidTransactionTimeout)
        #expect(code { _ = try TransactionRules.initProducer(ongoing(), request(ProducerIdAndEpoch(producerId: 7, epoch: 2))) } == .producerFenced)
        #expect(code { _ = try TransactionRules.initProducer(ongoing(), request(ProducerIdAndEpoch(producerId: 7, epoch: 3))) } == nil)
    }

    @Test func addingStartsATransactionAndKeepsItsStart() throws {
        var idle = ongoing()
        idle.state = .completeCommit
        idle.partitions = []
        idle.startedAtMs = -1
        let producer = ProducerIdAndEpoch(producerId: 7, epoch: 3)
        let started = try TransactionRules.addPartitions(idle, transactionalId: "t", producer: producer, partitions: [p1], nowMs: 200).next
        #expect(started.state == .ongoing && started.startedAtMs == 200 && started.partitions == [p1])
        let more = try TransactionRules.addPartitions(started, transactionalId: "t", producer: producer, partitions: [p0, p1], nowMs: 300).next
        #expect(more.startedAtMs == 200 && more.partitions == [p0, p1])
        #expect(
            code {
                _ = try TransactionRules.addPartitions(
                    started, transactionalId: "t", producer: ProducerIdAndEpoch(producerId: 7, epoch: 2), partitions: [p0], nowMs: 0)
            }
                == .producerFenced)
        #expect(
            code {
                _ = try TransactionRules.addPartitions(
                    started, transactionalId: "t", producer: ProducerIdAndEpoch(producerId: 8, epoch: 3), partitions: [p0], nowMs: 0)
            }
                == .invalidProducerIdMapping)
        #expect(
            code { _ = try TransactionRules.addPartitions(nil, transactionalId: "t", producer: producer, partitions: [p0], nowMs: 0) }
                == .invalidProducerIdMapping)
    }

    @Test func endingCommitsOnceAndARetrySucceeds() throws {
        let producer = ProducerIdAndEpoch(producerId: 7, epoch: 3)
        let step = try #require(try TransactionRules.end(ongoing(), transactionalId: "t", producer: producer, commit: true, nowMs: 400))
        #expect(step.next.state == .completeCommit && step.ending?.commit == true && step.ending?.marker == producer)
        #expect(try TransactionRules.end(step.next, transactionalId: "t", producer: producer, commit: true, nowMs: 401) == nil)
        #expect(code { _ = try TransactionRules.end(step.next, transactionalId: "t", producer: producer, commit: false, nowMs: 401) } == .invalidTxnState)
        var empty = step.next
        empty.state = .empty
        #expect(code { _ = try TransactionRules.end(empty, transactionalId: "t", producer: producer, commit: true, nowMs: 401) } == .invalidTxnState)
    }

    @Test func theTimeoutAbortsAndFences() {
        #expect(TransactionRules.expire(ongoing(startedAtMs: 100), nowMs: 1100) == nil)  // exactly the timeout: not yet
        let step = TransactionRules.expire(ongoing(startedAtMs: 100), nowMs: 1101)
        #expect(step?.next.state == .completeAbort && step?.next.producerEpoch == 4 && step?.ending?.commit == false)
        var done = ongoing()
        done.state = .completeAbort
        #expect(TransactionRules.expire(done, nowMs: 1_000_000) == nil)
    }

    @Test func batchesNeedTheirPartitionInTheOngoingTransaction() {
        let current = ongoing()
        #expect(TransactionRules.refusal(ofBatchFrom: ProducerIdAndEpoch(producerId: 7, epoch: 3), in: p0, current: current) == nil)
        let other = TopicPartitionID(topicId: p0.topicId, partition: 9)
        #expect(TransactionRules.refusal(ofBatchFrom: ProducerIdAndEpoch(producerId: 7, epoch: 3), in: other, current: current)?.code == .invalidTxnState)
        #expect(TransactionRules.refusal(ofBatchFrom: ProducerIdAndEpoch(producerId: 7, epoch: 2), in: p0, current: current)?.code == .invalidProducerEpoch)
        #expect(TransactionRules.refusal(ofBatchFrom: ProducerIdAndEpoch(producerId: 8, epoch: 3), in: p0, current: nil)?.code == .invalidProducerIdMapping)
    }

    @Test func aMarkerIsAControlBatchClientsRead() throws {
        var bytes = TransactionMarker(producerId: 7, producerEpoch: 3, isCommit: false, timestampMs: 1234).controlBatch()
        #expect(bytes.readableBytes == TransactionMarker.batchLength)
        let batch = try RecordBatch(from: &bytes)
        #expect(batch.attributes.isControl && batch.attributes.isTransactional && batch.producerId == 7 && batch.producerEpoch == 3)
        #expect(try ControlRecord(batch.records[0]) == ControlRecord(kind: .abort, coordinatorEpoch: 0))
    }
}
