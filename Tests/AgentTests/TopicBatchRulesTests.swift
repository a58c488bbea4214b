import ControlPlane
import KafkaProtocol
import NIOCore
import Testing

@testable import Agent

@Suite struct TopicBatchRulesTests {
    static func batch(keys: [String?], codec: CompressionCodec = .none, producerId: Int64 = 7, sequence: Int32 = 3) throws -> (ByteBuffer, RecordBatchHeader) {
        var batch = RecordBatch()
        batch.attributes = RecordBatchAttributes(compression: codec)
        batch.baseTimestamp = 1_000
        batch.maxTimestamp = 1_000 + Int64(keys.count)
        batch.producerId = producerId
        batch.producerEpoch = 0
        batch.baseSequence = sequence
        batch.lastOffsetDelta = Int32(keys.count - 1)
        batch.records = keys.enumerated().map { index, key in
            Record(
                timestampDelta: Int64(index), offsetDelta: Int32(index), key: key.map { ByteBuffer(string: $0) },
                value: ByteBuffer(string: String(repeating: "v\(index)", count: 50)))
        }
        var buffer = ByteBuffer()
        try batch.encode(into: &buffer)
        return (buffer, try RecordBatchHeader.peek(buffer, at: 0))
    }

    static func rules(_ configs: [String: String]) -> TopicBatchRules { TopicBatchRules(configs: configs, brokerMaxBatchBytes: 1 << 20) }

    static func decode(_ buffer: ByteBuffer) throws -> RecordBatch {
        var copy = buffer
        return try RecordBatch(from: &copy)
    }

    @Test func defaultTopicsKeepTheProducersBytes() throws {
        let (bytes, header) = try Self.batch(keys: ["a", nil], codec: .lz4)
        #expect(try Self.rules([:]).apply(to: bytes, header: header, nowMs: 5) == bytes)
    }

    @Test func maxMessageBytesIsTheTopicsOrTheBrokers() throws {
        let (bytes, header) = try Self.batch(keys: ["a", "b"])
        let failure = #expect(throws: ProduceHandler.ValidationFailure.self) {
            try Self.rules(["max.message.bytes": "100"]).apply(to: bytes, header: header, nowMs: 5)
        }
        #expect(failure?.code == .messageTooLarge && failure?.message.contains("max.message.bytes of 100") == true)
        #expect(throws: ProduceHandler.ValidationFailure.self) {
            try TopicBatchRules(configs: [:], brokerMaxBatchBytes: 100).apply(to: bytes, header: header, nowMs: 5)
        }
    }

    @Test func compactedTopicsRefuseRecordsWithoutKeys() throws {
        for codec in [CompressionCodec.none, .zstd] {
            let (keyless, header) = try Self.batch(keys: ["a", nil], codec: codec)
            let failure = #expect(throws: ProduceHandler.ValidationFailure.self) {
                try Self.rules(["cleanup.policy": "compact,delete"]).apply(to: keyless, header: header, nowMs: 5)
            }
            #expect(failure?.code == .invalidRecord)
            let (keyed, keyedHeader) = try Self.batch(keys: ["a", "b"], codec: codec)
            #expect(try Self.rules(["cleanup.policy": "compact"]).apply(to: keyed, header: keyedHeader, nowMs: 5) == keyed)
        }
    }

    @Test func compressionTypeRecompressesKeepingEverythingElse() throws {
        let (bytes, header) = try Self.batch(keys: ["a", "b", "c"], codec: .gzip)
        let original = try Self.decode(bytes)
        for (name, codec) in [("zstd", CompressionCodec.zstd), ("uncompressed", .none), ("snappy", .snappy)] {
            let stored = try Self.rules(["compression.type": name]).apply(to: bytes, header: header, nowMs: 5)
            try RecordBatchHeader.verifyChecksum(stored, at: 0)
            let decoded = try Self.decode(stored)
            #expect(decoded.attributes.compression == codec)
            #expect(decoded.records == original.records)
            #expect(decoded.producerId == 7 && decoded.baseSequence == 3 && decoded.maxTimestamp == original.maxTimestamp)
        }
        // Already in the topic's codec: kept as sent.
        #expect(try Self.rules(["compression.type": "gzip"]).apply(to: bytes, header: header, nowMs: 5) == bytes)
    }

    @Test func logAppendTimeStampsTheBatchWithAValidCRC() throws {
        for codec in [CompressionCodec.none, .lz4] {
            let (bytes, header) = try Self.batch(keys: ["a", "b"], codec: codec)
            for configs in [["message.timestamp.type": "LogAppendTime"], ["message.timestamp.type": "LogAppendTime", "compression.type": "zstd"]] {
                let stored = try Self.rules(configs).apply(to: bytes, header: header, nowMs: 123_456)
                try RecordBatchHeader.verifyChecksum(stored, at: 0)
                let stamped = try RecordBatchHeader.peek(stored, at: 0)
                #expect(stamped.attributes.isLogAppendTime && stamped.maxTimestamp == 123_456)
                #expect(stamped.baseTimestamp == header.baseTimestamp && stamped.producerId == header.producerId)
                #expect(try Self.decode(stored).records.count == 2)
            }
        }
    }
}
