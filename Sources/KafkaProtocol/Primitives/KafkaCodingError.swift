/// Why bytes could not be decoded as a Kafka message. Decoders never trap on
/// hostile input; they throw one of these instead.
public enum KafkaDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input ended before the field was complete.
    case truncated(needed: Int, available: Int)
    /// A varint ran past its maximum width (5 bytes for 32 bits, 10 for 64).
    case varintTooLong
    /// A length or count was negative (other than -1 for null) or larger than the bytes present.
    case invalidLength(Int64)
    /// A non-nullable field was encoded as null.
    case unexpectedNull(field: String)
    /// The version is outside what the message defines.
    case unsupportedVersion(apiKey: Int16, version: Int16)
    /// A value that the protocol does not allow (bad magic byte, unknown enum, bad CRC ...).
    case invalidValue(String)

    public var description: String {
        switch self {
        case .truncated(let needed, let available): "truncated input: needed \(needed) bytes, \(available) left"
        case .varintTooLong: "varint longer than its maximum width"
        case .invalidLength(let length): "invalid length or count \(length)"
        case .unexpectedNull(let field): "field \(field) is null but is not nullable at this version"
        case .unsupportedVersion(let key, let version): "API key \(key) has no version \(version)"
        case .invalidValue(let reason): reason
        }
    }
}

/// Why a message could not be encoded at the requested version.
public enum KafkaEncodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A non-ignorable field holds a non-default value but does not exist at this version.
    case fieldNotSupported(field: String, version: Int16)
    /// A field is nil but is not nullable at this version.
    case nullNotAllowed(field: String, version: Int16)
    /// The version is outside what the message defines.
    case unsupportedVersion(apiKey: Int16, version: Int16)

    public var description: String {
        switch self {
        case .fieldNotSupported(let field, let version): "field \(field) is not supported at version \(version)"
        case .nullNotAllowed(let field, let version): "field \(field) cannot be null at version \(version)"
        case .unsupportedVersion(let key, let version): "API key \(key) has no version \(version)"
        }
    }
}
