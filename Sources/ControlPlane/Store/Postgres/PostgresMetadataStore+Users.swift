import Foundation
import PostgresNIO

extension PostgresMetadataStore: UserStore {
    public func scramCredentials(user: String) async throws -> [ScramCredential] {
        try await run("look up a SASL user") {
            var result: [ScramCredential] = []
            for try await (mechanism, salt, iterations, storedKey, serverKey) in try await client.query(
                """
                SELECT mechanism, salt, iterations, stored_key, server_key FROM scram_credentials WHERE user_name = \(user)
                """, logger: logger
            ).decode((String, ByteBuffer, Int, ByteBuffer, ByteBuffer).self) {
                guard let mechanism = ScramMechanism(rawValue: mechanism) else { continue }
                result.append(
                    ScramCredential(
                        mechanism: mechanism, salt: Array(buffer: salt), iterations: iterations,
                        storedKey: Array(buffer: storedKey), serverKey: Array(buffer: serverKey)))
            }
            return result
        }
    }

    public func setScramCredential(user: String, _ credential: ScramCredential) async throws {
        try await run("store a SASL user") {
            try await client.query(
                """
                INSERT INTO scram_credentials (user_name, mechanism, salt, iterations, stored_key, server_key)
                VALUES (\(user), \(credential.mechanism.rawValue), \(ByteBuffer(bytes: credential.salt)), \(credential.iterations),
                        \(ByteBuffer(bytes: credential.storedKey)), \(ByteBuffer(bytes: credential.serverKey)))
                ON CONFLICT (user_name, mechanism) DO UPDATE SET salt = EXCLUDED.salt, iterations = EXCLUDED.iterations,
                    stored_key = EXCLUDED.stored_key, server_key = EXCLUDED.server_key
                """, logger: logger)
        }
    }

    public func deleteScramCredential(user: String, mechanism: ScramMechanism) async throws -> Bool {
        try await run("delete a SASL user") {
            var deleted = false
            for try await _ in try await client.query(
                """
                DELETE FROM scram_credentials WHERE user_name = \(user) AND mechanism = \(mechanism.rawValue) RETURNING 1
                """, logger: logger
            ).decode(Int.self) {
                deleted = true
            }
            return deleted
        }
    }

    public func scramUsers(_ names: [String]?) async throws -> [String: [ScramMechanism: Int]] {
        try await run("list SASL users") {
            var rows: [(String, String, Int)] = []
            for try await row in try await client.query(
                "SELECT user_name, mechanism, iterations FROM scram_credentials ORDER BY user_name",
                logger: logger
            ).decode((String, String, Int).self) {
                if names?.contains(row.0) ?? true { rows.append(row) }
            }
            return Self.grouped(rows)
        }
    }
}
