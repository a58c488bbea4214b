import ControlPlane
import Foundation
import KafkaLog
import KafkaProtocol
import Logging
import Metrics
import NIOCore
import ObjectStore

/// Log compaction for topics with cleanup.policy=compact, run by the jobs role each pass.
///
/// Per partition that is due (`LogCompaction.isDue`): index the newest offset of every key in
/// the dirty section (from the checkpoint, up to min.compaction.lag.ms, bounded by
/// `keyCapacity`), then read the log from its start to where indexing stopped, and rewrite
/// only the batches that lose records (re-encoded with the codec they came with, CRCs
/// recomputed) into new objects. Each object's batches are repointed in one control-plane
/// transaction that checks every batch is still where it was read; the last step moves the
/// checkpoint. Memory is bounded by the key map, one index page and one output object.
struct LogCompactor {
    struct Configuration: Sendable {
        /// Keys indexed per partition pass (Kafka's log.cleaner.dedupe.buffer.size, in keys).
        var keyCapacity = 1_000_000
        /// Rewritten batches are written in objects of about this size.
        var targetObjectBytes = 16 << 20
        /// Batch-index bytes read per page.
        var pageBytes = 8 << 20
    }

    /// What a pass did.
    struct Report: Sendable, Equatable {
        var partitionsCompacted = 0
        var bytesRead: Int64 = 0
        var bytesWritten: Int64 = 0
        var recordsRemoved = 0
        var batchesRemoved = 0
        var batchesRewritten = 0
        /// Steps a concurrent change made void (retried next pass).
        var conflicts = 0
        /// Partitions whose pass failed (logged; retried next pass).
        var failures = 0
        /// Object-store requests: ranged GETs read, PUTs of new objects.
        var gets = 0
        var puts = 0
        /// How long the pass took.
        var duration: Duration = .zero
    }

    static let readBytes = Counter(label: "fjord_compaction_read_bytes_total")
    static let writtenBytes = Counter(label: "fjord_compaction_written_bytes_total")
    static let removedRecords = Counter(label: "fjord_compaction_removed_records_total")
    static let dirtyBytes = Gauge(label: "fjord_compaction_dirty_bytes")
    static let lastRun = Gauge(label: "fjord_compaction_last_run_timestamp_seconds")

    let objects: any ObjectStore
    let maintenance: any MaintenanceStore
    let dataPrefix: String
    let configuration: Configuration
    let logger: Logger

    func runOnce(nowMs: Int64) async throws -> Report {
        let started = ContinuousClock.now
        var report = Report()
        let candidates = try await maintenance.compactionCandidates()
        for candidate in candidates {
            let settings = LogCompaction.Settings(configs: candidate.configs)
            guard LogCompaction.isDue(candidate, settings: settings, nowMs: nowMs) else { continue }
            do {
                try await compact(candidate, settings: settings, nowMs: nowMs, report: &report)
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                // One partition that cannot be compacted (an unreadable batch, a store error)
                // must not hold up the others; it is tried again next pass.
                report.failures += 1
                logger.error("log compaction of \(candidate.topicName)-\(candidate.partition.partition) failed: \(error)")
            }
        }
        // The lag after the pass: read again only if the pass changed something.
        let remaining = report.partitionsCompacted == 0 ? candidates : try await maintenance.compactionCandidates()
        Self.dirtyBytes.record(remaining.reduce(0) { $0 + $1.dirtyBytes })
        Self.lastRun.record(Double(nowMs) / 1000)
        Self.readBytes.increment(by: Int(report.bytesRead))
        Self.writtenBytes.increment(by: Int(report.bytesWritten))
        Self.removedRecords.increment(by: report.recordsRemoved)
        report.duration = started.duration(to: .now)
        return report
    }

