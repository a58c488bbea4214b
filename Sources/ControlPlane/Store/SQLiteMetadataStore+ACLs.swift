import GRDB
import Policy

extension SQLiteMetadataStore: ACLStore {
    private static let columns =
        "id, resource_type, resource_name, pattern_type, principal, host, operation, permission, created_by, created_ms, deleted_by, deleted_ms"

    public func apiManagedACLs() async throws -> APIManagedACLs {
        try await database.read { db in try Self.inForce(db) }
    }

    public func apiManagedACLVersion() async throws -> Int64 {
        try await database.read { db in try Self.version(db) }
    }

    public func createACLs(_ bindings: [KafkaACLBinding], by creator: String, atMs: Int64) async throws -> APIManagedACLs {
        try await database.write { db in
            var added = false
            for binding in bindings {
                try db.execute(
                    sql: """
                        INSERT INTO acl_bindings (resource_type, resource_name, pattern_type, principal, host, operation, permission, created_by, created_ms)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (resource_type, resource_name, pattern_type, principal, host, operation, permission) WHERE deleted_ms IS NULL DO NOTHING
                        """,
                    arguments: [
                        binding.resourceType, binding.resourceName, binding.patternType, binding.principal, binding.host, binding.operation,
                        binding.permissionType, creator, atMs,
                    ])
                added = added || db.changesCount > 0
            }
            if added { try Self.raiseVersion(db) }
            return try Self.inForce(db)
        }
    }

    public func deleteACLs(matching filters: [KafkaACLFilter], by deleter: String, atMs: Int64) async throws -> DeletedACLs {
        try await database.write { db in
            let live = try Self.inForce(db).acls
            var deleted = Self.assign(live, to: filters)
            for index in deleted.indices {
                for item in deleted[index].indices {
                    try db.execute(
                        sql: "UPDATE acl_bindings SET deleted_by = ?, deleted_ms = ? WHERE id = ?", arguments: [deleter, atMs, deleted[index][item].id])
                    deleted[index][item].deletedBy = deleter
                    deleted[index][item].deletedAtMs = atMs
                }
            }
            if deleted.contains(where: { !$0.isEmpty }) { try Self.raiseVersion(db) }
            return DeletedACLs(deleted: deleted, acls: try Self.inForce(db))
        }
    }

    public func apiManagedACLHistory() async throws -> [APIManagedACL] {
        try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.columns) FROM acl_bindings ORDER BY id").map(Self.acl)
        }
    }

    private static func inForce(_ db: Database) throws -> APIManagedACLs {
        let acls = try Row.fetchAll(db, sql: "SELECT \(columns) FROM acl_bindings WHERE deleted_ms IS NULL ORDER BY id").map(acl)
        return APIManagedACLs(version: try version(db), acls: acls)
    }

    private static func version(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'acl_version'") ?? 0
    }

    private static func raiseVersion(_ db: Database) throws {
        try db.execute(sql: "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'acl_version'")
    }

    private static func acl(_ row: Row) -> APIManagedACL {
        APIManagedACL(
            id: row["id"],
            binding: KafkaACLBinding(
                resourceType: row["resource_type"], resourceName: row["resource_name"], patternType: row["pattern_type"], principal: row["principal"],
                host: row["host"], operation: row["operation"], permissionType: row["permission"]),
            createdBy: row["created_by"], createdAtMs: row["created_ms"], deletedBy: row["deleted_by"], deletedAtMs: row["deleted_ms"])
    }
}
