import ControlPlane
import ControlPlaneRPC
import Foundation
import KafkaProtocol
import Policy
import PostgresNIO

/// What each `RPC` call does on a replica.
extension ControlPlaneService {
    typealias Handler = @Sendable (ControlPlaneService, Data, _ agentGroup: String) async throws -> Data

    var handlers: [String: Handler] { Self.handlerTable }

    /// The name of every call served.
    static var callNames: [String] { Array(handlerTable.keys) }

    private static func on<Request, Response>(
        _ call: RPC.Call<Request, Response>,
        _ body: @escaping @Sendable (ControlPlaneService, Request, String) async throws -> Response
    ) -> (String, Handler) {
        (
            call.name,
            { service, data, agentGroup in
                try JSONEncoder().encode(try await body(service, try JSONDecoder().decode(Request.self, from: data), agentGroup))
            }
        )
    }

    private static let handlerTable: [String: Handler] = Dictionary(uniqueKeysWithValues: [
        on(RPC.clusterId) { s, _, _ in .init(value: try await s.store.clusterId()) },
        on(RPC.createTopic) { s, r, _ in
            if let problem = ControlPlane.validateTopicName(r.name) { throw ControlPlaneError(.invalidTopicException, problem) }
            return try await s.store.createTopic(name: r.name, partitions: r.partitions, configs: r.configs)
        },
        on(RPC.deleteTopic) { s, r, _ in try await s.store.deleteTopic(name: r.name) },
        on(RPC.addPartitions) { s, r, _ in try await s.store.addPartitions(topic: r.topic, totalCount: r.totalCount) },
        on(RPC.alterTopicConfigs) { s, r, _ in try await s.store.alterTopicConfigs(topic: r.topic, changes: r.changes) },
        on(RPC.topics) { s, _, _ in try await s.store.topics() },
        on(RPC.offsets) { s, r, _ in .init(offsets: try await s.store.offsets(of: r.partitions)) },
        on(RPC.commit) { s, r, _ in try await s.store.commit(r) },
        on(RPC.batches) { s, r, _ in try await s.store.batches(in: r.partition, from: r.from, maxBytes: r.maxBytes) },
        on(RPC.read) { s, r, _ in try await s.store.read(r.reads, readCommitted: r.readCommitted) },
        on(RPC.offsetForTimestamp) { s, r, _ in
            .init(
                value: try await s.store.offset(forTimestamp: r.timestamp, in: r.partition).map { RPC.OffsetAtTime(offset: $0.offset, timestamp: $0.timestamp) }
            )
        },
        on(RPC.maxTimestamp) { s, r, _ in
            .init(value: try await s.store.maxTimestamp(in: r.partition).map { RPC.OffsetAtTime(offset: $0.offset, timestamp: $0.timestamp) })
        },
        on(RPC.advanceLogStart) { s, r, _ in .init(value: try await s.store.advanceLogStart(r.partition, to: r.offset)) },
        on(RPC.logSizes) { s, r, _ in .init(sizes: try await s.store.logSizes(of: r.partitions)) },
        on(RPC.nextProducerId) { s, _, _ in .init(value: try await s.store.nextProducerId()) },
        on(RPC.initTransactionalProducer) { s, r, _ in try await s.store.initTransactionalProducer(r.request, maxTimeoutMs: r.maxTimeoutMs) },
        on(RPC.addPartitionsToTransaction) { s, r, _ in
            try await s.store.addPartitionsToTransaction(r.transactionalId, producer: r.producer, partitions: r.partitions, nowMs: r.nowMs)
            return .init()
        },
        on(RPC.addGroupToTransaction) { s, r, _ in
            try await s.store.addGroupToTransaction(r.transactionalId, producer: r.producer, group: r.group, nowMs: r.nowMs)
            return .init()
        },
        on(RPC.commitTransactionalOffsets) { s, r, _ in
            try await s.store.commitTransactionalOffsets(r.transactionalId, producer: r.producer, group: r.group, offsets: r.offsets)
            return .init()
        },
        on(RPC.endTransaction) { s, r, _ in
            try await s.store.endTransaction(r.transactionalId, producer: r.producer, commit: r.commit, nowMs: r.nowMs)
            return .init()
        },
        on(RPC.transactions) { s, _, _ in try await s.store.transactions() },
        on(RPC.activeProducers) { s, r, _ in try await s.store.activeProducers(in: r.partition) },
        on(RPC.abortedTransactions) { s, r, _ in try await s.store.abortedTransactions(in: r.partition, overlapping: r.from...max(r.from, r.through)) },
        on(RPC.commitOffsets) { s, r, _ in
            try await s.store.commitOffsets(group: r.group, r.offsets)
            return .init()
        },
        on(RPC.committedOffsets) { s, r, _ in .init(group: r.group, offsets: try await s.store.committedOffsets(group: r.group)) },
        on(RPC.deleteGroupOffsets) { s, r, _ in
            try await s.store.deleteGroupOffsets(group: r.group)
            return .init()
        },
        on(RPC.deleteSomeGroupOffsets) { s, r, _ in
            try await s.store.deleteGroupOffsets(group: r.group, partitions: r.partitions)
            return .init()
        },
        on(RPC.groupsWithOffsets) { s, _, _ in try await s.store.groupsWithOffsets() },

        on(RPC.join) { s, r, _ in try await s.coordinating(r.groupId) { try await $0.join(groupId: r.groupId, r.request) } },
        on(RPC.sync) { s, r, _ in
            try await s.coordinating(r.groupId) {
                try await $0.sync(
                    groupId: r.groupId, memberId: r.memberId, generation: r.generation, assignments: r.assignments,
                    protocolType: r.protocolType, protocolName: r.protocolName)
            }
        },
        on(RPC.heartbeat) { s, r, _ in
            .init(value: try await s.coordinating(r.groupId) { try await $0.heartbeat(groupId: r.groupId, memberId: r.memberId, generation: r.generation) })
        },
        on(RPC.leave) { s, r, _ in try await s.coordinating(r.groupId) { try await $0.leave(groupId: r.groupId, memberIds: r.memberIds) } },
        on(RPC.validateOffsetCommit) { s, r, _ in
            .init(
                value: try await s.coordinating(r.groupId) {
                    try await $0.validateOffsetCommit(groupId: r.groupId, memberId: r.memberId, generation: r.generation)
                })
        },
        on(RPC.commitGroupOffsets) { s, r, _ in .init(value: try await s.commitGroupOffsets(r)) },
        on(RPC.deleteGroup) { s, r, _ in .init(value: try await s.coordinating(r.groupId) { try await $0.delete(groupId: r.groupId) }) },
        on(RPC.describeGroup) { s, r, _ in .init(value: try await s.coordinating(r.groupId) { try await $0.describe(groupId: r.groupId) }) },
        on(RPC.listGroups) { s, _, _ in try await s.coordinator.listGroups() },

        on(RPC.userCredentials) { s, r, _ in try await s.store.scramCredentials(user: r.user) },
        on(RPC.setUserCredential) { s, r, _ in
            try await s.store.setScramCredential(user: r.user, r.credential)
            return .init()
        },
        on(RPC.deleteUserCredential) { s, r, _ in .init(value: try await s.store.deleteScramCredential(user: r.user, mechanism: r.mechanism)) },
        on(RPC.describeUsers) { s, r, _ in
            try await s.store.scramUsers(r.names).mapValues { Dictionary(uniqueKeysWithValues: $0.map { ($0.key.rawValue, $0.value) }) }
        },

        on(RPC.apiManagedACLs) { s, _, _ in try await s.store.apiManagedACLs() },
        on(RPC.createACLs) { s, r, _ in
            // The agent checked both; an agent of another version may not have.
            try s.refuseACLChangesIfTurnedOff()
            if let problem = r.bindings.lazy.compactMap(\.problem).first { throw RPC.Failure(code: .invalidRequest, message: problem) }
            return try await s.store.createACLs(r.bindings, by: r.by, atMs: r.atMs)
        },
        on(RPC.deleteACLs) { s, r, _ in
            try s.refuseACLChangesIfTurnedOff()
            return try await s.store.deleteACLs(matching: r.filters, by: r.by, atMs: r.atMs)
        },
        on(RPC.aclHistory) { s, _, _ in try await s.store.apiManagedACLHistory() },
        on(RPC.agentHeartbeat) { s, r, group in try await s.register(r, group: group) },
        on(RPC.liveAgents) { s, _, _ in try await s.liveAgents() },
        on(RPC.agentLeave) { s, r, group in
            try await s.store.removeAgent(id: r.agentId, group: group)
            return .init()
        },

        on(RPC.applyRetention) { s, r, _ in try await s.store.applyRetention(nowMs: r.nowMs) },
        on(RPC.objects) { s, _, _ in try await s.store.objects() },
        on(RPC.forgetObjects) { s, r, _ in
            try await s.store.forgetObjects(r.keys)
            return .init()
        },
        on(RPC.liveBatches) { s, r, _ in try await s.store.liveBatches(inObjects: r.keys) },
        on(RPC.replaceBatches) { s, r, _ in .init(value: try await s.store.replaceBatches(r.segment, sources: r.sources)) },
        on(RPC.compactionCandidates) { s, _, _ in try await s.store.compactionCandidates() },
        on(RPC.compactionBatches) { s, r, _ in try await s.store.compactionBatches(in: r.partition, from: r.from, maxBytes: r.maxBytes) },
        on(RPC.applyCompaction) { s, r, _ in .init(value: try await s.store.applyCompaction(r)) },
    ])

