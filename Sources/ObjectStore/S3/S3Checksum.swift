import CCRC32C
import Foundation
import NIOCore

/// The checksums S3 verifies on upload (`x-amz-checksum-*`): base64 of the big-endian value.
enum S3Checksum {
    /// `x-amz-checksum-crc32c`: CRC32C (Castagnoli), computed in hardware where the CPU can.
    static func crc32c(_ data: ByteBuffer) -> String {
        let crc = data.withUnsafeReadableBytes { fjord_crc32c_extend(0, $0.baseAddress, $0.count) }
        return withUnsafeBytes(of: crc.bigEndian) { Data($0) }.base64EncodedString()
    }
}
