import Testing

@testable import ControlPlane

/// One body of tests for the SASL users, run on SQLite and PostgreSQL.
enum UserStoreContract {
    static func run(_ store: some UserStore) async throws {
        #expect(try await store.scramCredentials(user: "alice").isEmpty)
        let sha512 = try ScramCredential.derive(password: "wonderland", mechanism: .sha512, iterations: 4096)
        let sha256 = try ScramCredential.derive(password: "wonderland", mechanism: .sha256, iterations: 8192)
        try await store.setScramCredential(user: "alice", sha512)
        try await store.setScramCredential(user: "alice", sha256)
        try await store.setScramCredential(user: "bob", try .derive(password: "builder", mechanism: .sha512, iterations: 4096))
        let stored = try await store.scramCredentials(user: "alice")
        #expect(Set(stored.map(\.mechanism)) == [.sha256, .sha512])
        #expect(stored.first { $0.mechanism == .sha512 } == sha512)  // bytes survive the round trip
        #expect(stored.allSatisfy { $0.verifies(password: "wonderland") && !$0.verifies(password: "Wonderland") })

        // Replacing a credential (a new password) keeps one per mechanism.
        let changed = try ScramCredential.derive(password: "looking-glass", mechanism: .sha512, iterations: 4096)
        try await store.setScramCredential(user: "alice", changed)
        #expect(try await store.scramCredentials(user: "alice").count == 2)
        #expect(try await store.scramCredentials(user: "alice").first { $0.mechanism == .sha512 }?.verifies(password: "looking-glass") == true)

        #expect(try await store.scramUsers(nil) == ["alice": [.sha256: 8192, .sha512: 4096], "bob": [.sha512: 4096]])
        #expect(try await store.scramUsers(["bob", "nobody"]) == ["bob": [.sha512: 4096]])
        #expect(try await store.deleteScramCredential(user: "alice", mechanism: .sha256))
        #expect(try await store.deleteScramCredential(user: "alice", mechanism: .sha256) == false)
        #expect(try await store.scramCredentials(user: "alice").map(\.mechanism) == [.sha512])
    }
}

@Suite struct UserStoreContractTests {
    @Test func sqlite() async throws {
        try await UserStoreContract.run(try SQLiteMetadataStore(path: ":memory:"))
    }

    @Test(.enabled(if: PostgresTestDatabase.available, "needs FJORD_TEST_POSTGRES_URL (Infra/dev/test.sh starts PostgreSQL)"))
    func postgres() async throws {
        try await PostgresTestDatabase.with { url in
            let store = try await PostgresMetadataStore(url: url)
            defer { store.shutdown() }
            try await UserStoreContract.run(store)
        }
    }
}
