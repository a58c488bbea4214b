import NIOCore

/// The fixed 61-byte header of a RecordBatch (magic 2), read in place.
///
/// Layout (offsets from the start of the batch):
///
///     0 baseOffset int64        21 attributes int16       51 producerEpoch int16
///     8 batchLength int32       23 lastOffsetDelta int32  53 baseSequence int32
///    12 partitionLeaderEpoch    27 baseTimestamp int64    57 recordCount int32
///    16 magic int8              35 maxTimestamp int64     61 records ...
///    17 crc uint32              43 producerId int64
///
/// The CRC covers bytes 21 to the end, so baseOffset and partitionLeaderEpoch can be
/// rewritten without recomputing it.
public struct RecordBatchHeader: Hashable, Sendable, Codable {
    public static let size = 61
    /// Bytes before the CRC'd region: the part of the header batchLength does not count.
    public static let lengthFieldEnd = 12
    static let crcOffset = 17
    static let attributesOffset = 21

    public var baseOffset: Int64
    /// Bytes after the batchLength field; the whole batch is `batchLength + 12` bytes.
    public var batchLength: Int32
    public var partitionLeaderEpoch: Int32
    public var magic: Int8
    public var crc: UInt32
    public var attributes: RecordBatchAttributes
    public var lastOffsetDelta: Int32
    public var baseTimestamp: Int64
    public var maxTimestamp: Int64
    public var producerId: Int64
    public var producerEpoch: Int16
    public var baseSequence: Int32
    public var recordCount: Int32

    /// The whole batch's size in bytes.
    public var totalSize: Int { Int(batchLength) + Self.lengthFieldEnd }
    /// The offset of the batch's last record.
    public var lastOffset: Int64 { baseOffset + Int64(lastOffsetDelta) }

    /// Reads the header of the batch starting at absolute `index` without moving the reader
    /// index or decoding any record. Checks magic and that the length is sane, not the CRC.
    @inlinable
    public static func peek(_ buffer: ByteBuffer, at index: Int) throws(KafkaDecodingError) -> RecordBatchHeader {
        let available = buffer.writerIndex - index
        guard index >= buffer.readerIndex, available >= size else {
            throw .truncated(needed: size, available: max(available, 0))
        }
        // One pointer access and unaligned big-endian loads: the header is read on every
        // produce and fetch, so this avoids 13 bounds-checked getInteger calls.
        let header = buffer.withUnsafeReadableBytes { raw in
            let base = UnsafeRawBufferPointer(rebasing: raw[(index - buffer.readerIndex)...])
            func get<T: FixedWidthInteger>(_ offset: Int, _: T.Type = T.self) -> T {
                T(bigEndian: base.loadUnaligned(fromByteOffset: offset, as: T.self))
            }
            return RecordBatchHeader(
                baseOffset: get(0), batchLength: get(8), partitionLeaderEpoch: get(12), magic: get(16),
                crc: get(17), attributes: RecordBatchAttributes(rawValue: get(21)), lastOffsetDelta: get(23),
                baseTimestamp: get(27), maxTimestamp: get(35), producerId: get(43), producerEpoch: get(51),
                baseSequence: get(53), recordCount: get(57)
            )
        }
        guard header.magic == 2 else { throw .invalidValue("unsupported record batch magic \(header.magic) (only v2 batches are accepted)") }
        guard header.batchLength >= Int32(size - lengthFieldEnd) else { throw .invalidLength(Int64(header.batchLength)) }
        return header
    }

    public init(
        baseOffset: Int64, batchLength: Int32, partitionLeaderEpoch: Int32, magic: Int8, crc: UInt32,
        attributes: RecordBatchAttributes, lastOffsetDelta: Int32, baseTimestamp: Int64, maxTimestamp: Int64,
        producerId: Int64, producerEpoch: Int16, baseSequence: Int32, recordCount: Int32
    ) {
        self.baseOffset = baseOffset
        self.batchLength = batchLength
        self.partitionLeaderEpoch = partitionLeaderEpoch
        self.magic = magic
        self.crc = crc
        self.attributes = attributes
        self.lastOffsetDelta = lastOffsetDelta
        self.baseTimestamp = baseTimestamp
        self.maxTimestamp = maxTimestamp
        self.producerId = producerId
        self.producerEpoch = producerEpoch
        self.baseSequence = baseSequence
        self.recordCount = recordCount
    }

