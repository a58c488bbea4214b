import Foundation
import GRDB

extension SQLiteMetadataStore: UserStore {
    public func scramCredentials(user: String) async throws -> [ScramCredential] {
        try await database.read { db in
            try Row.fetchAll(
                db, sql: "SELECT mechanism, salt, iterations, stored_key, server_key FROM scram_credentials WHERE user_name = ?",
                arguments: [user]
            ).compactMap { row in
                guard let mechanism = ScramMechanism(rawValue: row["mechanism"]) else { return nil }
                return ScramCredential(
                    mechanism: mechanism, salt: Array(row["salt"] as Data), iterations: row["iterations"],
                    storedKey: Array(row["stored_key"] as Data), serverKey: Array(row["server_key"] as Data))
            }
        }
    }

    public func setScramCredential(user: String, _ credential: ScramCredential) async throws {
        try await database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO scram_credentials (user_name, mechanism, salt, iterations, stored_key, server_key) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (user_name, mechanism) DO UPDATE SET salt = excluded.salt, iterations = excluded.iterations,
                        stored_key = excluded.stored_key, server_key = excluded.server_key
                    """,
                arguments: [
                    user, credential.mechanism.rawValue, Data(credential.salt), credential.iterations,
                    Data(credential.storedKey), Data(credential.serverKey),
                ])
        }
    }

    public func deleteScramCredential(user: String, mechanism: ScramMechanism) async throws -> Bool {
        try await database.write { db in
            try db.execute(sql: "DELETE FROM scram_credentials WHERE user_name = ? AND mechanism = ?", arguments: [user, mechanism.rawValue])
            return db.changesCount > 0
        }
    }

    public func scramUsers(_ names: [String]?) async throws -> [String: [ScramMechanism: Int]] {
        let rows = try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT user_name, mechanism, iterations FROM scram_credentials ORDER BY user_name")
                .map { (row: Row) -> (String, String, Int) in (row["user_name"], row["mechanism"], row["iterations"]) }
        }
        return Self.grouped(rows.filter { names?.contains($0.0) ?? true })
    }
}
