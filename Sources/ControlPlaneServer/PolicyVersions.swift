import ControlPlane
import Crypto
import Foundation
import Policy

/// Policy versions: each `apply` validates a policy and adds a version (the store's
/// `policies` table); the highest is in force, and control-plane replicas hand it to agents
/// with their heartbeats. Nothing is overwritten, so `history` shows every version and who
/// applied it.
public enum PolicyVersions {
    public typealias Version = PolicyVersion
    public typealias Applied = PolicyStored

    /// Validates `source` and stores it as the next version. An invalid policy throws
    /// `PolicyErrors` (file:line:col each) and changes nothing.
    public static func apply(source: String, file: String, appliedBy: String, in store: PostgresMetadataStore) async throws -> Applied {
        _ = try PolicyParser.parse(source, file: file)
        return try await store.storePolicy(source: source, file: file, sha256: sha256(source), appliedBy: appliedBy)
    }

    /// Stores `source` as the first version when no version exists yet (the file a control
    /// plane starts with); otherwise the stored history wins, and this returns nil.
    public static func seed(source: String, file: String, appliedBy: String, in store: PostgresMetadataStore) async throws -> Int64? {
        _ = try PolicyParser.parse(source, file: file)
        return try await store.seedPolicy(source: source, file: file, sha256: sha256(source), appliedBy: appliedBy)
    }

    /// The version in force, or nil when none was ever applied.
    public static func current(in store: PostgresMetadataStore) async throws -> Version? { try await store.currentPolicy() }

    /// The highest version number (0 when none), cheap enough to poll every second.
    public static func currentNumber(in store: PostgresMetadataStore) async throws -> Int64 { try await store.currentPolicyNumber() }

    /// Every version, oldest first.
    public static func history(in store: PostgresMetadataStore) async throws -> [Version] { try await store.policyHistory() }

    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
