import Foundation
import PostgresNIO

/// One stored policy version.
public struct PolicyVersion: Sendable {
    public var version: Int64
    public var source: String
    /// The file it was applied from, for error messages (file:line:col).
    public var file: String
    public var sha256: String
    public var appliedBy: String
    public var appliedAt: Date
}

/// The outcome of storing a policy version.
public enum PolicyStored: Sendable, Equatable {
    case stored(version: Int64)
    /// The text is the version already in force; nothing was added.
    case unchanged(version: Int64)
}

/// The `policies` table: every version ever applied, never updated; the highest is in force.
/// Validating a policy is the caller's (the store knows the table, not the language).
extension PostgresMetadataStore {
    /// Stores `source` as the next version, unless it is the version in force.
    public func storePolicy(source: String, file: String, sha256 digest: String, appliedBy: String) async throws -> PolicyStored {
        try await transaction { connection in
            // One writer at a time, so two applies cannot both think they are next.
            try await connection.query("LOCK TABLE policies IN SHARE ROW EXCLUSIVE MODE", logger: logger)
            for try await (version, current) in try await connection.query(
                "SELECT version, sha256 FROM policies ORDER BY version DESC LIMIT 1", logger: logger
            ).decode((Int64, String).self) where current == digest {
                return .unchanged(version: version)
            }
            return .stored(
                version: try await Self.insertPolicy(source: source, file: file, sha256: digest, appliedBy: appliedBy, on: connection, logger: logger))
        }
    }

    /// Stores `source` as the first version when no version exists yet; otherwise the stored
    /// history wins, and this returns nil.
    public func seedPolicy(source: String, file: String, sha256 digest: String, appliedBy: String) async throws -> Int64? {
        try await transaction { connection in
            try await connection.query("LOCK TABLE policies IN SHARE ROW EXCLUSIVE MODE", logger: logger)
            for try await _ in try await connection.query("SELECT 1 FROM policies LIMIT 1", logger: logger).decode(Int32.self) { return nil }
            return try await Self.insertPolicy(source: source, file: file, sha256: digest, appliedBy: appliedBy, on: connection, logger: logger)
        }
    }

    private static func insertPolicy(
        source: String, file: String, sha256 digest: String, appliedBy: String, on connection: PostgresConnection, logger: Logger
    ) async throws -> Int64 {
        for try await version in try await connection.query(
            "INSERT INTO policies (source, file, sha256, applied_by) VALUES (\(source), \(file), \(digest), \(appliedBy)) RETURNING version",
            logger: logger
        ).decode(Int64.self) {
            return version
        }
        throw ControlPlaneError(.unknownServerError, "storing the policy returned no version")
    }

    /// The highest version number (0 when none), cheap enough to poll every second.
    public func currentPolicyNumber() async throws -> Int64 {
        for try await version in try await client.query("SELECT coalesce(max(version), 0)::int8 FROM policies", logger: logger).decode(Int64.self) {
            return version
        }
        return 0
    }

    /// The version in force, or nil when none was ever applied.
    public func currentPolicy() async throws -> PolicyVersion? { try await policies(latestOnly: true).first }

    /// Every version, oldest first.
    public func policyHistory() async throws -> [PolicyVersion] { try await policies(latestOnly: false) }

    private func policies(latestOnly: Bool) async throws -> [PolicyVersion] {
        var result: [PolicyVersion] = []
        let query = PostgresQuery(
            unsafeSQL: "SELECT version, source, file, sha256, applied_by, applied_at FROM policies "
                + (latestOnly ? "ORDER BY version DESC LIMIT 1" : "ORDER BY version"))
        for try await (version, source, file, digest, by, at) in try await client.query(query, logger: logger)
            .decode((Int64, String, String, String, String, Date).self)
        {
            result.append(PolicyVersion(version: version, source: source, file: file, sha256: digest, appliedBy: by, appliedAt: at))
        }
        return result
    }
}