    private func compact(_ candidate: CompactionCandidate, settings: LogCompaction.Settings, nowMs: Int64, report: inout Report) async throws {
        let partition = candidate.partition
        // 1. Index the dirty section.
        var latest = LogCompaction.LatestOffsets(capacity: configuration.keyCapacity)
        let lagCut = settings.minCompactionLagMs > 0 ? nowMs - settings.minCompactionLagMs : Int64.max
        var cleanEnd = candidate.cleanedThrough
        var position = max(candidate.cleanedThrough, candidate.logStartOffset)
        // Transactions: nothing at or past the last stable offset is cleaned (it may still be
        // aborted), and an aborted transaction's records supersede nothing, as in Kafka's cleaner.
        let offsets = try await maintenance.offsets(of: [partition])[partition]
        let stable = min(offsets?.lastStableOffset ?? candidate.highWatermark, candidate.highWatermark)
        let aborted =
            (offsets?.lastAbortedOffset ?? Int64.max) >= candidate.logStartOffset
            ? try await maintenance.abortedTransactions(in: partition, overlapping: candidate.logStartOffset...max(candidate.logStartOffset, stable)) : []
        indexing: while position < stable {
            let page = try await maintenance.compactionBatches(in: partition, from: position, maxBytes: configuration.pageBytes)
            guard !page.isEmpty else { break }
            for (location, bytes) in try await read(page, report: &report) {
                guard location.lastOffset >= position else { continue }
                if location.maxTimestamp > lagCut || location.baseOffset >= stable { break indexing }
                let batch = try decode(bytes, location, candidate)
                guard latest.hasRoom(for: batch.records.count) else { break indexing }
                if !batch.attributes.isControl && !Self.isAborted(batch, at: location.baseOffset, aborted) {
                    latest.index(batch, baseOffset: location.baseOffset)
                }
                cleanEnd = location.lastOffset + 1
            }
            position = page.last!.lastOffset + 1
        }
        let tombstonesDue = candidate.tombstoneExpiryMs.map { $0 <= nowMs } ?? false
        guard cleanEnd > candidate.cleanedThrough || tombstonesDue else { return }

        // 2. Rewrite what loses records, from the log start to where indexing stopped.
        var step = Step(partition: partition)
        var horizon: Int64?
        position = candidate.logStartOffset
        rewriting: while position < cleanEnd {
            let page = try await maintenance.compactionBatches(in: partition, from: position, maxBytes: configuration.pageBytes)
            guard !page.isEmpty else { break }
            for (location, bytes) in try await read(page, report: &report) {
                guard location.lastOffset >= position else { continue }
                guard location.baseOffset < cleanEnd else { break rewriting }
                report.bytesRead += Int64(location.byteLength)
                let source = BatchSource(partition: partition, baseOffset: location.baseOffset, objectKey: location.objectKey)
                let outcome = LogCompaction.clean(
                    try decode(bytes, location, candidate), baseOffset: location.baseOffset, latest: latest, settings: settings, nowMs: nowMs)
                switch outcome {
                case .unchanged(let kept):
                    horizon = Self.earlier(horizon, kept)
                case .removed(let records):
                    step.removed.append(source)
                    report.recordsRemoved += records
                    report.batchesRemoved += 1
                case .rewritten(let batch, let removedRecords, let kept):
                    var encoded = ByteBuffer()
                    try batch.encode(into: &encoded)
                    step.rewritten[step.builder.append(encoded, to: partition)] = source
                    report.recordsRemoved += removedRecords
                    report.batchesRewritten += 1
                    report.bytesWritten += Int64(encoded.readableBytes)
                    horizon = Self.earlier(horizon, kept)
                }
                if step.builder.payloadBytes >= configuration.targetObjectBytes {
                    guard try await apply(&step, cleanedThrough: nil, horizon: nil, nowMs: nowMs, report: &report) else { return }
                }
            }
            position = page.last!.lastOffset + 1
        }
        guard try await apply(&step, cleanedThrough: cleanEnd, horizon: horizon, nowMs: nowMs, report: &report) else { return }
        report.partitionsCompacted += 1
        logger.info("compacted \(candidate.topicName)-\(partition.partition) up to offset \(cleanEnd)")
    }

    /// Rewritten batches waiting for their object, and batches to remove.
    private struct Step {
        var partition: TopicPartitionID
        var builder = SegmentBuilder()
        var rewritten: [Int: BatchSource] = [:]
        var removed: [BatchSource] = []
    }

