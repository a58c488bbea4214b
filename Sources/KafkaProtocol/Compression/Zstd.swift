import CZstd
import NIOCore

/// Zstandard frames, decompressed in streaming mode so frames without a content size
/// (as Java's ZstdOutputStream writes) are handled, within the output bound.
enum Zstd {
    static func compress(_ input: ByteBuffer, level: Int32 = 3) throws(CompressionError) -> ByteBuffer {
        let bound = ZSTD_compressBound(input.readableBytes)
        var output = ByteBuffer()
        var code = 0
        _ = input.withUnsafeReadableBytes { source in
            output.writeWithUnsafeMutableBytes(minimumWritableBytes: bound) { target in
                code = ZSTD_compress(target.baseAddress, target.count, source.baseAddress, source.count, level)
                return ZSTD_isError(code) != 0 ? 0 : code
            }
        }
        guard ZSTD_isError(code) == 0 else { throw .libraryFailure(String(cString: ZSTD_getErrorName(code))) }
        return output
    }

    static func decompress(_ input: ByteBuffer, maxOutputBytes: Int) throws(CompressionError) -> ByteBuffer {
        guard let context = ZSTD_createDCtx() else { throw .libraryFailure("ZSTD_createDCtx failed") }
        defer { ZSTD_freeDCtx(context) }
        if let output = oneShot(input, context: context, maxOutputBytes: maxOutputBytes) { return output }
        return try streaming(input, context: context, maxOutputBytes: maxOutputBytes)
    }

    /// When the frame declares its size (as ZSTD_compress and librdkafka write it) and that
    /// size is within the bound, decompresses in one call into an exact allocation. Returns
    /// nil to fall back to streaming (unknown size, several frames, or any error).
    private static func oneShot(_ input: ByteBuffer, context: OpaquePointer, maxOutputBytes: Int) -> ByteBuffer? {
        input.withUnsafeReadableBytes { source -> ByteBuffer? in
            let declared = ZSTD_getFrameContentSize(source.baseAddress, source.count)
            guard declared < UInt64.max - 1, declared <= UInt64(maxOutputBytes) else { return nil }
            var output = ByteBuffer()
            var code = 0
            output.writeWithUnsafeMutableBytes(minimumWritableBytes: Int(declared)) { target in
                code = ZSTD_decompressDCtx(context, target.baseAddress, Int(declared), source.baseAddress, source.count)
                return ZSTD_isError(code) != 0 ? 0 : code
            }
            return ZSTD_isError(code) == 0 && code == Int(declared) ? output : nil
        }
    }

    private static func streaming(_ input: ByteBuffer, context: OpaquePointer, maxOutputBytes: Int) throws(CompressionError) -> ByteBuffer {
        ZSTD_DCtx_reset(context, ZSTD_reset_session_only)
        var output = ByteBuffer()
        var failure: CompressionError?
        input.withUnsafeReadableBytes { source in
            guard output.reserveOutput(atLeast: Swift.min(source.count * 4 + 64, maxOutputBytes), limit: maxOutputBytes) else {
                failure = .outputLimitExceeded(limit: maxOutputBytes)
                return
            }
            var inBuffer = ZSTD_inBuffer(src: source.baseAddress, size: source.count, pos: 0)
            var remainingHint = 1
            while failure == nil {
                if inBuffer.pos == inBuffer.size && remainingHint == 0 { break }
                guard output.reserveOutput(atLeast: 128 << 10, limit: maxOutputBytes) else {
                    failure = .outputLimitExceeded(limit: maxOutputBytes)
                    return
                }
                let room = Swift.min(output.writableBytes, maxOutputBytes - output.readableBytes)
                let before = inBuffer.pos
                var produced = 0
                output.writeWithUnsafeMutableBytes(minimumWritableBytes: 0) { target in
                    var outBuffer = ZSTD_outBuffer(dst: target.baseAddress, size: room, pos: 0)
                    remainingHint = ZSTD_decompressStream(context, &outBuffer, &inBuffer)
                    produced = outBuffer.pos
                    return ZSTD_isError(remainingHint) != 0 ? 0 : outBuffer.pos
                }
                if ZSTD_isError(remainingHint) != 0 {
                    failure = .corruptInput(String(cString: ZSTD_getErrorName(remainingHint)))
                } else if inBuffer.pos == inBuffer.size && remainingHint != 0 && produced < room && inBuffer.pos == before {
                    failure = .corruptInput("zstd frame truncated")
                }
            }
        }
        if let failure { throw failure }
        return output
    }
}
