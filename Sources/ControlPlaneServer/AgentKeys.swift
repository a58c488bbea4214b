import ControlPlane
import Crypto
import Foundation

/// Agent keys: `fjord_<id>_<secret>`. Each belongs to one agent group; the database keeps
/// only the SHA-256 of the whole key, so a leaked database does not leak keys.
public enum AgentKeys {
    public struct Issued: Sendable {
        public var id: String
        public var group: String
        public var key: String
    }

    /// Creates a key for `group` and returns it; it is shown once and never stored.
    public static func create(group: String, in store: PostgresMetadataStore) async throws -> Issued {
        guard !group.isEmpty, group.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) else {
            throw ControlPlaneError(.invalidRequest, "agent group '\(group)' must be letters, digits, '-', '_' or '.'")
        }
        let id = randomHex(bytes: 6)
        let key = "fjord_\(id)_\(randomHex(bytes: 32))"
        try await store.insertAgentKey(id: id, group: group, keyHash: hash(key))
        return Issued(id: id, group: group, key: key)
    }

    /// Revokes a key, given either its id or the whole key. Returns false when none matched.
    public static func revoke(_ idOrKey: String, in store: PostgresMetadataStore) async throws -> Bool {
        let id = idOrKey.hasPrefix("fjord_") ? String(idOrKey.split(separator: "_").dropFirst().first ?? "") : idOrKey
        return try await store.deleteAgentKey(id: id)
    }

    public static func list(in store: PostgresMetadataStore) async throws -> [AgentKeyRecord] { try await store.agentKeys() }

    /// The group of `key`, or nil when it is unknown or revoked.
    static func group(of key: String, in store: PostgresMetadataStore) async throws -> String? {
        try await store.agentGroup(ofKeyHash: hash(key))
    }

    static func hash(_ key: String) -> [UInt8] { Array(SHA256.hash(data: Data(key.utf8))) }

    /// `bytes` random bytes from the system generator, as lowercase hex.
    public static func randomHex(bytes: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}
