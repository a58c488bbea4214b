import ControlPlane
import KafkaProtocol
import NIOCore

/// Kafka's log compaction as pure functions: when a partition is due, which key's newest
/// offset each record loses to, and what a batch becomes. `LogCompactor` does the I/O.
///
/// Semantics, as Kafka's: a record goes when a newer record with the same key exists in the
/// section indexed (the "dirty" part since the last pass, up to min.compaction.lag.ms); the
/// newest value of every key stays, and offsets never change, so gaps appear. A tombstone
/// (a null value) that is the newest of its key is kept, and its batch is stamped with a
/// delete horizon of now + delete.retention.ms (attribute bit 6, the base timestamp holding
/// the horizon, record timestamps kept); a later pass past the horizon drops it.
enum LogCompaction {
    /// The topic configs compaction honours.
    struct Settings: Equatable {
        var deleteRetentionMs: Int64
        var minCompactionLagMs: Int64
        var maxCompactionLagMs: Int64
        var minCleanableDirtyRatio: Double

        init(configs: [String: String]) {
            func number(_ name: String) -> Int64 { Int64(TopicConfigs.value(name, in: configs) ?? "") ?? 0 }
            deleteRetentionMs = number("delete.retention.ms")
            minCompactionLagMs = number("min.compaction.lag.ms")
            maxCompactionLagMs = number("max.compaction.lag.ms")
            minCleanableDirtyRatio = Double(TopicConfigs.value("min.cleanable.dirty.ratio", in: configs) ?? "") ?? 0.5
        }
    }

    /// Whether a pass should clean the partition now: a kept tombstone's horizon has passed,
    /// the oldest dirty batch is older than max.compaction.lag.ms, or the dirty share of the
    /// log reaches min.cleanable.dirty.ratio.
    static func isDue(_ candidate: CompactionCandidate, settings: Settings, nowMs: Int64) -> Bool {
        if let expiry = candidate.tombstoneExpiryMs, expiry <= nowMs { return true }
        guard candidate.dirtyBytes > 0 else { return false }
        // Timestamps come from producers: a wild one must not overflow.
        if let oldest = candidate.oldestDirtyTimestamp {
            let (age, overflow) = nowMs.subtractingReportingOverflow(oldest)
            if overflow || age > settings.maxCompactionLagMs { return true }
        }
        let total = candidate.cleanBytes + candidate.dirtyBytes
        return Double(candidate.dirtyBytes) / Double(max(total, 1)) >= settings.minCleanableDirtyRatio
    }

    /// A record key, as 128 bits of two differently salted SipHashes (Kafka keeps an MD5):
    /// the map stays small, and two keys colliding is too unlikely to matter. Hasher's seed
    /// differs per process, so digests live only within one pass.
    struct KeyDigest: Hashable {
        var high: Int
        var low: Int

        init(_ key: ByteBuffer) {
            var first = Hasher()
            var second = Hasher()
            first.combine(0x6b65_7930)
            second.combine(0x6b65_7931)
            key.withUnsafeReadableBytes { bytes in
                first.combine(bytes: bytes)
                second.combine(bytes: bytes)
            }
            high = first.finalize()
            low = second.finalize()
        }
    }

    /// The newest offset of each key seen, bounded: a pass indexes batches until the map is
    /// full, cleans that far, and the next pass continues (Kafka's dedupe buffer).
    struct LatestOffsets {
        let capacity: Int
        private(set) var offsets: [KeyDigest: Int64] = [:]

        init(capacity: Int) { self.capacity = capacity }

        /// Whether a batch of `records` records may still be indexed (always, when empty).
        func hasRoom(for records: Int) -> Bool { offsets.isEmpty || offsets.count + records <= capacity }

        mutating func index(_ batch: RecordBatch, baseOffset: Int64) {
            for record in batch.records {
                guard let key = record.key else { continue }
                offsets[KeyDigest(key)] = baseOffset + Int64(record.offsetDelta)
            }
        }

        func newest(_ key: ByteBuffer) -> Int64? { offsets[KeyDigest(key)] }
    }

    enum Outcome: Equatable {
        /// Kept as stored. `horizon`: its kept tombstones' delete horizon, if any.
        case unchanged(horizon: Int64?)
        /// No record left: the batch leaves the index.
        case removed(records: Int)
        /// Rewritten with fewer records, or stamped with a delete horizon.
        case rewritten(RecordBatch, removedRecords: Int, horizon: Int64?)
    }

    /// What `batch`, stored at `baseOffset`, becomes.
    static func clean(_ batch: RecordBatch, baseOffset: Int64, latest: LatestOffsets, settings: Settings, nowMs: Int64) -> Outcome {
        guard !batch.attributes.isControl else { return .unchanged(horizon: nil) }
        let horizon: Int64? = batch.attributes.hasDeleteHorizon ? batch.baseTimestamp : nil
        var kept: [Record] = []
        var keptTombstone = false
        for record in batch.records {
            if let key = record.key, let newest = latest.newest(key), newest > baseOffset + Int64(record.offsetDelta) { continue }
            if record.key != nil, record.value == nil {
                if let horizon, horizon <= nowMs { continue }
                keptTombstone = true
            }
            kept.append(record)
        }
        let removed = batch.records.count - kept.count
        if kept.isEmpty { return .removed(records: removed) }
        if removed == 0 && (!keptTombstone || horizon != nil) { return .unchanged(horizon: keptTombstone ? horizon : nil) }
        var rewritten = batch
        rewritten.records = kept
        var newHorizon = horizon
        if keptTombstone && horizon == nil {
            let (stamp, overflow) = nowMs.addingReportingOverflow(settings.deleteRetentionMs)
            let base = overflow ? Int64.max : stamp
            for index in rewritten.records.indices {
                rewritten.records[index].timestampDelta = batch.baseTimestamp + rewritten.records[index].timestampDelta - base
            }
            rewritten.baseTimestamp = base
            rewritten.attributes = RecordBatchAttributes(rawValue: batch.attributes.rawValue | (1 << 6))
            newHorizon = base
        }
        return .rewritten(rewritten, removedRecords: removed, horizon: keptTombstone ? newHorizon : nil)
    }
}
