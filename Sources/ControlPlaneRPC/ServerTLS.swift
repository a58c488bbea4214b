import NIOSSL

/// A TLS server configuration from PEM files, shared by the control plane's HTTPS and the
/// agents' Kafka listeners. A file that cannot be read is an error naming it.
public enum ServerTLS {
    public struct FileError: Error, CustomStringConvertible {
        public var description: String
    }

    /// - Parameter clientCA: a PEM file of CA certificates: clients must then present a
    ///   certificate it signed (mutual TLS).
    public static func configuration(certificateChain: String, privateKey: String, clientCA: String? = nil) throws -> TLSConfiguration {
        let chain: [NIOSSLCertificate], key: NIOSSLPrivateKey
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
}
