import NIOCore
import Testing

@testable import KafkaProtocol

@Suite struct RecordBatchTests {
    static func sampleRecords(count: Int = 5) -> [Record] {
        var records: [Record] = []
        for index in 0..<count {
            let key: ByteBuffer? = index == 0 ? nil : ByteBuffer(string: "key-\(index)")
            let value: ByteBuffer? = index == 1 ? nil : ByteBuffer(string: String(repeating: "value \(index) ", count: 20))
            var headers: [RecordHeader] = []
            if index % 2 == 0 {
                headers = [RecordHeader(key: "trace", value: ByteBuffer(string: "t\(index)")), RecordHeader(key: "empty", value: nil)]
            }
            records.append(Record(timestampDelta: Int64(index * 3), key: key, value: value, headers: headers))
        }
        return records
    }

    @Test func crc32cMatchesTheStandardCheckValue() {
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
    }

    @Test func hardwareAndPortableCRCAgree() {
        var values = ArbitraryValues(seed: 42)
        // Short inputs, and long ones around the hardware path's chunks of three 16 KiB blocks
        // whose CRCs are combined; from an aligned start and not.
        let chunk = 3 * 16384
        let bytes = (0..<(3 * chunk + 64)).map { _ in UInt8(truncatingIfNeeded: values.next()) }
        for length in [0, 1, 7, 8, 9, 31, 32, 33, 100, 4099, chunk - 1, chunk, chunk + 1, 2 * chunk + 13, 3 * chunk + 57] {
            for start in [0, 3] {
                let slice = Array(bytes[start..<(start + length)])
                let fast = CRC32C.checksum(slice)
                let portable = slice.withUnsafeBytes { CRC32C.portableChecksum($0) }
                #expect(fast == portable, "length \(length) from \(start)")
            }
        }
        // Extending piece by piece gives the CRC of the whole.
        bytes.withUnsafeBytes { raw in
            let whole = CRC32C.checksum(raw)
            let split = chunk + 5
            let first = CRC32C.checksum(UnsafeRawBufferPointer(rebasing: raw[..<split]))
            #expect(CRC32C.checksum(UnsafeRawBufferPointer(rebasing: raw[split...]), extending: first) == whole)
        }
    }

    @Test(arguments: CompressionCodec.allCases)
    func batchesRoundTripWithEveryCodec(codec: CompressionCodec) throws {
        let batch = RecordBatch(
            records: Self.sampleRecords(), baseTimestamp: 1_700_000_000_000, compression: codec,
            producerId: 4000, producerEpoch: 2, baseSequence: 17)
        var buffer = ByteBuffer()
        try batch.encode(into: &buffer)
        let header = try RecordBatchHeader.peek(buffer, at: buffer.readerIndex)
        #expect(header.recordCount == 5)
        #expect(header.lastOffsetDelta == 4)
        #expect(header.producerId == 4000 && header.producerEpoch == 2 && header.baseSequence == 17)
        #expect(header.attributes.compression == codec)
        #expect(header.maxTimestamp == 1_700_000_000_012)
        #expect(header.totalSize == buffer.readableBytes)
        let decoded = try RecordBatch(from: &buffer)
        #expect(decoded == batch)
    }

    @Test func rewritingBaseOffsetKeepsTheCRCValid() throws {
        var buffer = ByteBuffer()
        try RecordBatch(records: Self.sampleRecords(), baseTimestamp: 1, compression: .lz4).encode(into: &buffer)
        RecordBatchHeader.rewriteBaseOffset(&buffer, at: buffer.readerIndex, to: 123_456_789)
        RecordBatchHeader.rewritePartitionLeaderEpoch(&buffer, at: buffer.readerIndex, to: 7)
        try RecordBatchHeader.verifyChecksum(buffer, at: buffer.readerIndex)
        let header = try RecordBatchHeader.peek(buffer, at: buffer.readerIndex)
        #expect(header.baseOffset == 123_456_789 && header.lastOffset == 123_456_793)
        #expect(header.partitionLeaderEpoch == 7)
    }

    @Test func aFlippedBitFailsTheCRC() throws {
        var buffer = ByteBuffer()
        try RecordBatch(records: Self.sampleRecords(), baseTimestamp: 1).encode(into: &buffer)
        let index = buffer.readerIndex + 70
        buffer.setInteger(buffer.getInteger(at: index, as: UInt8.self)! ^ 0x10, at: index)
        #expect(throws: KafkaDecodingError.self) { try RecordBatchHeader.verifyChecksum(buffer, at: buffer.readerIndex) }
    }

    @Test func controlBatchesCarryCommitMarkers() throws {
        var batch = RecordBatch(
            records: [ControlRecord(kind: .commit, coordinatorEpoch: 3).record], baseTimestamp: 5,
            producerId: 9, producerEpoch: 1, isTransactional: true)
        batch.attributes = RecordBatchAttributes(isTransactional: true, isControl: true)
        var buffer = ByteBuffer()
        try batch.encode(into: &buffer)
        let decoded = try RecordBatch(from: &buffer)
        #expect(decoded.attributes.isControl && decoded.attributes.isTransactional)
        #expect(try ControlRecord(decoded.records[0]) == ControlRecord(kind: .commit, coordinatorEpoch: 3))
    }

    @Test func headerWalkStopsAtAPartialTrailingBatch() throws {
        var buffer = ByteBuffer()
        for base in [0, 5, 10] as [Int64] {
            var batch = RecordBatch(records: Self.sampleRecords(), baseTimestamp: 1)
            batch.baseOffset = base
            try batch.encode(into: &buffer)
        }
        let truncated = buffer.getSlice(at: 0, length: buffer.readableBytes - 10)!
        #expect(Array(RecordBatchHeaders(buffer)).map(\.header.baseOffset) == [0, 5, 10])
        var walk = RecordBatchHeaders(truncated)
        var seen = 0
        while walk.next() != nil { seen += 1 }
        #expect(seen == 2)
        #expect(walk.error == nil)
    }

    @Test func wrongMagicIsRejected() throws {
        var buffer = ByteBuffer()
        try RecordBatch(records: Self.sampleRecords(), baseTimestamp: 1).encode(into: &buffer)
        buffer.setInteger(Int8(1), at: 16)
        #expect(throws: KafkaDecodingError.self) { try RecordBatchHeader.peek(buffer, at: 0) }
    }
}
