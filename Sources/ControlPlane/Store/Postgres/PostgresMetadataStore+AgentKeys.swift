import Foundation
import NIOCore
import PostgresNIO

/// An agent key as listed: never the key itself (only its hash is stored).
public struct AgentKeyRecord: Sendable, Equatable {
    public var id: String
    public var group: String
    public var createdAt: Date
}

/// The `agent_keys` table: each key's id, agent group and SHA-256.
extension PostgresMetadataStore {
    public func insertAgentKey(id: String, group: String, keyHash: [UInt8]) async throws {
        try await client.query("INSERT INTO agent_keys (id, agent_group, key_hash) VALUES (\(id), \(group), \(ByteBuffer(bytes: keyHash)))", logger: logger)
    }

    /// Deletes the key with `id`; false when there was none.
    public func deleteAgentKey(id: String) async throws -> Bool {
        !(try await client.query("DELETE FROM agent_keys WHERE id = \(id) RETURNING id", logger: logger).collect().isEmpty)
    }

    /// Every key, by group and age.
    public func agentKeys() async throws -> [AgentKeyRecord] {
        var result: [AgentKeyRecord] = []
        for try await (id, group, created) in try await client.query(
            "SELECT id, agent_group, created_at FROM agent_keys ORDER BY agent_group, created_at", logger: logger
        ).decode((String, String, Date).self) {
            result.append(AgentKeyRecord(id: id, group: group, createdAt: created))
        }
        return result
    }

    /// The group of the key whose SHA-256 is `keyHash`, or nil when it is unknown or revoked.
    public func agentGroup(ofKeyHash keyHash: [UInt8]) async throws -> String? {
        for try await group in try await client.query(
            "SELECT agent_group FROM agent_keys WHERE key_hash = \(ByteBuffer(bytes: keyHash))", logger: logger
        ).decode(String.self) {
            return group
        }
        return nil
    }
}