    /// Checks the CRC of the complete batch at `index` against its header.
    public static func verifyChecksum(_ buffer: ByteBuffer, at index: Int) throws(KafkaDecodingError) {
        let header = try peek(buffer, at: index)
        guard index + header.totalSize <= buffer.writerIndex else {
            throw .truncated(needed: header.totalSize, available: buffer.writerIndex - index)
        }
        let computed = CRC32C.checksum(buffer, at: index + attributesOffset, length: header.totalSize - attributesOffset)
        guard computed == header.crc else {
            throw .invalidValue("record batch CRC mismatch: header says \(header.crc), bytes give \(computed ?? 0)")
        }
    }

    /// Overwrites the baseOffset of the batch at absolute `index`. The CRC stays valid: it
    /// does not cover this field.
    @inlinable
    public static func rewriteBaseOffset(_ buffer: inout ByteBuffer, at index: Int, to offset: Int64) {
        buffer.setInteger(offset, at: index, endianness: .big)
    }

    /// Marks the batch at `index` as LogAppendTime with `timestamp` as its max timestamp, as a
    /// broker does for a topic with message.timestamp.type=LogAppendTime, and recomputes the CRC.
    public static func stampLogAppendTime(_ buffer: inout ByteBuffer, at index: Int, timestamp: Int64) {
        guard let attributes = buffer.getInteger(at: index + attributesOffset, endianness: .big, as: Int16.self),
            let length = buffer.getInteger(at: index + 8, endianness: .big, as: Int32.self)
        else { return }
        buffer.setInteger(attributes | (1 << 3), at: index + attributesOffset, endianness: .big)
        buffer.setInteger(timestamp, at: index + 35, endianness: .big)
        let covered = Int(length) + lengthFieldEnd - attributesOffset
        if let crc = CRC32C.checksum(buffer, at: index + attributesOffset, length: covered) {
            buffer.setInteger(crc, at: index + crcOffset, endianness: .big)
        }
    }

    /// Overwrites the partitionLeaderEpoch of the batch at `index` (also outside the CRC).
    @inlinable
    public static func rewritePartitionLeaderEpoch(_ buffer: inout ByteBuffer, at index: Int, to epoch: Int32) {
        buffer.setInteger(epoch, at: index + 12, endianness: .big)
    }
}

/// The attributes bit field of a record batch.
public struct RecordBatchAttributes: Hashable, Sendable, Codable {
    public var rawValue: Int16

    @inlinable
    public init(rawValue: Int16) { self.rawValue = rawValue }

    public init(compression: CompressionCodec = .none, logAppendTime: Bool = false, isTransactional: Bool = false, isControl: Bool = false) {
        rawValue = Int16(compression.rawValue)
        if logAppendTime { rawValue |= 1 << 3 }
        if isTransactional { rawValue |= 1 << 4 }
        if isControl { rawValue |= 1 << 5 }
    }

    /// The codec bits; nil when they name a codec Kafka does not define.
    public var compression: CompressionCodec? { CompressionCodec(rawValue: Int8(rawValue & 0x7)) }
    public var isLogAppendTime: Bool { rawValue & (1 << 3) != 0 }
    public var isTransactional: Bool { rawValue & (1 << 4) != 0 }
    public var isControl: Bool { rawValue & (1 << 5) != 0 }
    public var hasDeleteHorizon: Bool { rawValue & (1 << 6) != 0 }
}

/// Walks the batches laid end to end in a records field, reading only headers.
public struct RecordBatchHeaders: Sequence, IteratorProtocol {
    private let buffer: ByteBuffer
    private var index: Int
    /// Set when the walk stopped at malformed bytes rather than at the end.
    public private(set) var error: KafkaDecodingError?

    public init(_ buffer: ByteBuffer) {
        self.buffer = buffer
        self.index = buffer.readerIndex
    }

    /// The next batch's absolute start index and header. A trailing partial batch (as a
    /// fetch response may carry) ends the walk without an error.
    public mutating func next() -> (index: Int, header: RecordBatchHeader)? {
        guard index < buffer.writerIndex, error == nil else { return nil }
        do {
            let header = try RecordBatchHeader.peek(buffer, at: index)
            guard index + header.totalSize <= buffer.writerIndex else { return nil }
            defer { index += header.totalSize }
            return (index, header)
        } catch {
            if case .truncated = error { return nil }
            self.error = error
            return nil
        }
    }
}