    /// Writes the step's object and applies it; false when a concurrent change voided it.
    private func apply(_ step: inout Step, cleanedThrough: Int64?, horizon: Int64?, nowMs: Int64, report: inout Report) async throws -> Bool {
        var segment: SegmentCommit?
        var sources: [BatchSource] = []
        if !step.builder.isEmpty {
            let (object, placements) = step.builder.build(createdAtMs: nowMs)
            let key = "\(dataPrefix)\(nowMs / 3_600_000)/\(UUID().uuidString.lowercased()).seg"
            try await objects.putIfAbsent(key, data: object)
            report.puts += 1
            segment = SegmentCommit(objectKey: key, objectSize: object.readableBytes, batches: placements, createdAtMs: nowMs)
            sources = placements.map { step.rewritten[$0.sequence]! }
        }
        guard segment != nil || !step.removed.isEmpty || cleanedThrough != nil else { return true }
        let applied = try await maintenance.applyCompaction(
            CompactionRewrite(
                partition: step.partition, segment: segment, rewritten: sources, removed: step.removed, cleanedThrough: cleanedThrough,
                tombstoneExpiryMs: horizon))
        step = Step(partition: step.partition)
        if !applied {
            // The new object, if any, is now unknown to the index: the orphan sweep deletes it.
            report.conflicts += 1
            logger.notice("compaction of \(step.partition) lost a race with another change; the next pass starts it over")
        }
        return applied
    }

    private func decode(_ bytes: ByteBuffer, _ location: BatchLocation, _ candidate: CompactionCandidate) throws -> RecordBatch {
        var input = bytes
        do {
            return try RecordBatch(from: &input)
        } catch {
            throw SegmentError.corrupt(
                "batch at offset \(location.baseOffset) of \(candidate.topicName)-\(candidate.partition.partition) in \(location.objectKey) cannot be read: \(error)"
            )
        }
    }

    /// Whether the batch at `offset` belongs to one of the aborted transactions.
    static func isAborted(_ batch: RecordBatch, at offset: Int64, _ aborted: [AbortedTransaction]) -> Bool {
        batch.attributes.isTransactional
            && aborted.contains { $0.producerId == batch.producerId && $0.firstOffset <= offset && offset <= $0.lastOffset }
    }

    /// The bytes of each batch, in page order: one ranged GET per object when its batches sit
    /// close together, else one per batch. Transaction markers have no object: their control
    /// batches are made from the index.
    private func read(_ page: [BatchLocation], report: inout Report) async throws -> [(BatchLocation, ByteBuffer)] {
        var bytes: [Int: ByteBuffer] = [:]
        for index in page.indices { if let marker = page[index].marker { bytes[index] = marker.controlBatch() } }
        for (key, indexes) in Dictionary(grouping: page.indices.filter { page[$0].marker == nil }, by: { page[$0].objectKey }) {
            let start = indexes.map { page[$0].byteOffset }.min()!
            let end = indexes.map { page[$0].byteOffset + page[$0].byteLength }.max()!
            let needed = indexes.reduce(0) { $0 + page[$1].byteLength }
            if end - start <= 2 * needed + (64 << 10) {
                let span = try await objects.get(key, range: start..<end)
                report.gets += 1
                for index in indexes {
                    guard let slice = span.getSlice(at: span.readerIndex + page[index].byteOffset - start, length: page[index].byteLength) else {
                        throw SegmentError.corrupt("batch at \(page[index].byteOffset) of \(key) runs past the object's end")
                    }
                    bytes[index] = slice
                }
            } else {
                for index in indexes {
                    let location = page[index]
                    bytes[index] = try await objects.get(key, range: location.byteOffset..<(location.byteOffset + location.byteLength))
                    report.gets += 1
                }
            }
        }
        return page.indices.map { (page[$0], bytes[$0]!) }
    }

    private static func earlier(_ a: Int64?, _ b: Int64?) -> Int64? {
        switch (a, b) {
        case (nil, let value), (let value, nil): value
        case (let a?, let b?): min(a, b)
        }
    }
}
