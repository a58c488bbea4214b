import NIOCore

/// The record-batch compression codecs Kafka defines (attributes bits 0-2).
public enum CompressionCodec: Int8, CaseIterable, Sendable, CustomStringConvertible {
    case none = 0
    case gzip = 1
    case snappy = 2
    case lz4 = 3
    case zstd = 4

    public var description: String {
        switch self {
        case .none: "none"
        case .gzip: "gzip"
        case .snappy: "snappy"
        case .lz4: "lz4"
        case .zstd: "zstd"
        }
    }

    /// Compresses `input` in the framing Kafka's Java client writes: gzip members, xerial-framed
    /// snappy, LZ4 frames with independent 64 KiB blocks, and zstd frames.
    public func compress(_ input: ByteBuffer) throws(CompressionError) -> ByteBuffer {
        switch self {
        case .none: input
        case .gzip: try Gzip.compress(input)
        case .snappy: try Snappy.compressXerial(input)
        case .lz4: try LZ4Frame.compress(input)
        case .zstd: try Zstd.compress(input)
        }
    }

    /// Decompresses `input`, failing with `.outputLimitExceeded` rather than producing more
    /// than `maxOutputBytes`: a decompression bomb costs at most that much memory.
    public func decompress(_ input: ByteBuffer, maxOutputBytes: Int) throws(CompressionError) -> ByteBuffer {
        switch self {
        case .none:
            guard input.readableBytes <= maxOutputBytes else { throw .outputLimitExceeded(limit: maxOutputBytes) }
            return input
        case .gzip: return try Gzip.decompress(input, maxOutputBytes: maxOutputBytes)
        case .snappy: return try Snappy.decompress(input, maxOutputBytes: maxOutputBytes)
        case .lz4: return try LZ4Frame.decompress(input, maxOutputBytes: maxOutputBytes)
        case .zstd: return try Zstd.decompress(input, maxOutputBytes: maxOutputBytes)
        }
    }
}

/// Why compressing or decompressing failed.
public enum CompressionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The output would exceed the caller's bound.
    case outputLimitExceeded(limit: Int)
    /// The input is not valid for the codec (library message attached).
    case corruptInput(String)
    /// The C library reported an internal failure.
    case libraryFailure(String)

    public var description: String {
        switch self {
        case .outputLimitExceeded(let limit): "decompressed size exceeds the limit of \(limit) bytes"
        case .corruptInput(let detail): "corrupt compressed input: \(detail)"
        case .libraryFailure(let detail): "compression library failure: \(detail)"
        }
    }
}

extension ByteBuffer {
    /// Grows the writable space (by at least `minimum`, doubling as it goes) without passing
    /// `limit` readable bytes in total. Returns false when the output already holds `limit` bytes.
    @inlinable
    mutating func reserveOutput(atLeast minimum: Int, limit: Int) -> Bool {
        guard writerIndex - readerIndex < limit else { return false }
        let target = Swift.min(writerIndex + Swift.max(minimum, writerIndex - readerIndex), readerIndex + limit)
        if capacity < target { reserveCapacity(target) }
        return true
    }
}
