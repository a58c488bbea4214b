import Policy
import Testing

@testable import ControlPlane

/// One body of tests for the API-managed ACLs, run on SQLite and PostgreSQL.
enum ACLStoreContract {
    static func binding(_ name: String, principal: String = "User:bob", operation: Int8 = 3, permission: Int8 = 3, pattern: Int8 = 3) -> KafkaACLBinding {
        KafkaACLBinding(
            resourceType: 2, resourceName: name, patternType: pattern, principal: principal, host: "*", operation: operation, permissionType: permission)
    }

    static func run(_ store: some ACLStore) async throws {
        #expect(try await store.apiManagedACLs() == .none)
        #expect(try await store.apiManagedACLVersion() == 0)

        // One change, one version; the creator and time are kept.
        let created = try await store.createACLs([binding("orders"), binding("pay", pattern: 4)], by: "User:admin", atMs: 1000)
        #expect(created.version == 1)
        #expect(created.acls.map(\.binding) == [binding("orders"), binding("pay", pattern: 4)])
        #expect(created.acls.allSatisfy { $0.createdBy == "User:admin" && $0.createdAtMs == 1000 && $0.deletedAtMs == nil })
        #expect(try await store.apiManagedACLVersion() == 1)

        // A binding already in force is not doubled; a request that adds nothing changes no version.
        let again = try await store.createACLs([binding("orders")], by: "User:other", atMs: 2000)
        #expect(again == created)
        let more = try await store.createACLs([binding("orders"), binding("orders", permission: 2)], by: "User:admin", atMs: 3000)
        #expect(more.version == 2 && more.acls.count == 3)

        // Each filter lists what it deleted; a binding two filters match goes to the first.
        let anyForOrders = KafkaACLFilter(resourceType: 2, resourceName: "orders", patternType: 3, principal: nil, host: nil, operation: 1, permissionType: 1)
        let denies = KafkaACLFilter(resourceType: 1, resourceName: nil, patternType: 1, principal: nil, host: nil, operation: 1, permissionType: 2)
        let nothing = KafkaACLFilter(resourceType: 3, resourceName: nil, patternType: 1, principal: nil, host: nil, operation: 1, permissionType: 1)
        let deleted = try await store.deleteACLs(matching: [anyForOrders, denies, nothing], by: "User:admin", atMs: 4000)
        #expect(deleted.deleted.map { $0.map(\.binding) } == [[binding("orders"), binding("orders", permission: 2)], [], []])
        #expect(deleted.deleted[0].allSatisfy { $0.deletedBy == "User:admin" && $0.deletedAtMs == 4000 })
        #expect(deleted.acls.version == 3 && deleted.acls.acls.map(\.binding) == [binding("pay", pattern: 4)])
        #expect(try await store.apiManagedACLs() == deleted.acls)

        // Deleting nothing changes no version.
        #expect(try await store.deleteACLs(matching: [nothing], by: "User:admin", atMs: 5000).acls.version == 3)

        // A deleted binding may be made again, as a new row; the history keeps both.
        let remade = try await store.createACLs([binding("orders")], by: "User:ops", atMs: 6000)
        #expect(remade.version == 4 && remade.acls.count == 2)
        let history = try await store.apiManagedACLHistory()
        #expect(history.count == 4)
        #expect(history.filter { $0.binding == binding("orders") }.map(\.deletedBy) == ["User:admin", nil])
        #expect(history.map(\.id) == history.map(\.id).sorted())
    }

    /// Concurrent changes each see the one before: none is lost, and the version counts them.
    static func concurrentChanges(_ store: some ACLStore) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<20 {
                group.addTask { _ = try await store.createACLs([binding("t\(index)")], by: "User:admin", atMs: Int64(index)) }
            }
            try await group.waitForAll()
        }
        let acls = try await store.apiManagedACLs()
        #expect(acls.acls.count == 20 && acls.version == 20)
    }
}

@Suite struct ACLStoreContractTests {
    @Test func sqlite() async throws {
        try await ACLStoreContract.run(try SQLiteMetadataStore(path: ":memory:"))
        try await ACLStoreContract.concurrentChanges(try SQLiteMetadataStore(path: ":memory:"))
    }

    @Test(.enabled(if: PostgresTestDatabase.available, "needs FJORD_TEST_POSTGRES_URL (Infra/dev/test.sh starts PostgreSQL)"))
    func postgres() async throws {
        try await PostgresTestDatabase.with { url in
            let store = try await PostgresMetadataStore(url: url)
            defer { store.shutdown() }
            try await ACLStoreContract.run(store)
        }
        try await PostgresTestDatabase.with { url in
            let store = try await PostgresMetadataStore(url: url)
            defer { store.shutdown() }
            try await ACLStoreContract.concurrentChanges(store)
        }
    }
}
