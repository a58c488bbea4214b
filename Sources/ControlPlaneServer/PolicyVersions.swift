import ControlPlane
import Crypto
import Foundation
import Policy
import PostgresNIO

/// Policy versions in PostgreSQL. Each `apply` adds a version; the highest is in force, and
/// control-plane replicas hand it to agents with their heartbeats. Nothing is overwritten,
/// so `history` shows every version and who applied it.
public enum PolicyVersions {
    public struct Version: Sendable {
        public var version: Int64
        public var source: String
        /// The file it was applied from, for error messages (file:line:col).
        public var file: String
        public var sha256: String
        public var appliedBy: String
        public var appliedAt: Date
    }

    /// The outcome of `apply`.
    public enum Applied: Sendable, Equatable {
        case stored(version: Int64)
        /// The text is the version already in force; nothing was added.
        case unchanged(version: Int64)
    }

    /// Validates `source` and stores it as the next version. An invalid policy throws
    /// `PolicyErrors` (file:line:col each) and changes nothing.
    public static func apply(source: String, file: String, appliedBy: String, in store: PostgresMetadataStore) async throws -> Applied {
        _ = try PolicyParser.parse(source, file: file)
        let digest = sha256(source)
        return try await store.transaction { connection in
            // One writer at a time, so two applies cannot both think they are next.
            try await connection.query("LOCK TABLE policies IN SHARE ROW EXCLUSIVE MODE", logger: store.logger)
            for try await (version, current) in try await connection.query(
                "SELECT version, sha256 FROM policies ORDER BY version DESC LIMIT 1",
                logger: store.logger
            ).decode((Int64, String).self) where current == digest {
                return .unchanged(version: version)
            }
            for try await version in try await connection.query(
                """
                INSERT INTO policies (source, file, sha256, applied_by) VALUES (\(source), \(file), \(digest), \(appliedBy)) RETURNING version
                """, logger: store.logger
            ).decode(Int64.self) {
                return .stored(version: version)
            }
            throw ControlPlaneError(.unknownServerError, "storing the policy returned no version")
        }
    }

    /// Stores `source` as the first version when no version exists yet (the file a control
    /// plane starts with); otherwise the stored history wins, and this returns nil.
    public static func seed(source: String, file: String, appliedBy: String, in store: PostgresMetadataStore) async throws -> Int64? {
        _ = try PolicyParser.parse(source, file: file)
        return try await store.transaction { connection in
            try await connection.query("LOCK TABLE policies IN SHARE ROW EXCLUSIVE MODE", logger: store.logger)
            for try await _ in try await connection.query("SELECT 1 FROM policies LIMIT 1", logger: store.logger).decode(Int32.self) { return nil }
            for try await version in try await connection.query(
                """
                INSERT INTO policies (source, file, sha256, applied_by) VALUES (\(source), \(file), \(sha256(source)), \(appliedBy)) RETURNING version
                """, logger: store.logger
            ).decode(Int64.self) {
                return version
            }
            return nil
        }
    }

    /// The version in force, or nil when none was ever applied.
    public static func current(in store: PostgresMetadataStore) async throws -> Version? {
        try await versions(in: store, where: "ORDER BY version DESC LIMIT 1").first
    }

    /// The highest version number (0 when none), cheap enough to poll every second.
    public static func currentNumber(in store: PostgresMetadataStore) async throws -> Int64 {
        for try await version in try await store.client.query("SELECT coalesce(max(version), 0)::int8 FROM policies", logger: store.logger).decode(Int64.self) {
            return version
        }
        return 0
    }

    /// Every version, oldest first.
    public static func history(in store: PostgresMetadataStore) async throws -> [Version] {
        try await versions(in: store, where: "ORDER BY version")
    }

    private static func versions(in store: PostgresMetadataStore, where clause: String) async throws -> [Version] {
        var result: [Version] = []
        let query = PostgresQuery(unsafeSQL: "SELECT version, source, file, sha256, applied_by, applied_at FROM policies \(clause)")
        for try await (version, source, file, digest, by, at) in try await store.client.query(query, logger: store.logger)
            .decode((Int64, String, String, String, String, Date).self)
        {
            result.append(Version(version: version, source: source, file: file, sha256: digest, appliedBy: by, appliedAt: at))
        }
        return result
    }

    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
