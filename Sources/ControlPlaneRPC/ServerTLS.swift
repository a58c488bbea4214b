import NIOConcurrencyHelpers
import NIOSSL

/// A TLS server configuration from PEM files, shared by the control plane's HTTPS and the
/// agents' Kafka listeners. A file that cannot be read is an error naming it.
public enum ServerTLS {
    public struct FileError: Error, CustomStringConvertible {
        public var description: String
    }

    /// A fixed configuration; see `ReloadableCertificate` for one that follows the files.
    /// - Parameter clientCA: a PEM file of CA certificates: clients must then present a
    ///   certificate it signed (mutual TLS).
    public static func configuration(certificateChain: String, privateKey: String, clientCA: String? = nil) throws -> TLSConfiguration {
        let (chain, key) = try read(certificateChain: certificateChain, privateKey: privateKey)
        var configuration = TLSConfiguration.makeServerConfiguration(certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
        if let clientCA {
            let roots: [NIOSSLCertificate]
            do {
                roots = try NIOSSLCertificate.fromPEMFile(clientCA)
            } catch {
                throw FileError(description: "cannot read the client CA certificates \(clientCA): \(error)")
            }
            configuration.trustRoots = .certificates(roots)
            configuration.certificateVerification = .noHostnameVerification  // clients have no host name to check
        }
        return configuration
    }

    static func read(certificateChain: String, privateKey: String) throws -> ([NIOSSLCertificate], NIOSSLPrivateKey) {
        let chain: [NIOSSLCertificate]
        let key: NIOSSLPrivateKey
        do {
            chain = try NIOSSLCertificate.fromPEMFile(certificateChain)
        } catch {
            throw FileError(description: "cannot read the TLS certificate chain \(certificateChain): \(error)")
        }
        do {
            key = try NIOSSLPrivateKey(file: privateKey, format: .pem)
        } catch {
            throw FileError(description: "cannot read the TLS private key \(privateKey): \(error)")
        }
        return (chain, key)
    }
}

/// A server certificate that can be renewed while serving: `reload` reads the files again,
/// and every handshake after it presents the new certificate (through NIOSSL's per-handshake
/// context callback), while open connections keep theirs. Processes call `reload` on SIGHUP.
public final class ReloadableCertificate: Sendable {
    public let certificateChain: String
    public let privateKey: String
    private let current: NIOLockedValueBox<([NIOSSLCertificate], NIOSSLPrivateKey)>

    /// Reads both files; throws `ServerTLS.FileError` naming one that cannot be read.
    public init(certificateChain: String, privateKey: String) throws {
        self.certificateChain = certificateChain
        self.privateKey = privateKey
        current = NIOLockedValueBox(try ServerTLS.read(certificateChain: certificateChain, privateKey: privateKey))
    }

    /// Reads the files again. When one cannot be read, it throws and the certificate in use stays.
    public func reload() throws {
        let renewed = try ServerTLS.read(certificateChain: certificateChain, privateKey: privateKey)
        current.withLockedValue { $0 = renewed }
    }

    /// A server configuration presenting the current certificate at every handshake.
    public func configuration(clientCA: String? = nil) throws -> TLSConfiguration {
        var configuration = try ServerTLS.configuration(certificateChain: certificateChain, privateKey: privateKey, clientCA: clientCA)
        let current = self.current
        configuration.sslContextCallback = { _, promise in
            let (chain, key) = current.withLockedValue { $0 }
            var override = NIOSSLContextConfigurationOverride()
            override.certificateChain = chain.map { .certificate($0) }
            override.privateKey = .privateKey(key)
            promise.succeed(override)
        }
        return configuration
    }
}
