import ControlPlane
import Foundation
import KafkaLog
import KafkaProtocol
import Logging
import NIOCore
import ObjectStore

/// The `jobs` role: retention, deleting dead and orphaned objects, merging small objects, and
/// log compaction of topics with cleanup.policy=compact (`LogCompactor`).
///
/// Every pass is safe to run on several agents at once: retention is idempotent, an object
/// is forgotten only when no batch points at it, and a compaction that lost a race moves no
/// batch, so its new object is simply dead and deleted by the next pass.
public actor JobsRunner {
    public struct Configuration: Sendable {
        /// Time between passes.
        public var interval: Duration = .seconds(30)
        /// An object in the bucket that the control plane does not know is deleted once it has
        /// been seen unknown for this long: longer than any PUT-to-commit gap (the produce path
        /// gives up on a commit well within a minute).
        public var orphanGrace: Duration = .seconds(600)
        /// Objects smaller than this are merged...
        public var compactBelowBytes = 4 << 20
        /// ...into objects of about this size...
        public var compactTargetBytes = 16 << 20
        /// ...once they are this old (fresh data is read from the cache anyway).
        public var compactMinAge: Duration = .seconds(60)
        /// Log compaction's bounds (key map, object size).
        var logCompaction = LogCompactor.Configuration()
        public init() {}
    }

    /// What one pass did.
    public struct Report: Sendable, Equatable, CustomStringConvertible {
        public var retention = RetentionOutcome(partitionsAdvanced: 0, batchesRemoved: 0)
        public var deadObjectsDeleted = 0
        public var orphansDeleted = 0
        public var objectsCompacted = 0
        public var compactedInto = 0
        var logCompaction = LogCompactor.Report()
        public var description: String {
            "retention advanced \(retention.partitionsAdvanced) partitions (\(retention.batchesRemoved) batches); deleted \(deadObjectsDeleted) dead and \(orphansDeleted) orphaned objects; compacted \(objectsCompacted) objects into \(compactedInto); log compaction cleaned \(logCompaction.partitionsCompacted) partitions, removing \(logCompaction.recordsRemoved) records (\(logCompaction.bytesRead) bytes read, \(logCompaction.bytesWritten) written, \(logCompaction.gets) GETs, \(logCompaction.puts) PUTs, in \(logCompaction.duration))"
        }
    }

    private let objects: any ObjectStore
    private let maintenance: any MaintenanceStore
    private let dataPrefix: String
    private let configuration: Configuration
    private let logger: Logger
    /// Unknown keys, and when this runner first saw each.
    private var unknownSince: [String: ContinuousClock.Instant] = [:]

    /// - Parameter dataPrefix: where segments live, e.g. "prefix/data/<cluster id>/".
    public init(objects: any ObjectStore, maintenance: any MaintenanceStore, dataPrefix: String, configuration: Configuration, logger: Logger) {
        self.objects = objects
        self.maintenance = maintenance
        self.dataPrefix = dataPrefix
        self.configuration = configuration
        self.logger = logger
    }

    /// Runs a pass every `interval` until cancelled.
    public func run() async {
        while !Task.isCancelled {
            do {
                let report = try await runOnce()
                logger.info("jobs: \(report)")
            } catch {
                logger.warning("jobs pass failed: \(error)")
            }
            try? await Task.sleep(for: configuration.interval)
        }
    }

    /// One pass: retention, then dead objects, orphans, and compaction.
    public func runOnce(nowMs: Int64 = Int64(Date().timeIntervalSince1970 * 1000)) async throws -> Report {
        var report = Report()
        report.retention = try await maintenance.applyRetention(nowMs: nowMs)
        // Listing the bucket before reading the inventory: a key committed in between is known
        // by the time we compare, so it cannot look orphaned.
        let listed = try await objects.list(prefix: dataPrefix)
        let known = try await maintenance.objects()
        let knownKeys = Set(known.map(\.key))

        let dead = known.filter { $0.liveBatches == 0 }.map(\.key)
        for key in dead { try await objects.delete(key) }
        try await maintenance.forgetObjects(dead)
        report.deadObjectsDeleted = dead.count

        let now = ContinuousClock.now
        let unknown = Set(listed.map(\.key)).subtracting(knownKeys)
        unknownSince = unknownSince.filter { unknown.contains($0.key) }
        for key in unknown where unknownSince[key] == nil { unknownSince[key] = now }
        for (key, since) in unknownSince where since.duration(to: now) >= configuration.orphanGrace {
            try await objects.delete(key)
            unknownSince[key] = nil
            report.orphansDeleted += 1
            logger.info("deleted orphaned object \(key)")
        }

        let minAgeMs = configuration.compactMinAge.milliseconds
        let small = known.filter { $0.liveBatches > 0 && $0.size < configuration.compactBelowBytes && $0.createdMs <= nowMs - minAgeMs }
        var group: [StoredObject] = []
        var bytes: Int64 = 0
        for object in small {
            group.append(object)
            bytes += object.size
            if bytes >= configuration.compactTargetBytes {
                report.compactedInto += try await compact(group, nowMs: nowMs) ? 1 : 0
                report.objectsCompacted += group.count
                group = []
                bytes = 0
            }
        }
        if group.count >= 2 {
            report.compactedInto += try await compact(group, nowMs: nowMs) ? 1 : 0
            report.objectsCompacted += group.count
        }
        report.logCompaction = try await LogCompactor(
            objects: objects, maintenance: maintenance, dataPrefix: dataPrefix, configuration: configuration.logCompaction, logger: logger
        ).runOnce(nowMs: nowMs)
        return report
    }

    /// Copies the live batches of `group` into one new object and points the index at it.
    /// The old objects, now dead, go in the next pass.
    private func compact(_ group: [StoredObject], nowMs: Int64) async throws -> Bool {
        let batches = try await maintenance.liveBatches(inObjects: group.map(\.key))
        guard !batches.isEmpty else { return false }
        var builder = SegmentBuilder()
        var sources: [Int: BatchSource] = [:]
        for (key, inObject) in Dictionary(grouping: batches, by: \.objectKey) {
            let object = try await objects.get(key)
            for batch in inObject.sorted(by: { $0.baseOffset < $1.baseOffset }) {
                guard let bytes = object.getSlice(at: object.readerIndex + batch.byteOffset, length: batch.byteLength) else {
                    throw SegmentError.corrupt("batch at \(batch.byteOffset) of \(key) runs past the object's end")
                }
                let sequence = builder.append(bytes, to: batch.partition)
                sources[sequence] = BatchSource(partition: batch.partition, baseOffset: batch.baseOffset, objectKey: key)
            }
        }
        let (object, placements) = builder.build(createdAtMs: nowMs)
        let key = "\(dataPrefix)\(nowMs / 3_600_000)/\(UUID().uuidString.lowercased()).seg"
        try await objects.putIfAbsent(key, data: object)
        let moved = try await maintenance.replaceBatches(
            SegmentCommit(objectKey: key, objectSize: object.readableBytes, batches: placements, createdAtMs: nowMs),
            sources: placements.map { sources[$0.sequence]! })
        logger.info("compacted \(group.count) objects into \(key): \(moved) of \(placements.count) batches moved")
        return true
    }
}
