import Policy

/// The ACL bindings clients make through the Kafka API (CreateAcls, DeleteAcls). Rows are
/// never removed: a deleted binding keeps who deleted it and when, for the history. Every
/// change that alters the set raises its version by one, in the same transaction, so agents
/// reload when the version they hold is not the store's. PostgreSQL and SQLite implement it.
public protocol ACLStore: Sendable {
    /// The bindings in force and their version (0 when none was ever made).
    func apiManagedACLs() async throws -> APIManagedACLs
    /// The version alone: one row, cheap enough for every heartbeat.
    func apiManagedACLVersion() async throws -> Int64
    /// Adds the bindings as one change; one already in force is kept, not doubled (Kafka's
    /// CreateAcls does the same). Returns the set after the change.
    func createACLs(_ bindings: [KafkaACLBinding], by creator: String, atMs: Int64) async throws -> APIManagedACLs
    /// Deletes, as one change, every binding in force that matches a filter. Returns the
    /// bindings each filter deleted, in filter order (a binding two filters match is listed
    /// under the first), and the set after the change.
    func deleteACLs(matching filters: [KafkaACLFilter], by deleter: String, atMs: Int64) async throws -> DeletedACLs
    /// Every binding ever made, deleted ones too, oldest first.
    func apiManagedACLHistory() async throws -> [APIManagedACL]
}

public struct DeletedACLs: Sendable, Equatable, Codable {
    public var deleted: [[APIManagedACL]]
    public var acls: APIManagedACLs

    public init(deleted: [[APIManagedACL]], acls: APIManagedACLs) {
        self.deleted = deleted
        self.acls = acls
    }
}

extension ACLStore {
    /// Which live bindings each filter deletes: the first filter to match a binding takes it.
    static func assign(_ live: [APIManagedACL], to filters: [KafkaACLFilter]) -> [[APIManagedACL]] {
        var taken = Set<Int64>()
        return filters.map { filter in
            live.filter { acl in
                guard !taken.contains(acl.id), acl.binding.matches(filter) else { return false }
                taken.insert(acl.id)
                return true
            }
        }
    }
}
