import NIOCore

/// Splits a byte stream into Kafka frames: a big-endian int32 size, then that many bytes.
///
/// The size is checked against `maxFrameSize` before any byte of the body is buffered,
/// so a hostile 2 GiB prefix costs nothing (Kafka's `socket.request.max.bytes`).
public struct KafkaFrameDecoder: ByteToMessageDecoder, NIOSingleStepByteToMessageDecoder {
    public typealias InboundOut = ByteBuffer

    /// Kafka's default `socket.request.max.bytes`: 100 MiB.
    public static let defaultMaxFrameSize = 100 * 1024 * 1024

    public let maxFrameSize: Int

    public init(maxFrameSize: Int = KafkaFrameDecoder.defaultMaxFrameSize) {
        self.maxFrameSize = maxFrameSize
    }

    public mutating func decode(buffer: inout ByteBuffer) throws -> ByteBuffer? {
        guard let size = buffer.getInteger(at: buffer.readerIndex, endianness: .big, as: Int32.self) else { return nil }
        guard size >= 0 else { throw KafkaFramingError.negativeFrameSize(size) }
        guard Int(size) <= maxFrameSize else { throw KafkaFramingError.frameTooLarge(size: Int(size), limit: maxFrameSize) }
        guard buffer.readableBytes >= 4 + Int(size) else { return nil }
        buffer.moveReaderIndex(forwardBy: 4)
        return buffer.readSlice(length: Int(size))
    }

    public mutating func decodeLast(buffer: inout ByteBuffer, seenEOF: Bool) throws -> ByteBuffer? {
        try decode(buffer: &buffer)
    }

    // ByteToMessageDecoder conformance (for ByteToMessageHandler).
    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let frame = try decode(buffer: &buffer) else { return .needMoreData }
        context.fireChannelRead(NIOAny(frame))
        return .continue
    }

    public mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        try decode(context: context, buffer: &buffer)
    }
}

/// Why a byte stream is not a sequence of Kafka frames. The connection must be closed.
public enum KafkaFramingError: Error, Equatable, Sendable, CustomStringConvertible {
    case frameTooLarge(size: Int, limit: Int)
    case negativeFrameSize(Int32)

    public var description: String {
        switch self {
        case .frameTooLarge(let size, let limit): "frame of \(size) bytes exceeds the limit of \(limit) bytes"
        case .negativeFrameSize(let size): "negative frame size \(size)"
        }
    }
}

extension ByteBuffer {
    /// Writes a size-prefixed frame: reserves the int32 size, runs `body`, then patches the size.
    @inlinable
    public mutating func writeKafkaFrame<E: Error>(_ body: (inout ByteBuffer) throws(E) -> Void) throws(E) {
        let start = writerIndex
        writeInteger(Int32(0))
        try body(&self)
        setInteger(Int32(writerIndex - start - 4), at: start, endianness: .big)
    }
}
