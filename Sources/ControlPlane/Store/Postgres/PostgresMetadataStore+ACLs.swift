import Policy
import PostgresNIO

extension PostgresMetadataStore: ACLStore {
    private typealias ACLRow = (Int64, Int16, String, Int16, String, String, Int16, Int16, String, Int64, String?, Int64?)
    private static let columns =
        "id, resource_type, resource_name, pattern_type, principal, host, operation, permission, created_by, created_ms, deleted_by, deleted_ms"

    public func apiManagedACLs() async throws -> APIManagedACLs {
        try await run("read the API-managed ACLs") {
            try await transaction { connection in
                // One snapshot for the version and the bindings: a change committed between
                // the two reads would otherwise pair a version with another version's set.
                try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
                return try await Self.inForce(on: connection, logger: logger)
            }
        }
    }

    public func apiManagedACLVersion() async throws -> Int64 {
        try await run("read the API-managed ACLs' version") {
            for try await version in try await client.query("SELECT version FROM acl_version", logger: logger).decode(Int64.self) { return version }
            return 0
        }
    }

    public func createACLs(_ bindings: [KafkaACLBinding], by creator: String, atMs: Int64) async throws -> APIManagedACLs {
        try await run("store API-managed ACLs") {
            try await transaction { connection in
                try await Self.lockVersion(on: connection, logger: logger)
                var added = false
                for binding in bindings {
                    for try await _ in try await connection.query(
                        """
                        INSERT INTO acl_bindings (resource_type, resource_name, pattern_type, principal, host, operation, permission, created_by, created_ms)
                        VALUES (\(Int16(binding.resourceType)), \(binding.resourceName), \(Int16(binding.patternType)), \(binding.principal),
                                \(binding.host), \(Int16(binding.operation)), \(Int16(binding.permissionType)), \(creator), \(atMs))
                        ON CONFLICT (resource_type, resource_name, pattern_type, principal, host, operation, permission) WHERE deleted_ms IS NULL
                        DO NOTHING RETURNING id
                        """, logger: logger
                    ).decode(Int64.self) {
                        added = true
                    }
                }
                if added { try await Self.raiseVersion(on: connection, logger: logger) }
                return try await Self.inForce(on: connection, logger: logger)
            }
        }
    }

    public func deleteACLs(matching filters: [KafkaACLFilter], by deleter: String, atMs: Int64) async throws -> DeletedACLs {
        try await run("delete API-managed ACLs") {
            try await transaction { connection in
                try await Self.lockVersion(on: connection, logger: logger)
                var deleted = Self.assign(try await Self.inForce(on: connection, logger: logger).acls, to: filters)
                let ids = deleted.joined().map(\.id)
                if !ids.isEmpty {
                    try await connection.query(
                        "UPDATE acl_bindings SET deleted_by = \(deleter), deleted_ms = \(atMs) WHERE id = ANY(\(ids))", logger: logger)
                    try await Self.raiseVersion(on: connection, logger: logger)
                }
                for index in deleted.indices {
                    for item in deleted[index].indices {
                        deleted[index][item].deletedBy = deleter
                        deleted[index][item].deletedAtMs = atMs
                    }
                }
                return DeletedACLs(deleted: deleted, acls: try await Self.inForce(on: connection, logger: logger))
            }
        }
    }

    public func apiManagedACLHistory() async throws -> [APIManagedACL] {
        try await run("read the API-managed ACLs' history") {
            var history: [APIManagedACL] = []
            for try await row in try await client.query(
                PostgresQuery(unsafeSQL: "SELECT \(Self.columns) FROM acl_bindings ORDER BY id"), logger: logger
            ).decode(ACLRow.self) {
                history.append(Self.acl(row))
            }
            return history
        }
    }

    /// Locks the version row: changes go one at a time, so each sees the last one's bindings.
    private static func lockVersion(on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("SELECT version FROM acl_version FOR UPDATE", logger: logger)
    }

    /// Raises the version, and wakes every agent (through the replicas' change feeds) to
    /// heartbeat now and so fetch the new bindings, rather than at its next heartbeat.
    private static func raiseVersion(on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("UPDATE acl_version SET version = version + 1", logger: logger)
        try await connection.query("SELECT pg_notify('fjord_agents', '')", logger: logger)
    }

    private static func inForce(on connection: PostgresConnection, logger: Logger) async throws -> APIManagedACLs {
        var version: Int64 = 0
        for try await value in try await connection.query("SELECT version FROM acl_version", logger: logger).decode(Int64.self) { version = value }
        var acls: [APIManagedACL] = []
        for try await row in try await connection.query(
            PostgresQuery(unsafeSQL: "SELECT \(columns) FROM acl_bindings WHERE deleted_ms IS NULL ORDER BY id"), logger: logger
        ).decode(ACLRow.self) {
            acls.append(acl(row))
        }
        return APIManagedACLs(version: version, acls: acls)
    }

    private static func acl(_ row: ACLRow) -> APIManagedACL {
        let (id, resourceType, name, patternType, principal, host, operation, permission, createdBy, createdMs, deletedBy, deletedMs) = row
        return APIManagedACL(
            id: id,
            binding: KafkaACLBinding(
                resourceType: Int8(truncatingIfNeeded: resourceType), resourceName: name, patternType: Int8(truncatingIfNeeded: patternType),
                principal: principal, host: host, operation: Int8(truncatingIfNeeded: operation), permissionType: Int8(truncatingIfNeeded: permission)),
            createdBy: createdBy, createdAtMs: createdMs, deletedBy: deletedBy, deletedAtMs: deletedMs)
    }
}
