import NIOCore

// Readers for Kafka's primitive types. Every reader checks the bytes present
// before it reads or allocates, and throws `KafkaDecodingError` instead of trapping.

extension ByteBuffer {
    @inlinable
    mutating func kafkaReadInteger<T: FixedWidthInteger>(as: T.Type = T.self) throws(KafkaDecodingError) -> T {
        guard let value = readInteger(endianness: .big, as: T.self) else {
            throw .truncated(needed: MemoryLayout<T>.size, available: readableBytes)
        }
        return value
    }

    @inlinable public mutating func readKafkaInt8() throws(KafkaDecodingError) -> Int8 { try kafkaReadInteger() }
    @inlinable public mutating func readKafkaInt16() throws(KafkaDecodingError) -> Int16 { try kafkaReadInteger() }
    @inlinable public mutating func readKafkaInt32() throws(KafkaDecodingError) -> Int32 { try kafkaReadInteger() }
    @inlinable public mutating func readKafkaInt64() throws(KafkaDecodingError) -> Int64 { try kafkaReadInteger() }
    @inlinable public mutating func readKafkaUInt16() throws(KafkaDecodingError) -> UInt16 { try kafkaReadInteger() }
    @inlinable public mutating func readKafkaUInt32() throws(KafkaDecodingError) -> UInt32 { try kafkaReadInteger() }

    @inlinable
    public mutating func readKafkaBool() throws(KafkaDecodingError) -> Bool {
        try readKafkaInt8() != 0
    }

    @inlinable
    public mutating func readKafkaFloat64() throws(KafkaDecodingError) -> Double {
        Double(bitPattern: try kafkaReadInteger(as: UInt64.self))
    }

    /// An unsigned LEB128 varint of at most 5 bytes, as Kafka's `readUnsignedVarint`.
    @inlinable
    public mutating func readKafkaUnsignedVarint() throws(KafkaDecodingError) -> UInt32 {
        var result: UInt32 = 0
        var shift: UInt32 = 0
        while true {
            guard let byte = readInteger(as: UInt8.self) else { throw .truncated(needed: 1, available: 0) }
            result |= UInt32(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
            if shift > 28 { throw .varintTooLong }
        }
    }

    /// An unsigned LEB128 varlong of at most 10 bytes.
    @inlinable
    public mutating func readKafkaUnsignedVarlong() throws(KafkaDecodingError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard let byte = readInteger(as: UInt8.self) else { throw .truncated(needed: 1, available: 0) }
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
            if shift > 63 { throw .varintTooLong }
        }
    }

    /// A zig-zag encoded signed varint.
    @inlinable
    public mutating func readKafkaVarint() throws(KafkaDecodingError) -> Int32 {
        let raw = try readKafkaUnsignedVarint()
        return Int32(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    /// A zig-zag encoded signed varlong.
    @inlinable
    public mutating func readKafkaVarlong() throws(KafkaDecodingError) -> Int64 {
        let raw = try readKafkaUnsignedVarlong()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    @inlinable
    public mutating func readKafkaUUID() throws(KafkaDecodingError) -> KafkaUUID {
        guard readableBytes >= 16 else { throw .truncated(needed: 16, available: readableBytes) }
        let high: UInt64 = try kafkaReadInteger()
        let low: UInt64 = try kafkaReadInteger()
        return KafkaUUID(mostSignificantBits: high, leastSignificantBits: low)
    }

    // MARK: Lengths

    /// Reads a string or bytes length: int16/int32 in classic form, unsigned varint minus one in
    /// compact form. Returns nil for null. Never returns a length beyond the bytes present.
    @inlinable
    mutating func readKafkaLength(compact: Bool, wide: Bool) throws(KafkaDecodingError) -> Int? {
        let length: Int64
        if compact {
            length = Int64(try readKafkaUnsignedVarint()) - 1
        } else if wide {
            length = Int64(try readKafkaInt32())
        } else {
            length = Int64(try readKafkaInt16())
        }
        if length == -1 { return nil }
        guard length >= 0 else { throw .invalidLength(length) }
        guard length <= readableBytes else { throw .truncated(needed: Int(length), available: readableBytes) }
        return Int(length)
    }

    /// Reads an array count. Returns nil for null. `minimumElementSize` bounds the count
    /// by the bytes present, so a hostile count cannot cause a large allocation.
    @inlinable
    public mutating func readKafkaArrayCount(compact: Bool, minimumElementSize: Int = 1) throws(KafkaDecodingError) -> Int? {
        let count: Int64 = compact ? Int64(try readKafkaUnsignedVarint()) - 1 : Int64(try readKafkaInt32())
        if count == -1 { return nil }
        guard count >= 0 else { throw .invalidLength(count) }
        guard count * Int64(Swift.max(minimumElementSize, 1)) <= readableBytes else {
            throw .truncated(needed: Int(count) * Swift.max(minimumElementSize, 1), available: readableBytes)
        }
        return Int(count)
    }

    // MARK: Strings and bytes

    @inlinable
    public mutating func readKafkaNullableString(compact: Bool) throws(KafkaDecodingError) -> String? {
        guard let length = try readKafkaLength(compact: compact, wide: false) else { return nil }
        return readString(length: length)
    }

    @inlinable
    public mutating func readKafkaString(compact: Bool, field: StaticString = "string") throws(KafkaDecodingError) -> String {
        guard let string = try readKafkaNullableString(compact: compact) else { throw .unexpectedNull(field: "\(field)") }
        return string
    }

    /// Bytes as a slice of this buffer: no copy.
    @inlinable
    public mutating func readKafkaNullableBytes(compact: Bool) throws(KafkaDecodingError) -> ByteBuffer? {
        guard let length = try readKafkaLength(compact: compact, wide: true) else { return nil }
        return readSlice(length: length)
    }

    @inlinable
    public mutating func readKafkaBytes(compact: Bool, field: StaticString = "bytes") throws(KafkaDecodingError) -> ByteBuffer {
        guard let bytes = try readKafkaNullableBytes(compact: compact) else { throw .unexpectedNull(field: "\(field)") }
        return bytes
    }

    // MARK: Tagged fields

    /// Reads the number of fields in a tagged-field section, bounded by the bytes present
    /// (each field takes at least two bytes: its tag and its size).
    @inlinable
    public mutating func readKafkaTaggedFieldCount() throws(KafkaDecodingError) -> UInt32 {
        let count = try readKafkaUnsignedVarint()
        guard Int(count) <= readableBytes / 2 else { throw .invalidLength(Int64(count)) }
        return count
    }

    /// Reads one tagged field's tag and a slice holding exactly its bytes. Tags must be
    /// strictly ascending, as Kafka requires; `previous` carries the last tag seen.
    @inlinable
    public mutating func readKafkaTaggedField(after previous: inout Int64) throws(KafkaDecodingError) -> (UInt32, ByteBuffer) {
        let tag = try readKafkaUnsignedVarint()
        guard Int64(tag) > previous else { throw .invalidValue("tagged fields out of order at tag \(tag)") }
        previous = Int64(tag)
        let size = Int(try readKafkaUnsignedVarint())
        guard let slice = readSlice(length: size) else { throw .truncated(needed: size, available: readableBytes) }
        return (tag, slice)
    }
}
