import NIOCore

/// A request frame split into its header and its still-encoded body.
public struct KafkaRequestFrame: Sendable {
    public var header: RequestHeader
    /// The header version the bytes were read with (1 or 2; 0 only for ControlledShutdown v0).
    public var headerVersion: Int16
    /// The body, not yet decoded: its layout depends on the version, which the caller checks first.
    public var body: ByteBuffer

    public var apiKey: Int16 { header.requestApiKey }
    public var apiVersion: Int16 { header.requestApiVersion }
    public var correlationId: Int32 { header.correlationId }

    /// Reads the request header from a frame. The header version follows from the API key and
    /// version: flexible versions use header v2 (with tagged fields). A version newer than Fjord
    /// knows is read as flexible when the API has flexible versions, as Kafka does, so that
    /// ApiVersions from a newer client can still be answered.
    public init(frame: ByteBuffer) throws(KafkaDecodingError) {
        var buffer = frame
        guard let apiKey = buffer.getInteger(at: buffer.readerIndex, endianness: .big, as: Int16.self),
            let apiVersion = buffer.getInteger(at: buffer.readerIndex + 2, endianness: .big, as: Int16.self)
        else {
            throw .truncated(needed: 4, available: buffer.readableBytes)
        }
        headerVersion = Self.headerVersion(apiKey: apiKey, apiVersion: apiVersion)
        header = try RequestHeader(from: &buffer, version: headerVersion)
        body = buffer
    }

    public static func headerVersion(apiKey: Int16, apiVersion: Int16) -> Int16 {
        guard let type = KafkaApiRegistry.requestTypes[apiKey] else { return 1 }
        if type.validVersions.contains(apiVersion) { return type.requestHeaderVersion(for: apiVersion) }
        if apiVersion > type.validVersions.upperBound, type.firstFlexibleVersion != nil { return 2 }
        return 1
    }

    /// Decodes the body as `R` at the frame's version.
    ///
    /// Trailing bytes are ignored, as Kafka ignores them: librdkafka 2.16 sends three extra
    /// bytes after an all-topics Metadata v12 body, and Kafka answers it.
    public func decodeBody<R: KafkaRequest>(as type: R.Type) throws(KafkaDecodingError) -> R {
        var buffer = body
        return try R(from: &buffer, version: apiVersion)
    }

    /// Bytes left after the body decodes as `R`; golden tests expect zero.
    public func trailingBytes<R: KafkaRequest>(as type: R.Type) throws(KafkaDecodingError) -> Int {
        var buffer = body
        _ = try R(from: &buffer, version: apiVersion)
        return buffer.readableBytes
    }
}

extension ByteBuffer {
    /// Writes one response frame: size, response header (v0 or v1, by API and version), body.
    public mutating func writeKafkaResponse<R: KafkaResponse>(_ response: R, version: Int16, correlationId: Int32) throws(KafkaEncodingError) {
        try writeKafkaFrame { (buffer: inout ByteBuffer) throws(KafkaEncodingError) in
            var header = ResponseHeader()
            header.correlationId = correlationId
            try header.encode(into: &buffer, version: R.responseHeaderVersion(for: version))
            try response.encode(into: &buffer, version: version)
        }
    }

    /// Writes one request frame (for Fjord's own clients, benchmarks and tests).
    public mutating func writeKafkaRequest<R: KafkaRequest>(_ request: R, version: Int16, correlationId: Int32, clientId: String?) throws(KafkaEncodingError) {
        try writeKafkaFrame { (buffer: inout ByteBuffer) throws(KafkaEncodingError) in
            var header = RequestHeader()
            header.requestApiKey = R.apiKey
            header.requestApiVersion = version
            header.correlationId = correlationId
            header.clientId = clientId
            try header.encode(into: &buffer, version: R.requestHeaderVersion(for: version))
            try request.encode(into: &buffer, version: version)
        }
    }
}
