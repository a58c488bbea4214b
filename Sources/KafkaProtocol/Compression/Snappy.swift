import CSnappy
import NIOCore

/// Snappy, raw and in the xerial framing that Kafka's Java client writes:
/// an 16-byte header (magic, version 1, compatible version 1) then blocks, each an
/// int32 big-endian length and a raw snappy block.
enum Snappy {
    static let xerialMagic: [UInt8] = [0x82, 0x53, 0x4E, 0x41, 0x50, 0x50, 0x59, 0x00]
    static let xerialHeaderSize = 16
    /// Java's SnappyOutputStream default block size.
    static let xerialBlockSize = 32 << 10

    static func compressXerial(_ input: ByteBuffer) throws(CompressionError) -> ByteBuffer {
        var output = ByteBuffer()
        output.reserveCapacity(xerialHeaderSize + input.readableBytes + input.readableBytes / 6 + 64)
        output.writeBytes(xerialMagic)
        output.writeInteger(Int32(1), endianness: .big)
        output.writeInteger(Int32(1), endianness: .big)
        var remaining = input
        while remaining.readableBytes > 0 {
            let block = remaining.readSlice(length: Swift.min(xerialBlockSize, remaining.readableBytes))!
            let lengthIndex = output.writerIndex
            output.writeInteger(Int32(0), endianness: .big)
            let written = try compressRaw(block, into: &output)
            output.setInteger(Int32(written), at: lengthIndex, endianness: .big)
        }
        return output
    }

    static func compressRaw(_ input: ByteBuffer) throws(CompressionError) -> ByteBuffer {
        var output = ByteBuffer()
        _ = try compressRaw(input, into: &output)
        return output
    }

    /// Appends one raw snappy block; returns its size.
    private static func compressRaw(_ input: ByteBuffer, into output: inout ByteBuffer) throws(CompressionError) -> Int {
        let bound = snappy_max_compressed_length(input.readableBytes)
        var status = SNAPPY_OK
        var produced = 0
        _ = input.withUnsafeReadableBytes { source in
            output.writeWithUnsafeMutableBytes(minimumWritableBytes: bound) { target in
                var length = target.count
                status = snappy_compress(
                    source.baseAddress?.assumingMemoryBound(to: CChar.self), source.count,
                    target.baseAddress?.assumingMemoryBound(to: CChar.self), &length)
                produced = status == SNAPPY_OK ? length : 0
                return produced
            }
        }
        guard status == SNAPPY_OK else { throw .libraryFailure("snappy_compress returned \(status)") }
        return produced
    }

    static func decompress(_ input: ByteBuffer, maxOutputBytes: Int) throws(CompressionError) -> ByteBuffer {
        var output = ByteBuffer()
        let isXerial =
            input.readableBytes >= xerialHeaderSize
            && input.getBytes(at: input.readerIndex, length: xerialMagic.count) == xerialMagic
        guard isXerial else {
            try decompressRaw(input, into: &output, maxOutputBytes: maxOutputBytes)
            return output
        }
        var remaining = input
        remaining.moveReaderIndex(forwardBy: xerialHeaderSize)
        while remaining.readableBytes > 0 {
            guard let length = remaining.readInteger(endianness: .big, as: Int32.self), length >= 0,
                let block = remaining.readSlice(length: Int(length))
            else {
                throw .corruptInput("xerial snappy block length runs past the input")
            }
            try decompressRaw(block, into: &output, maxOutputBytes: maxOutputBytes)
        }
        return output
    }

    /// Appends one raw block's contents, checking its declared size against the limit first.
    private static func decompressRaw(_ input: ByteBuffer, into output: inout ByteBuffer, maxOutputBytes: Int) throws(CompressionError) {
        var failure: CompressionError?
        input.withUnsafeReadableBytes { source in
            let pointer = source.baseAddress?.assumingMemoryBound(to: CChar.self)
            var declared = 0
            guard snappy_uncompressed_length(pointer, source.count, &declared) == SNAPPY_OK else {
                failure = .corruptInput("bad snappy length header")
                return
            }
            guard declared <= maxOutputBytes - output.readableBytes else {
                failure = .outputLimitExceeded(limit: maxOutputBytes)
                return
            }
            output.writeWithUnsafeMutableBytes(minimumWritableBytes: declared) { target in
                var length = declared
                let status = snappy_uncompress(pointer, source.count, target.baseAddress?.assumingMemoryBound(to: CChar.self), &length)
                guard status == SNAPPY_OK, length == declared else {
                    failure = .corruptInput("snappy_uncompress returned \(status)")
                    return 0
                }
                return length
            }
        }
        if let failure { throw failure }
    }
}
