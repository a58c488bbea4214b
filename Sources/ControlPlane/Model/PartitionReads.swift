import KafkaLog

/// One partition a Fetch reads: from which offset, and at most how many bytes of batches.
public struct PartitionRead: Hashable, Sendable, Codable {
    public var partition: TopicPartitionID
    public var from: Int64
    public var maxBytes: Int

    public init(partition: TopicPartitionID, from: Int64, maxBytes: Int) {
        self.partition = partition
        self.from = from
        self.maxBytes = maxBytes
    }
}

/// What a Fetch needs of one partition, read in one call (`MetadataStore.read`).
public struct PartitionReadAnswer: Hashable, Sendable, Codable {
    public var partition: TopicPartitionID
    public var offsets: PartitionOffsets
    /// From the batch holding `from`, within `maxBytes` (at least one batch when any is
    /// readable); empty when `from` is outside what the fetch may read (out of range, or
    /// nothing new yet). read_committed: only batches below the last stable offset.
    public var batches: [BatchLocation]
    /// read_committed: the aborted transactions that meet the batches returned.
    public var aborted: [AbortedTransaction]

    public init(partition: TopicPartitionID, offsets: PartitionOffsets, batches: [BatchLocation] = [], aborted: [AbortedTransaction] = []) {
        self.partition = partition
        self.offsets = offsets
        self.batches = batches
        self.aborted = aborted
    }
}

extension MetadataStore {
    /// The stores next to their data answer `read` with their own calls (`readComposed`).
    public func read(_ reads: [PartitionRead], readCommitted: Bool) async throws -> [PartitionReadAnswer] {
        try await readComposed(reads, readCommitted: readCommitted)
    }

    /// `read` from the store's own calls: offsets, then each partition's batches and aborted
    /// ranges. A store across a network (the control-plane client) answers it in one round trip.
    public func readComposed(_ reads: [PartitionRead], readCommitted: Bool) async throws -> [PartitionReadAnswer] {
        let offsets = try await self.offsets(of: reads.map(\.partition))
        var answers: [PartitionReadAnswer] = []
        for read in reads {
            guard let current = offsets[read.partition] else { continue }
            var answer = PartitionReadAnswer(partition: read.partition, offsets: current)
            let readable = readCommitted ? current.lastStableOffset : current.highWatermark
            if read.from >= current.logStartOffset && read.from < readable {
                answer.batches = try await batches(in: read.partition, from: read.from, maxBytes: max(read.maxBytes, 1))
                if readCommitted {
                    // Transactions' batches are whole batches, so the LSO falls between batches.
                    answer.batches.removeAll { $0.baseOffset >= current.lastStableOffset }
                    // Only where an aborted range may meet what is returned (nil: the store did not say).
                    if let last = answer.batches.last, current.lastAbortedOffset.map({ $0 >= read.from }) ?? true {
                        answer.aborted = try await abortedTransactions(in: read.partition, overlapping: read.from...max(read.from, last.lastOffset))
                    }
                }
            }
            answers.append(answer)
        }
        return answers
    }
}
