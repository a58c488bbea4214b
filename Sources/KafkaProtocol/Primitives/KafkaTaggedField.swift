import NIOCore

/// A tagged field this version of Fjord does not know. Kept as raw bytes so a
/// message re-encodes exactly as it arrived.
public struct KafkaTaggedField: Hashable, Sendable {
    public var tag: UInt32
    public var data: ByteBuffer

    public init(tag: UInt32, data: ByteBuffer) {
        self.tag = tag
        self.data = data
    }
}
