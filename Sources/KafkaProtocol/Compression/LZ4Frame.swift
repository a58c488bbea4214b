import CLZ4
import NIOCore

/// LZ4 in the standard frame format, as Kafka uses for magic-2 batches. Frames are written
/// with independent 64 KiB blocks and no content checksum, which every Kafka client reads.
enum LZ4Frame {
    private static let frameVersion = UInt32(100)  // LZ4F_VERSION

    static func compress(_ input: ByteBuffer) throws(CompressionError) -> ByteBuffer {
        var preferences = LZ4F_preferences_t()
        preferences.frameInfo.blockSizeID = LZ4F_max64KB
        preferences.frameInfo.blockMode = LZ4F_blockIndependent
        let bound = LZ4F_compressFrameBound(input.readableBytes, &preferences)
        var output = ByteBuffer()
        var code = 0
        _ = input.withUnsafeReadableBytes { source in
            output.writeWithUnsafeMutableBytes(minimumWritableBytes: bound) { target in
                code = LZ4F_compressFrame(target.baseAddress, target.count, source.baseAddress, source.count, &preferences)
                return LZ4F_isError(code) != 0 ? 0 : code
            }
        }
        guard LZ4F_isError(code) == 0 else { throw .libraryFailure(String(cString: LZ4F_getErrorName(code))) }
        return output
    }

    static func decompress(_ input: ByteBuffer, maxOutputBytes: Int) throws(CompressionError) -> ByteBuffer {
        var context: OpaquePointer?
        guard LZ4F_isError(LZ4F_createDecompressionContext(&context, frameVersion)) == 0, let context else {
            throw .libraryFailure("LZ4F_createDecompressionContext failed")
        }
        defer { LZ4F_freeDecompressionContext(context) }
        var output = ByteBuffer()
        _ = output.reserveOutput(atLeast: Swift.min(input.readableBytes * 4 + 64, maxOutputBytes), limit: maxOutputBytes)
        var failure: CompressionError?
        input.withUnsafeReadableBytes { source in
            var consumed = 0
            var hint = 1
            while failure == nil && consumed < source.count {
                guard output.reserveOutput(atLeast: 64 << 10, limit: maxOutputBytes) else {
                    failure = .outputLimitExceeded(limit: maxOutputBytes)
                    return
                }
                let room = Swift.min(output.writableBytes, maxOutputBytes - output.readableBytes)
                output.writeWithUnsafeMutableBytes(minimumWritableBytes: 0) { target in
                    var outSize = room
                    var inSize = source.count - consumed
                    hint = LZ4F_decompress(context, target.baseAddress, &outSize, source.baseAddress! + consumed, &inSize, nil)
                    if LZ4F_isError(hint) != 0 {
                        failure = .corruptInput(String(cString: LZ4F_getErrorName(hint)))
                        return 0
                    }
                    consumed += inSize
                    return outSize
                }
                if hint == 0 && consumed < source.count {
                    // A second frame follows: the context is ready for it.
                    continue
                }
            }
            if failure == nil && hint != 0 { failure = .corruptInput("lz4 frame truncated") }
        }
        if let failure { throw failure }
        return output
    }
}
