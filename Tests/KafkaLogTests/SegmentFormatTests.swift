import KafkaProtocol
import NIOCore
import Testing

@testable import KafkaLog

@Suite struct SegmentFormatTests {
    static func batch(records: Int, producerId: Int64 = -1) throws -> ByteBuffer {
        var buffer = ByteBuffer()
        let list = (0..<records).map { Record(value: ByteBuffer(string: "value-\($0)")) }
        try RecordBatch(records: list, baseTimestamp: 1000, producerId: producerId).encode(into: &buffer)
        return buffer
    }

    @Test func batchesAreGroupedByPartitionAndIndexed() throws {
        let topicA = KafkaUUID(mostSignificantBits: 1, leastSignificantBits: 1)
        let topicB = KafkaUUID(mostSignificantBits: 2, leastSignificantBits: 2)
        var builder = SegmentBuilder()
        let b1 = try Self.batch(records: 3)
        let b2 = try Self.batch(records: 2)
        let b3 = try Self.batch(records: 5)
        builder.append(b1, to: TopicPartitionID(topicId: topicB, partition: 0))
        builder.append(b2, to: TopicPartitionID(topicId: topicA, partition: 1))
        builder.append(b3, to: TopicPartitionID(topicId: topicB, partition: 0))
        let (object, placements) = builder.build(createdAtMs: 42)

        #expect(placements.map(\.partition.topicId) == [topicA, topicB, topicB])
        for placement in placements {
            let stored = object.getSlice(at: placement.byteOffset, length: placement.byteLength)!
            try RecordBatchHeader.verifyChecksum(stored, at: 0)
        }
        let index = try SegmentReader.index(of: object)
        #expect(index.map(\.recordCount) == [2, 8])
        #expect(index.map(\.batchCount) == [1, 2])
        #expect(index[1].byteLength == b1.readableBytes + b3.readableBytes)
    }

    @Test func corruptionIsDetected() throws {
        var builder = SegmentBuilder()
        builder.append(try Self.batch(records: 1), to: TopicPartitionID(topicId: .zero, partition: 0))
        var (object, _) = builder.build(createdAtMs: 1)
        object.setInteger(UInt8(0xAA), at: 30)
        #expect(throws: SegmentError.self) { try SegmentReader.index(of: object) }
    }
}
