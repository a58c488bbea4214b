import Logging
import Testing

@testable import ControlPlane
@testable import ControlPlaneServer

@Suite(.enabled(if: PostgresTestDatabase.available, "needs FJORD_TEST_POSTGRES_URL (Infra/dev/test.sh starts PostgreSQL)"))
struct GroupOwnershipTests {
    /// Many first calls at once share one lock connection (opening one each, and dropping all
    /// but the last unclosed, crashed replicas), and every group is claimed once.
    @Test func concurrentFirstClaimsShareOneConnection() async throws {
        try await PostgresTestDatabase.with { url in
            let store = try await PostgresMetadataStore(url: url)  // applies the schema
            defer { store.shutdown() }
            let quiet = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
            let ownership = GroupOwnership(url: url, replicaId: "r1", coordinator: GroupCoordinator(), logger: quiet)
            let answers = try await withThrowingTaskGroup(of: GroupOwnership.Answer.self) { group in
                for index in 0..<32 { group.addTask { try await ownership.owner(of: "g\(index % 8)") } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(answers.allSatisfy { $0 == .mine })
            let rival = GroupOwnership(url: url, replicaId: "r2", coordinator: GroupCoordinator(), logger: quiet)
            #expect(try await rival.owner(of: "g3") == .elsewhere(nil))  // r1 holds it (r1 has no registered URL)
            await ownership.release()
            #expect(try await rival.owner(of: "g3") == .mine)
            await rival.release()
        }
    }
}
