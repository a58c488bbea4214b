import KafkaProtocol

/// The idempotent-producer checks Kafka applies to each batch, as a pure function so every
/// metadata store applies exactly the same rules.
///
/// Per (producer id, partition) the log remembers the producer's epoch and its last five
/// batches. A batch with an older epoch is fenced; a new epoch must restart at sequence 0;
/// within an epoch the next batch must continue the sequence, and a batch equal to one of the
/// recent five is a duplicate retry: its original offset is returned, nothing is appended.
public enum IdempotenceRules {
    public static let retainedBatches = 5

    /// The state kept per producer and partition.
    public struct State: Hashable, Sendable, Codable {
        public var producerEpoch: Int16
        public var recent: [RecentBatch]

        public init(producerEpoch: Int16, recent: [RecentBatch]) {
            self.producerEpoch = producerEpoch
            self.recent = recent
        }
    }

    public struct RecentBatch: Hashable, Sendable, Codable {
        public var firstSequence: Int32
        public var lastSequence: Int32
        public var baseOffset: Int64

        public init(firstSequence: Int32, lastSequence: Int32, baseOffset: Int64) {
            self.firstSequence = firstSequence
            self.lastSequence = lastSequence
            self.baseOffset = baseOffset
        }
    }

    public enum Verdict: Hashable, Sendable {
        case append
        case duplicate(baseOffset: Int64)
        case fenced
        case outOfOrder(expected: Int32)
    }

    /// How a store answers a batch judged `.outOfOrder(expected:)`.
    ///
    /// A batch ahead of the expected sequence (a forward gap, in its epoch) means an earlier
    /// batch of the producer did not land: its PUT or commit failed, or it is still on its way
    /// through another agent. Kafka answers OUT_OF_ORDER_SEQUENCE_NUMBER, and librdkafka then
    /// bumps the epoch and renumbers every queued batch of the producer, including ones that a
    /// dead agent may already have committed, which the new numbers turn into duplicates.
    /// KAFKA_STORAGE_ERROR (retriable, not persisted) makes clients retry the batch in order
    /// behind the one that failed, under the same numbers, so deduplication still holds. Any
    /// other mismatch (a rewound or forgotten sequence) stays OUT_OF_ORDER_SEQUENCE_NUMBER.
    ///
    /// The message ends with the expected sequence.
    public static func refusal(producerId: Int64, baseSequence: Int32, expected: Int32) -> (code: KafkaErrorCode, message: String) {
        if isAhead(baseSequence, of: expected) {
            return (
                .kafkaStorageError,
                "producer \(producerId) sent sequence \(baseSequence) before an earlier batch of it landed; retry in order, expected \(expected)"
            )
        }
        return (.outOfOrderSequenceNumber, "producer \(producerId) sent sequence \(baseSequence), expected \(expected)")
    }

    /// Whether `sequence` lies after `expected`, within half the wrapping sequence space.
    static func isAhead(_ sequence: Int32, of expected: Int32) -> Bool {
        let distance = (Int64(sequence) - Int64(expected) + Int64(Int32.max) + 1) % (Int64(Int32.max) + 1)
        return distance > 0 && distance <= Int64(Int32.max / 2)
    }

    /// Judges a batch of `recordCount` records starting at `baseSequence` from `epoch`.
    public static func judge(state: State?, epoch: Int16, baseSequence: Int32, recordCount: Int32) -> Verdict {
        guard let state else { return .append }  // unknown producer (new, or its state expired)
        if epoch < state.producerEpoch { return .fenced }
        let lastSequence = sequence(baseSequence, plus: recordCount - 1)
        if epoch > state.producerEpoch {
            return baseSequence == 0 ? .append : .outOfOrder(expected: 0)
        }
        if let match = state.recent.first(where: { $0.firstSequence == baseSequence && $0.lastSequence == lastSequence }) {
            return .duplicate(baseOffset: match.baseOffset)
        }
        guard let last = state.recent.last else { return .append }
        let expected = sequence(last.lastSequence, plus: 1)
        return baseSequence == expected ? .append : .outOfOrder(expected: expected)
    }

    /// The state after appending the batch at `baseOffset`.
    public static func record(state: State?, epoch: Int16, baseSequence: Int32, recordCount: Int32, baseOffset: Int64) -> State {
        var next = (state?.producerEpoch == epoch ? state : nil) ?? State(producerEpoch: epoch, recent: [])
        next.recent.append(RecentBatch(firstSequence: baseSequence, lastSequence: sequence(baseSequence, plus: recordCount - 1), baseOffset: baseOffset))
        if next.recent.count > retainedBatches { next.recent.removeFirst(next.recent.count - retainedBatches) }
        return next
    }

    /// Sequences wrap from Int32.max to 0, as Kafka's do.
    static func sequence(_ value: Int32, plus delta: Int32) -> Int32 {
        Int32(truncatingIfNeeded: (Int64(value) + Int64(delta)) % (Int64(Int32.max) + 1))
    }
}
