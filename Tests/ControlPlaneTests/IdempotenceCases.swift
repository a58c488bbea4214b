import KafkaLog
import KafkaProtocol
import Testing

@testable import ControlPlane

/// One table of idempotent-producer cases, run against `IdempotenceRules` (which the SQLite
/// store applies) and against every metadata store, PostgreSQL's PL/pgSQL `fjord_commit`
/// included: the two implementations of the rules are proved equal case by case.
enum IdempotenceCases {
    /// A batch: producer epoch, first sequence, record count.
    struct Batch: Sendable, CustomStringConvertible {
        var epoch: Int16
        var sequence: Int32
        var records: Int32 = 1
        var description: String { "epoch \(epoch) seq \(sequence)+\(records)" }
    }

    /// What the store decides for the last batch of a case.
    enum Outcome: Equatable, Sendable {
        case appended
        /// A retry of the earlier batch at this index in `history`.
        case duplicate(of: Int)
        case fenced
        case outOfOrder(expected: Int32)
        /// Ahead of the expected sequence: refused as retriable (`IdempotenceRules.refusal`).
        case ahead(expected: Int32)
    }

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        /// Batches committed first, one commit each, all appended.
        var history: [Batch]
        var batch: Batch
        var outcome: Outcome
        var description: String { name }
    }

    static let all: [Case] = [
        Case(name: "a new producer's first batch", history: [], batch: Batch(epoch: 0, sequence: 0), outcome: .appended),
        Case(name: "a new producer may start at any sequence", history: [], batch: Batch(epoch: 0, sequence: 42), outcome: .appended),
        Case(name: "the next sequence", history: [Batch(epoch: 0, sequence: 0, records: 3)], batch: Batch(epoch: 0, sequence: 3), outcome: .appended),
        Case(name: "a gap", history: [Batch(epoch: 0, sequence: 0, records: 3)], batch: Batch(epoch: 0, sequence: 4), outcome: .ahead(expected: 3)),
        Case(
            name: "a retry of the last batch", history: [Batch(epoch: 0, sequence: 0, records: 3)], batch: Batch(epoch: 0, sequence: 0, records: 3),
            outcome: .duplicate(of: 0)),
        Case(
            name: "a retry of the fifth-last batch", history: (0..<5).map { Batch(epoch: 0, sequence: Int32($0)) }, batch: Batch(epoch: 0, sequence: 0),
            outcome: .duplicate(of: 0)),
        Case(
            name: "the sixth-last batch is forgotten", history: (0..<6).map { Batch(epoch: 0, sequence: Int32($0)) }, batch: Batch(epoch: 0, sequence: 0),
            outcome: .outOfOrder(expected: 6)),
        Case(
            name: "the same first sequence with another count is no retry", history: [Batch(epoch: 0, sequence: 0, records: 3)],
            batch: Batch(epoch: 0, sequence: 0, records: 2), outcome: .outOfOrder(expected: 3)),
        Case(name: "an older epoch is fenced", history: [Batch(epoch: 2, sequence: 0)], batch: Batch(epoch: 1, sequence: 1), outcome: .fenced),
        Case(name: "a newer epoch restarts at 0", history: [Batch(epoch: 0, sequence: 0, records: 5)], batch: Batch(epoch: 1, sequence: 0), outcome: .appended),
        Case(
            name: "a newer epoch must restart at 0", history: [Batch(epoch: 0, sequence: 0)], batch: Batch(epoch: 1, sequence: 1),
            outcome: .ahead(expected: 0)),
        Case(
            name: "a gap across the wrap", history: [Batch(epoch: 0, sequence: Int32.max - 1, records: 1)], batch: Batch(epoch: 0, sequence: 1),
            outcome: .ahead(expected: Int32.max)),
        Case(
            name: "a rewound sequence just before the wrap", history: [Batch(epoch: 0, sequence: 0, records: 2)],
            batch: Batch(epoch: 0, sequence: Int32.max - 3), outcome: .outOfOrder(expected: 2)),
        Case(
            name: "a bumped epoch forgets the old batches", history: [Batch(epoch: 0, sequence: 0), Batch(epoch: 1, sequence: 0)],
            batch: Batch(epoch: 1, sequence: 0), outcome: .duplicate(of: 1)),
        Case(
            name: "sequences wrap at Int32.max", history: [Batch(epoch: 0, sequence: Int32.max - 1, records: 2)], batch: Batch(epoch: 0, sequence: 0),
            outcome: .appended),
        Case(
            name: "a batch across the wrap", history: [Batch(epoch: 0, sequence: Int32.max - 1, records: 4)], batch: Batch(epoch: 0, sequence: 2),
            outcome: .appended),
    ]

    /// The rules alone: replays `history` into a state and judges the batch.
    static func judge(_ testCase: Case) -> Outcome {
        var state: IdempotenceRules.State?
        var offsets: [Int64] = []
        var next: Int64 = 0
        for batch in testCase.history {
            state = IdempotenceRules.record(state: state, epoch: batch.epoch, baseSequence: batch.sequence, recordCount: batch.records, baseOffset: next)
            offsets.append(next)
            next += Int64(batch.records)
        }
        switch IdempotenceRules.judge(state: state, epoch: testCase.batch.epoch, baseSequence: testCase.batch.sequence, recordCount: testCase.batch.records) {
        case .append: return .appended
        case .duplicate(let base): return .duplicate(of: offsets.firstIndex(of: base) ?? -1)
        case .fenced: return .fenced
        case .outOfOrder(let expected):
            let refusal = IdempotenceRules.refusal(producerId: 0, baseSequence: testCase.batch.sequence, expected: expected)
            return refusal.code == .kafkaStorageError ? .ahead(expected: expected) : .outOfOrder(expected: expected)
        }
    }

    /// A store: each case on a fresh partition and producer, `history` committed first.
    static func run(_ store: some MetadataStore) async throws {
        let topic = try await store.createTopic(name: "idempotence-cases", partitions: Int32(all.count), configs: [:])
        for (index, testCase) in all.enumerated() {
            let partition = topic.partition(Int32(index))
            let producer = try await store.nextProducerId()
            var offsets: [Int64] = []
            for (step, batch) in testCase.history.enumerated() {
                let result = try await store.commit(segment("case\(index)-\(step)", partition, producer, batch))
                guard case .appended(let base, _) = result.first else {
                    Issue.record("\(testCase): history batch \(batch) was not appended: \(result)")
                    return
                }
                offsets.append(base)
            }
            let result = try await store.commit(segment("case\(index)-last", partition, producer, testCase.batch)).first
            let outcome: Outcome?
            switch result {
            case .appended: outcome = .appended
            case .duplicate(let base, _): outcome = .duplicate(of: offsets.firstIndex(of: base) ?? -1)
            case .rejected(.invalidProducerEpoch, _): outcome = .fenced
            case .rejected(.outOfOrderSequenceNumber, let message):
                // The expected sequence ends the message: "... expected N".
                outcome = message.split(separator: " ").last.flatMap { Int32($0) }.map { .outOfOrder(expected: $0) }
            case .rejected(.kafkaStorageError, let message):
                outcome = message.split(separator: " ").last.flatMap { Int32($0) }.map { .ahead(expected: $0) }
            default: outcome = nil
            }
            #expect(outcome == testCase.outcome, "\(testCase): \(String(describing: result))")
        }
        _ = try await store.deleteTopic(name: "idempotence-cases")
    }

    private static func segment(_ key: String, _ partition: TopicPartitionID, _ producer: Int64, _ batch: Batch) -> SegmentCommit {
        MetadataStoreContract.segment(
            key, [(partition, MetadataStoreContract.header(records: batch.records, producerId: producer, epoch: batch.epoch, sequence: batch.sequence))])
    }
}

@Suite struct IdempotenceCasesTests {
    @Test(arguments: IdempotenceCases.all) func theRules(_ testCase: IdempotenceCases.Case) {
        #expect(IdempotenceCases.judge(testCase) == testCase.outcome)
    }

    @Test func theSQLiteStore() async throws {
        try await IdempotenceCases.run(try SQLiteMetadataStore(path: ":memory:"))
    }

    @Test(.enabled(if: PostgresTestDatabase.available, "needs FJORD_TEST_POSTGRES_URL (Infra/dev/test.sh starts PostgreSQL)"))
    func thePostgreSQLStore() async throws {
        try await PostgresTestDatabase.with { url in
            let store = try await PostgresMetadataStore(url: url)
            defer { store.shutdown() }
            try await IdempotenceCases.run(store)
        }
    }
}
