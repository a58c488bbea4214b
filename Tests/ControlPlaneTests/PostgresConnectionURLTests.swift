import Foundation
import Logging
import Testing

@testable import ControlPlane

@Suite struct PostgresConnectionURLTests {
    @Test func oneHost() throws {
        let url = try PostgresConnectionURL("postgres://fjord:s%40cret@db.internal:6432/meta?sslmode=require")
        #expect(url.servers == [.init(host: "db.internal", port: 6432)])
        #expect(url.username == "fjord" && url.password == "s@cret" && url.database == "meta" && url.sslMode == "require")
        #expect(url.targetSessionAttrs == "any" && !url.requiresPrimary)
        #expect(url.description == "postgres://fjord@db.internal:6432/meta")
    }

    @Test func severalHostsAsLibpqListsThem() throws {
        let url = try PostgresConnectionURL("postgresql://fjord:pw@a.internal:5432,b.internal,[::1]:5433/meta?target_session_attrs=read-write&sslmode=disable")
        #expect(url.servers == [.init(host: "a.internal", port: 5432), .init(host: "b.internal", port: 5432), .init(host: "::1", port: 5433)])
        #expect(url.username == "fjord" && url.password == "pw" && url.database == "meta" && url.sslMode == "disable")
        #expect(url.requiresPrimary)
        #expect(url.description == "postgres://fjord@a.internal:5432,b.internal:5432,[::1]:5433/meta")
    }

    @Test func badURLsAreRefusedWithoutShowingThePassword() throws {
        for text in ["postgres://fjord:hunter2@/meta", "postgres://fjord:hunter2@a,,b/meta", "http://fjord:hunter2@a/meta", "fjord:hunter2@a/meta"] {
            #expect(throws: ControlPlaneError.self, "\(text)") { try PostgresConnectionURL(text) }
            do { _ = try PostgresConnectionURL(text) } catch { #expect(!String(describing: error).contains("hunter2"), "\(error)") }
        }
        let standby = #expect(throws: ControlPlaneError.self) { try PostgresConnectionURL("postgres://a,b/meta?target_session_attrs=standby") }
        #expect(standby?.message.contains("target_session_attrs") == true)
    }

    @Test func noServerThatTakesWritesIsAnErrorNamingEach() async throws {
        let url = try PostgresConnectionURL("postgres://postgres@127.0.0.1:1,127.0.0.1:2/nowhere?target_session_attrs=read-write&sslmode=disable")
        let error = await #expect(throws: ControlPlaneError.self) { _ = try await url.connect(id: 1, logger: Logger(label: "test")) }
        #expect(error?.message.contains("127.0.0.1:1") == true && error?.message.contains("127.0.0.1:2") == true, "\(String(describing: error))")
    }

    @Test(.enabled(if: PostgresTestDatabase.available, "needs FJORD_TEST_POSTGRES_URL (Infra/dev/test.sh starts PostgreSQL)"))
    func theFirstServerThatAnswersIsTaken() async throws {
        try await PostgresTestDatabase.with { live in
            let url = try PostgresConnectionURL(
                "postgres://postgres@127.0.0.1:1,\(live.servers[0])/\(live.database)?target_session_attrs=read-write&sslmode=disable")
            let (connection, server) = try await url.connect(id: 1, logger: Logger(label: "test"))
            try await connection.close()
            #expect(server == live.servers[0])
            let store = try await PostgresMetadataStore(url: url, connectTimeout: .seconds(10))
            defer { store.shutdown() }
            _ = try await store.nextProducerId()
        }
    }
}
