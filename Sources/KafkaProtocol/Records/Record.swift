import NIOCore

/// One record inside a RecordBatch v2.
public struct Record: Hashable, Sendable {
    public var attributes: Int8
    /// Milliseconds after the batch's baseTimestamp.
    public var timestampDelta: Int64
    /// Position after the batch's baseOffset.
    public var offsetDelta: Int32
    public var key: ByteBuffer?
    public var value: ByteBuffer?
    public var headers: [RecordHeader]

    public init(
        attributes: Int8 = 0, timestampDelta: Int64 = 0, offsetDelta: Int32 = 0,
        key: ByteBuffer? = nil, value: ByteBuffer?, headers: [RecordHeader] = []
    ) {
        self.attributes = attributes
        self.timestampDelta = timestampDelta
        self.offsetDelta = offsetDelta
        self.key = key
        self.value = value
        self.headers = headers
    }
}

/// A record header: a string key and nullable bytes.
public struct RecordHeader: Hashable, Sendable {
    public var key: String
    public var value: ByteBuffer?

    public init(key: String, value: ByteBuffer?) {
        self.key = key
        self.value = value
    }
}

extension Record {
    /// Reads one length-prefixed record. Key, value and header values are slices of `buffer`.
    public init(from buffer: inout ByteBuffer) throws(KafkaDecodingError) {
        let length = Int(try buffer.readKafkaVarint())
        guard length >= 0 else { throw .invalidLength(Int64(length)) }
        guard var body = buffer.readSlice(length: length) else { throw .truncated(needed: length, available: buffer.readableBytes) }
        attributes = try body.readKafkaInt8()
        timestampDelta = try body.readKafkaVarlong()
        offsetDelta = try body.readKafkaVarint()
        key = try body.readRecordField()
        value = try body.readRecordField()
        let headerCount = Int(try body.readKafkaVarint())
        // Each header takes at least two bytes (two varint lengths).
        guard headerCount >= 0, headerCount <= body.readableBytes / 2 else { throw .invalidLength(Int64(headerCount)) }
        headers = []
        headers.reserveCapacity(headerCount)
        for _ in 0..<headerCount {
            guard var keyBytes = try body.readRecordField() else { throw .unexpectedNull(field: "header key") }
            let key = keyBytes.readString(length: keyBytes.readableBytes) ?? ""
            headers.append(RecordHeader(key: key, value: try body.readRecordField()))
        }
        guard body.readableBytes == 0 else { throw .invalidValue("record has \(body.readableBytes) trailing bytes") }
    }

    /// Writes the record with its varint length prefix.
    public func encode(into buffer: inout ByteBuffer) {
        var body = ByteBuffer()
        body.reserveCapacity(bodySizeEstimate)
        body.writeKafkaInt8(attributes)
        body.writeKafkaVarlong(timestampDelta)
        body.writeKafkaVarint(offsetDelta)
        body.writeRecordField(key)
        body.writeRecordField(value)
        body.writeKafkaVarint(Int32(headers.count))
        for header in headers {
            body.writeKafkaVarint(Int32(header.key.utf8.count))
            body.writeString(header.key)
            body.writeRecordField(header.value)
        }
        buffer.writeKafkaVarint(Int32(body.readableBytes))
        buffer.writeImmutableBuffer(body)
    }

    private var bodySizeEstimate: Int {
        24 + (key?.readableBytes ?? 0) + (value?.readableBytes ?? 0)
            + headers.reduce(0) { $0 + $1.key.utf8.count + ($1.value?.readableBytes ?? 0) + 4 }
    }
}

extension ByteBuffer {
    /// A varint length then bytes; -1 means null.
    fileprivate mutating func readRecordField() throws(KafkaDecodingError) -> ByteBuffer? {
        let length = Int(try readKafkaVarint())
        if length == -1 { return nil }
        guard length >= 0 else { throw .invalidLength(Int64(length)) }
        guard let slice = readSlice(length: length) else { throw .truncated(needed: length, available: readableBytes) }
        return slice
    }

    fileprivate mutating func writeRecordField(_ value: ByteBuffer?) {
        guard let value else {
            writeKafkaVarint(-1)
            return
        }
        writeKafkaVarint(Int32(value.readableBytes))
        writeImmutableBuffer(value)
    }
}
