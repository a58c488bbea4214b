import NIOCore

/// A decoded RecordBatch (magic 2): header fields plus records.
///
/// The broker never needs this on its hot path (it stores client bytes and reads only
/// `RecordBatchHeader`); it is for tests, tools and Fjord's own load generator.
public struct RecordBatch: Hashable, Sendable {
    public var baseOffset: Int64 = 0
    public var partitionLeaderEpoch: Int32 = -1
    public var attributes = RecordBatchAttributes()
    public var lastOffsetDelta: Int32 = 0
    public var baseTimestamp: Int64 = 0
    public var maxTimestamp: Int64 = 0
    public var producerId: Int64 = -1
    public var producerEpoch: Int16 = -1
    public var baseSequence: Int32 = -1
    public var records: [Record] = []

    public init() {}

    /// A batch of `records`, numbering their offset deltas and setting the header fields that
    /// follow from them.
    public init(
        records: [Record], baseTimestamp: Int64, compression: CompressionCodec = .none,
        producerId: Int64 = -1, producerEpoch: Int16 = -1, baseSequence: Int32 = -1, isTransactional: Bool = false
    ) {
        self.records = records.enumerated().map { index, record in
            var record = record
            record.offsetDelta = Int32(index)
            return record
        }
        self.baseTimestamp = baseTimestamp
        self.maxTimestamp = baseTimestamp + (records.map(\.timestampDelta).max() ?? 0)
        self.lastOffsetDelta = Int32(max(records.count - 1, 0))
        self.attributes = RecordBatchAttributes(compression: compression, isTransactional: isTransactional)
        self.producerId = producerId
        self.producerEpoch = producerEpoch
        self.baseSequence = baseSequence
    }

    /// Decodes the batch at the reader index: checks magic and CRC, decompresses (never past
    /// `maxUncompressedBytes`) and reads every record.
    public init(from buffer: inout ByteBuffer, maxUncompressedBytes: Int = 64 << 20) throws(KafkaDecodingError) {
        let start = buffer.readerIndex
        try RecordBatchHeader.verifyChecksum(buffer, at: start)
        let header = try RecordBatchHeader.peek(buffer, at: start)
        guard var batch = buffer.readSlice(length: header.totalSize) else {
            throw .truncated(needed: header.totalSize, available: buffer.readableBytes)
        }
        batch.moveReaderIndex(forwardBy: RecordBatchHeader.size)
        baseOffset = header.baseOffset
        partitionLeaderEpoch = header.partitionLeaderEpoch
        attributes = header.attributes
        lastOffsetDelta = header.lastOffsetDelta
        baseTimestamp = header.baseTimestamp
        maxTimestamp = header.maxTimestamp
        producerId = header.producerId
        producerEpoch = header.producerEpoch
        baseSequence = header.baseSequence
        guard let codec = header.attributes.compression else {
            throw .invalidValue("unknown compression codec \(header.attributes.rawValue & 7)")
        }
        var body: ByteBuffer
        do {
            body = try codec.decompress(batch, maxOutputBytes: maxUncompressedBytes)
        } catch {
            throw .invalidValue("\(codec) batch: \(error)")
        }
        let count = Int(header.recordCount)
        // Each record takes at least 7 bytes (length, attributes, three varints, two null fields, header count).
        guard count >= 0, count <= body.readableBytes / 7 + 1 else { throw .invalidLength(Int64(count)) }
        records.reserveCapacity(count)
        for _ in 0..<count { records.append(try Record(from: &body)) }
    }

    /// Writes the batch, compressing the records with the codec in `attributes`, and fills in
    /// batchLength and the CRC.
    public func encode(into buffer: inout ByteBuffer) throws(CompressionError) {
        let start = buffer.writerIndex
        buffer.writeKafkaInt64(baseOffset)
        buffer.writeKafkaInt32(0)  // batchLength, patched below
        buffer.writeKafkaInt32(partitionLeaderEpoch)
        buffer.writeKafkaInt8(2)
        buffer.writeKafkaUInt32(0)  // crc, patched below
        buffer.writeKafkaInt16(attributes.rawValue)
        buffer.writeKafkaInt32(lastOffsetDelta)
        buffer.writeKafkaInt64(baseTimestamp)
        buffer.writeKafkaInt64(maxTimestamp)
        buffer.writeKafkaInt64(producerId)
        buffer.writeKafkaInt16(producerEpoch)
        buffer.writeKafkaInt32(baseSequence)
        buffer.writeKafkaInt32(Int32(records.count))
        let codec = attributes.compression ?? .none
        if codec == .none {
            for record in records { record.encode(into: &buffer) }
        } else {
            var plain = ByteBuffer()
            for record in records { record.encode(into: &plain) }
            var compressed = try codec.compress(plain)
            buffer.writeBuffer(&compressed)
        }
        let total = buffer.writerIndex - start
        buffer.setInteger(Int32(total - RecordBatchHeader.lengthFieldEnd), at: start + 8, endianness: .big)
        let crc = CRC32C.checksum(buffer, at: start + RecordBatchHeader.attributesOffset, length: total - RecordBatchHeader.attributesOffset)!
        buffer.setInteger(crc, at: start + RecordBatchHeader.crcOffset, endianness: .big)
    }
}

/// The record carried by a control batch: a commit or abort marker.
public struct ControlRecord: Hashable, Sendable {
    public enum Kind: Int16, Sendable {
        case abort = 0
        case commit = 1
    }

    public var kind: Kind
    public var coordinatorEpoch: Int32

    public init(kind: Kind, coordinatorEpoch: Int32) {
        self.kind = kind
        self.coordinatorEpoch = coordinatorEpoch
    }

    /// The control record's key (version 0, type) and value (version 0, coordinator epoch).
    public var record: Record {
        var key = ByteBuffer()
        key.writeKafkaInt16(0)
        key.writeKafkaInt16(kind.rawValue)
        var value = ByteBuffer()
        value.writeKafkaInt16(0)
        value.writeKafkaInt32(coordinatorEpoch)
        return Record(key: key, value: value)
    }

    /// Reads a control record back from a record of a control batch.
    public init(_ record: Record) throws(KafkaDecodingError) {
        guard var key = record.key else { throw .unexpectedNull(field: "control record key") }
        _ = try key.readKafkaInt16()
        guard let kind = Kind(rawValue: try key.readKafkaInt16()) else { throw .invalidValue("unknown control record type") }
        self.kind = kind
        var value = record.value ?? ByteBuffer()
        if value.readableBytes >= 6 {
            _ = try value.readKafkaInt16()
            coordinatorEpoch = try value.readKafkaInt32()
        } else {
            coordinatorEpoch = -1
        }
    }
}
