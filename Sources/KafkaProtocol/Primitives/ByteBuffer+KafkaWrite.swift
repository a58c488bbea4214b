import NIOCore

// Writers for Kafka's primitive types, the mirror of ByteBuffer+KafkaRead.swift.

extension ByteBuffer {
    @inlinable public mutating func writeKafkaInt8(_ value: Int8) { writeInteger(value, endianness: .big) }
    @inlinable public mutating func writeKafkaInt16(_ value: Int16) { writeInteger(value, endianness: .big) }
    @inlinable public mutating func writeKafkaInt32(_ value: Int32) { writeInteger(value, endianness: .big) }
    @inlinable public mutating func writeKafkaInt64(_ value: Int64) { writeInteger(value, endianness: .big) }
    @inlinable public mutating func writeKafkaUInt16(_ value: UInt16) { writeInteger(value, endianness: .big) }
    @inlinable public mutating func writeKafkaUInt32(_ value: UInt32) { writeInteger(value, endianness: .big) }
    @inlinable public mutating func writeKafkaBool(_ value: Bool) { writeInteger(value ? 1 : 0 as UInt8) }
    @inlinable public mutating func writeKafkaFloat64(_ value: Double) { writeInteger(value.bitPattern, endianness: .big) }

    @inlinable
    public mutating func writeKafkaUnsignedVarint(_ value: UInt32) {
        var value = value
        while value >= 0x80 {
            writeInteger(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        writeInteger(UInt8(value))
    }

    @inlinable
    public mutating func writeKafkaUnsignedVarlong(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            writeInteger(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        writeInteger(UInt8(value))
    }

    @inlinable
    public mutating func writeKafkaVarint(_ value: Int32) {
        writeKafkaUnsignedVarint(UInt32(bitPattern: (value << 1) ^ (value >> 31)))
    }

    @inlinable
    public mutating func writeKafkaVarlong(_ value: Int64) {
        writeKafkaUnsignedVarlong(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    @inlinable
    public mutating func writeKafkaUUID(_ value: KafkaUUID) {
        writeInteger(value.mostSignificantBits, endianness: .big)
        writeInteger(value.leastSignificantBits, endianness: .big)
    }

    // MARK: Lengths

    @inlinable
    mutating func writeKafkaLength(_ length: Int?, compact: Bool, wide: Bool) {
        if compact {
            writeKafkaUnsignedVarint(UInt32(truncatingIfNeeded: (length ?? -1) + 1))
        } else if wide {
            writeKafkaInt32(Int32(truncatingIfNeeded: length ?? -1))
        } else {
            writeKafkaInt16(Int16(truncatingIfNeeded: length ?? -1))
        }
    }

    @inlinable
    public mutating func writeKafkaArrayCount(_ count: Int?, compact: Bool) {
        writeKafkaLength(count, compact: compact, wide: true)
    }

    // MARK: Strings and bytes

    @inlinable
    public mutating func writeKafkaString(_ value: String?, compact: Bool) {
        guard let value else {
            writeKafkaLength(nil, compact: compact, wide: false)
            return
        }
        writeKafkaLength(value.utf8.count, compact: compact, wide: false)
        writeString(value)
    }

    @inlinable
    public mutating func writeKafkaBytes(_ value: ByteBuffer?, compact: Bool) {
        guard let value else {
            writeKafkaLength(nil, compact: compact, wide: true)
            return
        }
        writeKafkaLength(value.readableBytes, compact: compact, wide: true)
        writeImmutableBuffer(value)
    }

    // MARK: Tagged fields

    /// Writes a tagged-field section: the count, then each field in ascending tag order.
    @inlinable
    public mutating func writeKafkaTaggedFields(_ fields: [KafkaTaggedField]) {
        writeKafkaUnsignedVarint(UInt32(fields.count))
        guard !fields.isEmpty else { return }
        let ordered = fields.count == 1 ? fields : fields.sorted { $0.tag < $1.tag }
        for field in ordered {
            writeKafkaUnsignedVarint(field.tag)
            writeKafkaUnsignedVarint(UInt32(field.data.readableBytes))
            writeImmutableBuffer(field.data)
        }
    }
}

extension KafkaTaggedField {
    /// A tagged field holding what `body` writes.
    @inlinable
    public static func encoding(tag: UInt32, _ body: (inout ByteBuffer) throws(KafkaEncodingError) -> Void) throws(KafkaEncodingError) -> KafkaTaggedField {
        var data = ByteBuffer()
        try body(&data)
        return KafkaTaggedField(tag: tag, data: data)
    }
}
