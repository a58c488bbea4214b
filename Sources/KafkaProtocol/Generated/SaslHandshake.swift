// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// SaslHandshakeRequest, versions 0-1 (never flexible).
public struct SaslHandshakeRequest: KafkaRequest {
    public typealias Response = SaslHandshakeResponse
    public static let apiKey: Int16 = 17
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker", "controller"]
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = nil

    /// The SASL mechanism chosen by the client.
    public var mechanism: String = ""

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 17, version: version) }
        self.mechanism = try buffer.readKafkaString(compact: false, field: "mechanism")
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 17, version: version) }
        buffer.writeKafkaString(self.mechanism, compact: false)
    }
}

/// SaslHandshakeResponse, versions 0-1 (never flexible).
public struct SaslHandshakeResponse: KafkaResponse {
    public static let apiKey: Int16 = 17
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...1
    public static let firstFlexibleVersion: Int16? = nil

    /// The error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// The mechanisms enabled in the server.
    public var mechanisms: [String] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 17, version: version) }
        self.errorCode = try buffer.readKafkaInt16()
        if let count = try buffer.readKafkaArrayCount(compact: false, minimumElementSize: 1) {
            var elements: [String] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try buffer.readKafkaString(compact: false, field: "mechanisms")) }
            self.mechanisms = elements
        } else {
            throw .unexpectedNull(field: "mechanisms")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 17, version: version) }
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaArrayCount(self.mechanisms.count, compact: false)
        for element in self.mechanisms {
            buffer.writeKafkaString(element, compact: false)
        }
    }
}
