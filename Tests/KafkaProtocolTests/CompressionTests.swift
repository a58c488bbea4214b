import NIOCore
import Testing

@testable import KafkaProtocol

@Suite struct CompressionTests {
    static let text = ByteBuffer(string: String(repeating: "The quick brown fox jumps over the lazy dog. ", count: 5000))

    @Test(arguments: CompressionCodec.allCases)
    func roundTrips(codec: CompressionCodec) throws {
        let compressed = try codec.compress(Self.text)
        if codec != .none { #expect(compressed.readableBytes < Self.text.readableBytes / 5) }
        #expect(try codec.decompress(compressed, maxOutputBytes: 1 << 20) == Self.text)
        #expect(try codec.decompress(codec.compress(ByteBuffer()), maxOutputBytes: 10).readableBytes == 0)
    }

    /// 64 MiB of zeros compresses to a few KiB; decompressing it with a 1 MiB bound must fail
    /// cleanly instead of allocating 64 MiB.
    @Test(arguments: CompressionCodec.allCases.filter { $0 != .none })
    func decompressionBombsFailCleanly(codec: CompressionCodec) throws {
        let zeros = ByteBuffer(repeating: 0, count: 64 << 20)
        let bomb = try codec.compress(zeros)
        #expect(bomb.readableBytes < 4 << 20)
        #expect(throws: CompressionError.outputLimitExceeded(limit: 1 << 20)) {
            try codec.decompress(bomb, maxOutputBytes: 1 << 20)
        }
    }

    @Test(arguments: CompressionCodec.allCases.filter { $0 != .none })
    func corruptInputIsAnError(codec: CompressionCodec) throws {
        var compressed = try codec.compress(Self.text)
        let middle = compressed.readerIndex + compressed.readableBytes / 2
        compressed = compressed.getSlice(at: compressed.readerIndex, length: middle - compressed.readerIndex)!
        #expect(throws: CompressionError.self) { try codec.decompress(compressed, maxOutputBytes: 1 << 20) }
        #expect(throws: CompressionError.self) {
            try codec.decompress(ByteBuffer(bytes: [0x82, 0x53, 0x4E, 0x41, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]), maxOutputBytes: 1 << 20)
        }
    }

    @Test func snappyReadsRawBlocksToo() throws {
        let raw = try Snappy.compressRaw(Self.text)
        #expect(try CompressionCodec.snappy.decompress(raw, maxOutputBytes: 1 << 20) == Self.text)
        let framed = try Snappy.compressXerial(Self.text)
        #expect(framed.getBytes(at: 0, length: 8) == Snappy.xerialMagic)
    }

    @Test func gzipReadsConcatenatedMembers() throws {
        var twice = try Gzip.compress(ByteBuffer(string: "one "))
        var second = try Gzip.compress(ByteBuffer(string: "two"))
        twice.writeBuffer(&second)
        #expect(try Gzip.decompress(twice, maxOutputBytes: 100) == ByteBuffer(string: "one two"))
    }
}
