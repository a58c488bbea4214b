import CCRC32C
import NIOCore

/// CRC32C (Castagnoli), the checksum of Kafka record batches.
public enum CRC32C {
    /// Whether the SSE4.2 instruction is in use (else slice-by-8 tables).
    public static var isHardwareAccelerated: Bool { fjord_crc32c_is_hardware_accelerated() != 0 }

    @inlinable
    public static func checksum(_ bytes: UnsafeRawBufferPointer, extending crc: UInt32 = 0) -> UInt32 {
        fjord_crc32c_extend(crc, bytes.baseAddress, bytes.count)
    }

    /// The CRC of `length` bytes of `buffer` starting at absolute `index`, without copying.
    @inlinable
    public static func checksum(_ buffer: ByteBuffer, at index: Int, length: Int) -> UInt32? {
        guard index >= buffer.readerIndex, length >= 0, index + length <= buffer.writerIndex else { return nil }
        return buffer.withUnsafeReadableBytes { raw in
            checksum(UnsafeRawBufferPointer(rebasing: raw[(index - buffer.readerIndex)..<(index - buffer.readerIndex + length)]))
        }
    }

    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0) }
    }

    /// The portable path, for tests that check both paths agree.
    public static func portableChecksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        fjord_crc32c_extend_portable(0, bytes.baseAddress, bytes.count)
    }
}
