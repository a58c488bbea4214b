import CZlib
import NIOCore

/// gzip through zlib. Decompression accepts concatenated members.
enum Gzip {
    static func compress(_ input: ByteBuffer, level: Int32 = Z_DEFAULT_COMPRESSION) throws(CompressionError) -> ByteBuffer {
        var stream = z_stream()
        // windowBits 15 + 16 selects the gzip wrapper.
        guard deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .libraryFailure("deflateInit2 failed")
        }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, UInt(input.readableBytes)))
        var output = ByteBuffer()
        output.reserveCapacity(bound)
        var result: Int32 = Z_OK
        _ = input.withUnsafeReadableBytes { source in
            output.writeWithUnsafeMutableBytes(minimumWritableBytes: bound) { target in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress?.assumingMemoryBound(to: Bytef.self))
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress?.assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(target.count)
                result = deflate(&stream, Z_FINISH)  // one call: the output holds deflateBound bytes
                return target.count - Int(stream.avail_out)
            }
        }
        guard result == Z_STREAM_END else { throw .libraryFailure("deflate returned \(result)") }
        return output
    }

    static func decompress(_ input: ByteBuffer, maxOutputBytes: Int) throws(CompressionError) -> ByteBuffer {
        var stream = z_stream()
        // windowBits 15 + 32 detects gzip or zlib headers.
        guard inflateInit2_(&stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .libraryFailure("inflateInit2 failed")
        }
        defer { inflateEnd(&stream) }
        var output = ByteBuffer()
        _ = output.reserveOutput(atLeast: Swift.min(input.readableBytes * 4 + 64, maxOutputBytes), limit: maxOutputBytes)
        var failure: CompressionError?
        input.withUnsafeReadableBytes { source in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress?.assumingMemoryBound(to: Bytef.self))
            stream.avail_in = uInt(source.count)
            while failure == nil {
                guard output.reserveOutput(atLeast: 16 << 10, limit: maxOutputBytes) else {
                    failure = .outputLimitExceeded(limit: maxOutputBytes)
                    break
                }
                let room = Swift.min(output.writableBytes, maxOutputBytes - output.readableBytes)
                var result: Int32 = Z_OK
                output.writeWithUnsafeMutableBytes(minimumWritableBytes: 0) { target in
                    stream.next_out = target.baseAddress?.assumingMemoryBound(to: Bytef.self)
                    stream.avail_out = uInt(room)
                    result = inflate(&stream, Z_NO_FLUSH)
                    return room - Int(stream.avail_out)
                }
                if result == Z_STREAM_END {
                    if stream.avail_in == 0 { break }
                    inflateReset(&stream)  // another gzip member follows
                } else if result == Z_BUF_ERROR && stream.avail_in == 0 {
                    failure = .corruptInput("gzip stream truncated")
                } else if result != Z_OK && result != Z_BUF_ERROR {
                    failure = .corruptInput(stream.msg.map { String(cString: $0) } ?? "inflate error \(result)")
                } else if output.readableBytes >= maxOutputBytes {
                    failure = .outputLimitExceeded(limit: maxOutputBytes)
                }
            }
        }
        if let failure { throw failure }
        return output
    }
}