    /// Records an agent's heartbeat; answers with its node id, the live agents of every group,
    /// and the policy in force when the agent has another version.
    func register(_ agent: RPC.AgentHeartbeat, group: String) async throws -> RPC.Registration {
        let record = AgentRecord(
            nodeId: -1, agentId: agent.agentId, group: group, roles: agent.roles, zone: agent.zone, host: agent.host, port: Int32(agent.port),
            listeners: agent.listeners ?? [], peer: agent.peer)
        let (nodeId, session, joined) = try await store.registerAgent(record, expiry: configuration.agentExpiry)
        if joined { logger.info("agent \(agent.agentId) of group \(group) joined as node \(nodeId) at \(agent.host):\(agent.port)") }
        let agents = try await liveAgents()
        let replicas = try await store.liveReplicaURLs()
        let policy = self.policy.loaded?.snapshot
        var registration = RPC.Registration(
            nodeId: nodeId, group: group, agents: agents, replicas: replicas,
            policy: policy?.version == agent.policyVersion ? nil : policy)
        registration.session = session
        // An agent too old to say which ACLs it holds gets none: it could not enforce them.
        if let held = agent.aclVersion, try await store.apiManagedACLVersion() != held { registration.acls = try await store.apiManagedACLs() }
        return registration
    }

    /// Refuses CreateAcls and DeleteAcls when the policy in force says `api_managed_acls: false`.
    func refuseACLChangesIfTurnedOff() throws {
        guard let loaded = policy.loaded, !loaded.document.apiManagedACLs else { return }
        throw RPC.Failure(code: .securityDisabled, message: loaded.document.apiManagedACLsOff(version: loaded.snapshot.version))
    }

    /// Agents that heartbeated within the expiry, of every group.
    func liveAgents() async throws -> [RPC.RegisteredAgent] { try await store.liveAgents(within: configuration.agentExpiry) }
}
