import NIOCore
import Testing

@testable import KafkaProtocol

@Suite struct PrimitiveTests {
    @Test func unsignedVarintsMatchKnownEncodings() throws {
        let vectors: [(UInt32, [UInt8])] = [
            (0, [0]), (1, [1]), (127, [0x7F]), (128, [0x80, 0x01]), (300, [0xAC, 0x02]),
            (UInt32.max, [0xFF, 0xFF, 0xFF, 0xFF, 0x0F]),
        ]
        for (value, bytes) in vectors {
            var buffer = ByteBuffer()
            buffer.writeKafkaUnsignedVarint(value)
            #expect(Array(buffer.readableBytesView) == bytes)
            #expect(try buffer.readKafkaUnsignedVarint() == value)
        }
    }

    @Test func zigZagVarintsAndVarlongs() throws {
        let vectors: [(Int32, [UInt8])] = [(0, [0]), (-1, [1]), (1, [2]), (-64, [0x7F]), (64, [0x80, 0x01])]
        for (value, bytes) in vectors {
            var buffer = ByteBuffer()
            buffer.writeKafkaVarint(value)
            #expect(Array(buffer.readableBytesView) == bytes)
            #expect(try buffer.readKafkaVarint() == value)
        }
        for value in [Int64.min, -1, 0, 1, Int64.max, 1 << 40] {
            var buffer = ByteBuffer()
            buffer.writeKafkaVarlong(value)
            #expect(try buffer.readKafkaVarlong() == value)
            #expect(buffer.readableBytes == 0)
        }
    }

    @Test func overlongVarintIsAnError() {
        var buffer = ByteBuffer(bytes: [0x80, 0x80, 0x80, 0x80, 0x80, 0x01])
        #expect(throws: KafkaDecodingError.varintTooLong) { try buffer.readKafkaUnsignedVarint() }
    }

    @Test func shortInputIsATypedError() {
        var buffer = ByteBuffer(bytes: [0x00])
        #expect(throws: KafkaDecodingError.truncated(needed: 4, available: 1)) { try buffer.readKafkaInt32() }
    }

    @Test func stringsInBothFormsWithNull() throws {
        for compact in [false, true] {
            var buffer = ByteBuffer()
            buffer.writeKafkaString("héllo", compact: compact)
            buffer.writeKafkaString(nil, compact: compact)
            buffer.writeKafkaString("", compact: compact)
            #expect(try buffer.readKafkaString(compact: compact) == "héllo")
            #expect(try buffer.readKafkaNullableString(compact: compact) == nil)
            #expect(try buffer.readKafkaNullableString(compact: compact) == "")
        }
    }

    @Test func nullWhereNotNullableIsAnError() {
        var buffer = ByteBuffer()
        buffer.writeKafkaString(nil, compact: false)
        #expect(throws: KafkaDecodingError.unexpectedNull(field: "name")) { try buffer.readKafkaString(compact: false, field: "name") }
    }

    @Test func hostileLengthsAllocateNothing() {
        // A string claiming 30,000 bytes with 2 present, and an array claiming 2^31-1 elements.
        var string = ByteBuffer(bytes: [0x75, 0x30, 0x41, 0x42])
        #expect(throws: KafkaDecodingError.truncated(needed: 30000, available: 2)) { try string.readKafkaString(compact: false) }
        var array = ByteBuffer(bytes: [0x7F, 0xFF, 0xFF, 0xFF, 0, 0])
        #expect(throws: KafkaDecodingError.self) { try array.readKafkaArrayCount(compact: false, minimumElementSize: 4) }
        var negative = ByteBuffer(bytes: [0xFF, 0xFF, 0xFF, 0xFE])
        #expect(throws: KafkaDecodingError.invalidLength(-2)) { try negative.readKafkaNullableBytes(compact: false) }
    }

    @Test func taggedFieldsMustAscend() throws {
        var buffer = ByteBuffer()
        buffer.writeKafkaUnsignedVarint(2)
        for tag in [3, 1] as [UInt32] {
            buffer.writeKafkaUnsignedVarint(tag)
            buffer.writeKafkaUnsignedVarint(1)
            buffer.writeInteger(UInt8(9))
        }
        let count = try buffer.readKafkaTaggedFieldCount()
        #expect(count == 2)
        var previous: Int64 = -1
        _ = try buffer.readKafkaTaggedField(after: &previous)
        #expect(throws: KafkaDecodingError.self) { try buffer.readKafkaTaggedField(after: &previous) }
    }

    @Test func uuidPrintsLikeKafka() {
        // Kafka prints Uuid(0, 1) as AAAAAAAAAAAAAAAAAAAAAQ.
        #expect(KafkaUUID(mostSignificantBits: 0, leastSignificantBits: 1).description == "AAAAAAAAAAAAAAAAAAAAAQ")
    }
}
