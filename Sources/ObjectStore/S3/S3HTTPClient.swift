import AsyncHTTPClient
import Foundation
import NIOConcurrencyHelpers
import NIOSSL

/// The HTTP clients S3 requests go through: `HTTPClient.shared`, which trusts the system's
/// CAs, or one per CA bundle for a store behind a private CA (`AWS_CA_BUNDLE`, as the AWS
/// SDKs and CLI read it).
public enum S3HTTPClient {
    private static let byBundle = NIOLockedValueBox([String: HTTPClient]())

    /// A client that trusts only the certificates in the PEM file at `caBundlePath`; nil
    /// gives `HTTPClient.shared`. Clients live as long as the process (each keeps its
    /// connection pool), so one is made per bundle.
    /// - Throws: `ObjectStoreError.unavailable` naming the file when it cannot be read or
    ///   holds no certificate.
    public static func client(caBundlePath: String?) throws -> HTTPClient {
        guard let caBundlePath else { return .shared }
        return try byBundle.withLockedValue { clients in
            if let client = clients[caBundlePath] { return client }
            let certificates: [NIOSSLCertificate]
            do {
                certificates = try NIOSSLCertificate.fromPEMFile(caBundlePath)
            } catch {
                throw ObjectStoreError.unavailable("AWS_CA_BUNDLE \(caBundlePath) could not be read as PEM certificates: \(error)")
            }
            guard !certificates.isEmpty else { throw ObjectStoreError.unavailable("AWS_CA_BUNDLE \(caBundlePath) holds no certificate") }
            var tls = TLSConfiguration.makeClientConfiguration()
            tls.trustRoots = .certificates(certificates)
            var configuration = HTTPClient.Configuration.singletonConfiguration
            configuration.tlsConfiguration = tls
            let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
            clients[caBundlePath] = client
            return client
        }
    }
}
