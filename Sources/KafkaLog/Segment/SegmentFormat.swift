import KafkaProtocol
import NIOCore

/// The segment object: one per flush, holding the record batches of many partitions.
///
///     header   16 bytes   magic "FJSG", format version (uint16), flags (uint16), created-at ms (int64)
///     data     the batches exactly as clients sent them, grouped by partition (sorted by topic id, partition)
///     index    entry count (uint32), then per partition:
///              topic id (16), partition (int32), byte offset (uint64), byte length (uint32),
///              batch count (uint32), record count (uint32)
///     trailer  16 bytes   index offset (uint64), CRC32C of every byte before the trailer (uint32), magic "FJSG"
///
/// Batches are stored without offsets: the control plane assigns them at commit, and the
/// fetch path stamps `baseOffset` into each batch on the way out (outside the batch CRC).
/// The object is self-describing, so jobs (compaction, orphan checks) can read it without
/// the control plane.
public enum SegmentFormat {
    public static let magic: [UInt8] = Array("FJSG".utf8)
    public static let version: UInt16 = 1
    public static let headerSize = 16
    public static let trailerSize = 16
    static let indexEntrySize = 16 + 4 + 8 + 4 + 4 + 4
}

/// One partition's run of bytes inside a segment, from the footer index.
public struct SegmentIndexEntry: Hashable, Sendable {
    public var partition: TopicPartitionID
    public var byteOffset: Int
    public var byteLength: Int
    public var batchCount: Int
    public var recordCount: Int
}

/// Builds a segment from batches appended in any order.
public struct SegmentBuilder: Sendable {
    private var batches: [TopicPartitionID: [(sequence: Int, bytes: ByteBuffer)]] = [:]
    public private(set) var payloadBytes = 0
    public private(set) var batchCount = 0

    public init() {}

    public var isEmpty: Bool { batches.isEmpty }

    /// Adds a batch; returns its sequence number, which its `BatchPlacement` carries.
    @discardableResult
    public mutating func append(_ batch: ByteBuffer, to partition: TopicPartitionID) -> Int {
        defer { batchCount += 1 }
        batches[partition, default: []].append((batchCount, batch))
        payloadBytes += batch.readableBytes
        return batchCount
    }

    /// The object bytes, and where every batch went (in append order within each partition).
    public func build(createdAtMs: Int64) -> (object: ByteBuffer, placements: [BatchPlacement]) {
        let partitions = batches.sorted { $0.key < $1.key }
        var object = ByteBuffer()
        object.reserveCapacity(SegmentFormat.headerSize + payloadBytes + batches.count * SegmentFormat.indexEntrySize + SegmentFormat.trailerSize + 8)
        object.writeBytes(SegmentFormat.magic)
        object.writeInteger(SegmentFormat.version, endianness: .big)
        object.writeInteger(UInt16(0), endianness: .big)
        object.writeInteger(createdAtMs, endianness: .big)
        var placements: [BatchPlacement] = []
        var entries: [SegmentIndexEntry] = []
        for (partition, partitionBatches) in partitions {
            let start = object.writerIndex
            var records = 0
            var written = 0
            for (sequence, batch) in partitionBatches {
                let offset = object.writerIndex
                object.writeImmutableBuffer(batch)
                // Batches were validated on the way in; the header is re-read from the copy. One
                // that cannot be read is left out: it gets no placement, so its producer gets an
                // error, never an offset.
                guard let header = try? RecordBatchHeader.peek(object, at: offset) else {
                    object.moveWriterIndex(to: offset)
                    continue
                }
                records += Int(header.recordCount)
                written += 1
                placements.append(BatchPlacement(sequence: sequence, partition: partition, byteOffset: offset, byteLength: batch.readableBytes, header: header))
            }
            guard written > 0 else { continue }
            entries.append(
                SegmentIndexEntry(
                    partition: partition, byteOffset: start, byteLength: object.writerIndex - start, batchCount: written, recordCount: records))
        }
        let indexOffset = object.writerIndex
        object.writeInteger(UInt32(entries.count), endianness: .big)
        for entry in entries {
            object.writeKafkaUUID(entry.partition.topicId)
            object.writeInteger(entry.partition.partition, endianness: .big)
            object.writeInteger(UInt64(entry.byteOffset), endianness: .big)
            object.writeInteger(UInt32(entry.byteLength), endianness: .big)
            object.writeInteger(UInt32(entry.batchCount), endianness: .big)
            object.writeInteger(UInt32(entry.recordCount), endianness: .big)
        }
        object.writeInteger(UInt64(indexOffset), endianness: .big)
        let crc = object.withUnsafeReadableBytes { CRC32C.checksum($0) }
        object.writeInteger(crc, endianness: .big)
        object.writeBytes(SegmentFormat.magic)
        return (object, placements)
    }
}

/// Reads a whole segment object back: checks magic, version and checksum, returns the index.
public enum SegmentReader {
    public static func index(of object: ByteBuffer) throws -> [SegmentIndexEntry] {
        let size = object.readableBytes
        let base = object.readerIndex
        guard size >= SegmentFormat.headerSize + 4 + SegmentFormat.trailerSize,
            object.getBytes(at: base, length: 4) == SegmentFormat.magic,
            object.getBytes(at: base + size - 4, length: 4) == SegmentFormat.magic
        else {
            throw SegmentError.corrupt("not a Fjord segment (bad magic or too short)")
        }
        let version = object.getInteger(at: base + 4, endianness: .big, as: UInt16.self)!
        guard version == SegmentFormat.version else { throw SegmentError.corrupt("unsupported segment format version \(version)") }
        let trailer = base + size - SegmentFormat.trailerSize
        let storedCRC = object.getInteger(at: trailer + 8, endianness: .big, as: UInt32.self)!
        guard CRC32C.checksum(object, at: base, length: trailer + 8 - base) == storedCRC else {
            throw SegmentError.corrupt("segment checksum mismatch")
        }
        let indexOffset = Int(object.getInteger(at: trailer, endianness: .big, as: UInt64.self)!)
        guard var index = object.getSlice(at: base + indexOffset, length: max(0, trailer - base - indexOffset)),
            let count = index.readInteger(endianness: .big, as: UInt32.self),
            Int(count) * SegmentFormat.indexEntrySize == index.readableBytes
        else {
            throw SegmentError.corrupt("segment index is malformed")
        }
        return try (0..<Int(count)).map { _ in
            let topic = try index.readKafkaUUID()
            return SegmentIndexEntry(
                partition: TopicPartitionID(topicId: topic, partition: index.readInteger(endianness: .big)!),
                byteOffset: Int(index.readInteger(endianness: .big, as: UInt64.self)!),
                byteLength: Int(index.readInteger(endianness: .big, as: UInt32.self)!),
                batchCount: Int(index.readInteger(endianness: .big, as: UInt32.self)!),
                recordCount: Int(index.readInteger(endianness: .big, as: UInt32.self)!))
        }
    }
}

public enum SegmentError: Error, Equatable, Sendable, CustomStringConvertible {
    case corrupt(String)
    public var description: String {
        switch self {
        case .corrupt(let detail): "corrupt segment: \(detail)"
        }
    }
}
