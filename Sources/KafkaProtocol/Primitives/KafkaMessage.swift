import NIOCore

/// A message defined by one of Kafka's JSON schemas: a request, a response or a header.
/// The conformances are generated (see `Sources/KafkaProtocolGenerator`).
public protocol KafkaMessage: Sendable, Equatable {
    /// The versions this schema defines, from Apache Kafka's message definitions.
    static var validVersions: ClosedRange<Int16> { get }
    /// The first version using compact strings, arrays and tagged fields, or nil if none does.
    static var firstFlexibleVersion: Int16? { get }

    init()
    /// Decodes the message at `version`. Throws on truncated or malformed input.
    init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError)
    /// Encodes the message at `version`. Throws if a field that does not exist at that
    /// version holds a non-default value and is not ignorable.
    func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError)
}

/// A request or response body, identified by its API key.
public protocol KafkaApiMessage: KafkaMessage {
    static var apiKey: Int16 { get }
    /// The lowest version a Kafka 4.x broker accepts (KIP-896), from the Kafka 4.3 schemas.
    static var kafka4MinimumVersion: Int16 { get }
}

public protocol KafkaRequest: KafkaApiMessage {
    associatedtype Response: KafkaResponse
}

public protocol KafkaResponse: KafkaApiMessage {}

extension KafkaMessage {
    /// True if `version` uses the flexible (compact, tagged) encoding.
    @inlinable
    public static func isFlexible(_ version: Int16) -> Bool {
        guard let first = firstFlexibleVersion else { return false }
        return version >= first
    }
}

extension KafkaRequest {
    /// The request header version for `version`: 2 when the body is flexible, else 1.
    @inlinable
    public static func requestHeaderVersion(for version: Int16) -> Int16 {
        // ControlledShutdown v0 alone used header v0; no client sends it.
        if apiKey == 7 && version == 0 { return 0 }
        return isFlexible(version) ? 2 : 1
    }
}

extension KafkaResponse {
    /// The response header version for `version`. ApiVersions always answers with header v0,
    /// so a client that sent too new a version can still read the error.
    @inlinable
    public static func responseHeaderVersion(for version: Int16) -> Int16 {
        if apiKey == 18 { return 0 }
        return isFlexible(version) ? 1 : 0
    }
}
