import Crypto
import Foundation

/// What proves a zone-cache request comes from an agent of the same group: an HMAC of the
/// object key under a secret derived from the group's agent key, which every agent of the
/// group holds and nothing else does (the control plane keeps only its hash).
///
/// Agents of a group that run with different keys (mid-rotation) refuse each other's requests,
/// and each reads the bucket itself; nothing breaks but the sharing.
struct PeerCredential: Sendable {
    private let secret: SymmetricKey

    /// The credential of the agents holding `agentKey`.
    init(agentKey: String) {
        secret = SymmetricKey(data: HMAC<SHA256>.authenticationCode(for: Data("fjord zone cache v1".utf8), using: SymmetricKey(data: Data(agentKey.utf8))))
    }

    /// The token a request for `objectKey` carries.
    func token(for objectKey: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(objectKey.utf8), using: secret).map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `token` is this credential's for `objectKey` (compared in constant time).
    func accepts(_ token: String, for objectKey: String) -> Bool {
        let expected = Array(self.token(for: objectKey).utf8)
        let given = Array(token.utf8)
        guard expected.count == given.count else { return false }
        return zip(expected, given).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
