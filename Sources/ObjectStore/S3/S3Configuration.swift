import Foundation

/// Where and how to reach an S3-compatible bucket.
public struct S3Configuration: Sendable {
    public enum Addressing: Sendable {
        /// `https://endpoint/bucket/key` (SeaweedFS, MinIO, most self-hosted stores).
        case path
        /// `https://bucket.endpoint/key` (AWS's default).
        case virtualHosted
    }

    /// e.g. `http://127.0.0.1:8333` or `https://s3.eu-west-1.amazonaws.com`.
    public var endpoint: URL
    public var region: String
    public var bucket: String
    /// Where requests get their signing keys (static keys, STS, a container endpoint).
    public var credentials: any S3CredentialSource
    public var addressing: Addressing = .path
    /// Time limit for one attempt of one request.
    public var requestTimeout: Duration = .seconds(10)
    /// Attempts for requests that fail with 5xx, SlowDown, a timeout or a connection error.
    public var maxAttempts = 5
    public var retryBaseDelay: Duration = .milliseconds(50)
    /// Start a second GET when the first is slower than the recent p99 (hedging).
    public var hedgeReads = true

    public init(endpoint: URL, region: String, bucket: String, credentials: any S3CredentialSource) {
        self.endpoint = endpoint
        self.region = region
        self.bucket = bucket
        self.credentials = credentials
    }

    /// A configuration with long-lived keys.
    public init(endpoint: URL, region: String, bucket: String, accessKeyId: String, secretAccessKey: String) {
        self.init(
            endpoint: endpoint, region: region, bucket: bucket,
            credentials: StaticCredentialSource(.init(accessKeyId: accessKeyId, secretAccessKey: secretAccessKey)))
    }

    /// Whether requests go over TLS (an `https` endpoint).
    public var isTLS: Bool { endpoint.scheme?.lowercased() == "https" }

    /// The URL and Host header for `key` (nil: the bucket itself).
    func location(of key: String?) -> (url: String, host: String, path: String) {
        let scheme = endpoint.scheme ?? "http"
        let port = endpoint.port.map { ":\($0)" } ?? ""
        let endpointHost = endpoint.host ?? "localhost"
        let encodedKey = key.map { "/" + SigV4Signer.encode($0, keepSlash: true) } ?? "/"
        switch addressing {
        case .path:
            let path = "/\(bucket)" + (key == nil ? "" : encodedKey)
            return ("\(scheme)://\(endpointHost)\(port)\(path)", "\(endpointHost)\(port)", path)
        case .virtualHosted:
            let host = "\(bucket).\(endpointHost)\(port)"
            return ("\(scheme)://\(host)\(encodedKey)", host, encodedKey)
        }
    }
}
