import ControlPlane
import Foundation
import PostgresNIO

/// A fresh database per test on the PostgreSQL that `Infra/dev/test.sh` starts
/// (`FJORD_TEST_POSTGRES_URL`), dropped afterwards. Tests using it are skipped without it.
enum PostgresTestDatabase {
    static let adminURL = ProcessInfo.processInfo.environment["FJORD_TEST_POSTGRES_URL"]

    static var available: Bool { adminURL != nil }

    static func with<T>(_ body: (PostgresConnectionURL) async throws -> T) async throws -> T {
        let admin = try PostgresConnectionURL(adminURL!)
        let name = "fjord_test_\(UUID().uuidString.prefix(8).lowercased())"
        try await execute("CREATE DATABASE \(name)", on: admin)
        var url = admin
        url.database = name
        do {
            let result = try await body(url)
            try await execute("DROP DATABASE \(name) WITH (FORCE)", on: admin)
            return result
        } catch {
            try? await execute("DROP DATABASE \(name) WITH (FORCE)", on: admin)
            throw error
        }
    }

    private static func execute(_ sql: String, on url: PostgresConnectionURL) async throws {
        let connection = try await PostgresConnection.connect(configuration: url.connectionConfiguration, id: 1, logger: .init(label: "test"))
        defer { Task { try? await connection.close() } }
        try await connection.query(PostgresQuery(unsafeSQL: sql), logger: .init(label: "test"))
    }
}
