import NIOCore

/// Answers ApiVersions at any version a client sends.
///
/// A client sends its newest ApiVersions version first, before it knows what the broker
/// supports. When that version is newer than the broker knows, Kafka answers with the v0
/// body layout, error UNSUPPORTED_VERSION and its ApiVersions range (KIP-511), and the
/// client retries with a version from that range. The response header is always v0.
public enum ApiVersionsAnswer {
    /// The version to encode the answer at and the error to put in it.
    public static func negotiate(requestedVersion: Int16) -> (version: Int16, error: KafkaErrorCode) {
        ApiVersionsResponse.validVersions.contains(requestedVersion)
            ? (requestedVersion, .none)
            : (0, .unsupportedVersion)
    }

    /// Encodes the complete response frame for a request at `requestedVersion`.
    /// - Parameters:
    ///   - apis: the APIs and version ranges the broker serves.
    ///   - requestedVersion: the version in the client's request header.
    ///   - correlationId: echoed from the request.
    public static func frame(apis: [ApiVersionsResponse.ApiVersion], requestedVersion: Int16, correlationId: Int32) throws(KafkaEncodingError) -> ByteBuffer {
        let (version, error) = negotiate(requestedVersion: requestedVersion)
        var response = ApiVersionsResponse()
        response.errorCode = error.rawValue
        response.apiKeys = error == .none ? apis : apis.filter { $0.apiKey == ApiVersionsRequest.apiKey }
        var buffer = ByteBuffer()
        try buffer.writeKafkaResponse(response, version: version, correlationId: correlationId)
        return buffer
    }
}
