import Foundation

/// The keys one S3 request is signed with: long-lived ones, or temporary ones from AWS STS or
/// a container credentials endpoint, which carry a session token and an expiry.
public struct S3Credentials: Sendable, Equatable {
    public var accessKeyId: String
    public var secretAccessKey: String
    /// Sent, and signed, as `x-amz-security-token`; set for temporary credentials.
    public var sessionToken: String?
    /// When temporary credentials stop working; nil for long-lived keys.
    public var expiration: Date?

    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
    }
}

/// Where an S3 store gets its credentials. Called for every request: implementations cache.
public protocol S3CredentialSource: Sendable, CustomStringConvertible {
    func credentials() async throws -> S3Credentials
}

/// Keys given once, e.g. from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`.
public struct StaticCredentialSource: S3CredentialSource {
    public let value: S3Credentials
    public init(_ value: S3Credentials) { self.value = value }
    public func credentials() async throws -> S3Credentials { value }
    public var description: String { "access key \(value.accessKeyId)" }
}
