import ControlPlane
import ControlPlaneRPC
import Logging
import NIOConcurrencyHelpers
import Policy

/// The policy version a replica hands to agents and enforces on their calls: each agent
/// group may make only the calls its roles need (least privilege, whatever its key).
final class ServedPolicy: Sendable {
    struct Loaded: Sendable {
        var snapshot: RPC.PolicySnapshot
        var document: PolicyDocument
    }

    private let state = NIOLockedValueBox<Loaded?>(nil)

    var loaded: Loaded? { state.withLockedValue { $0 } }

    /// Loads the newest stored version when it is not the one served. A stored version that
    /// no longer parses (stored by an older Fjord) is logged, and the current one kept.
    func refresh(from store: PostgresMetadataStore, logger: Logger) async throws {
        let newest = try await PolicyVersions.currentNumber(in: store)
        guard newest != 0, newest != loaded?.snapshot.version, let version = try await PolicyVersions.current(in: store) else { return }
        do {
            install(
                .init(version: version.version, source: version.source, file: version.file),
                document: try PolicyParser.parse(version.source, file: version.file))
            logger.info("policy v\(version.version) in force (from \(version.file), applied by \(version.appliedBy))")
        } catch {
            logger.error("policy v\(version.version) does not parse; v\(loaded?.snapshot.version ?? 0) stays in force: \(error)")
        }
    }

    func install(_ snapshot: RPC.PolicySnapshot, document: PolicyDocument) {
        state.withLockedValue { $0 = Loaded(snapshot: snapshot, document: document) }
    }

    /// Refuses a call the caller's agent group may not make under the policy in force.
    /// Without a policy every key may make every call.
    func permit(call name: String, group: String) throws {
        guard let loaded else { return }
        guard let declared = loaded.document.group(named: group) else {
            throw RPC.Failure(
                code: .clusterAuthorizationFailed,
                message: "agent group '\(group)' is not declared in policy v\(loaded.snapshot.version) (\(loaded.snapshot.file))")
        }
        // A call without a rule is refused: a new call must say who may make it.
        guard let needed = CallPermissions.needed[name] else { throw RPC.Failure(code: .invalidRequest, message: "unknown call '\(name)'") }
        if !needed.granted(to: declared) {
            throw RPC.Failure(
                code: .clusterAuthorizationFailed,
                message:
                    "agent group '\(group)' (roles: \(declared.roles.map(\.rawValue).sorted().joined(separator: ", ")), at \(declared.location)) may not call \(name): it needs \(needed.rawValue)"
            )
        }
    }
}

/// What an agent group needs for each call.
enum CallPermissions: String {
    case anyAgent = "nothing"
    /// Topic administration: any group that serves clients (the agent applies the ACLs).
    case servesClients = "the produce or fetch role"
    case produce = "the produce role"
    case fetch = "the fetch role"
    case consumerGroups = "the fetch role with coordinates_consumer_groups"
    case jobs = "the jobs role"
    /// Aborted transactions' ranges: read_committed fetches, and log compaction.
    case fetchOrJobs = "the fetch or jobs role"

    func granted(to group: PolicyDocument.AgentGroup) -> Bool {
        switch self {
        case .anyAgent: true
        case .servesClients: group.roles.contains(.produce) || group.roles.contains(.fetch)
        case .produce: group.roles.contains(.produce)
        case .fetch: group.roles.contains(.fetch)
        case .consumerGroups: group.runsConsumerGroups
        case .jobs: group.roles.contains(.jobs)
        case .fetchOrJobs: group.roles.contains(.fetch) || group.roles.contains(.jobs)
        }
    }

    static let needed: [String: CallPermissions] = [
        RPC.clusterId.name: .anyAgent, RPC.topics.name: .anyAgent, RPC.offsets.name: .anyAgent,
        RPC.agentHeartbeat.name: .anyAgent, RPC.apiManagedACLs.name: .anyAgent, RPC.aclHistory.name: .anyAgent,
        RPC.createACLs.name: .servesClients, RPC.deleteACLs.name: .servesClients, RPC.agentLeave.name: .anyAgent, RPC.liveAgents.name: .anyAgent,
        RPC.userCredentials.name: .servesClients, RPC.setUserCredential.name: .servesClients,
        RPC.deleteUserCredential.name: .servesClients, RPC.describeUsers.name: .servesClients,
        RPC.createTopic.name: .servesClients, RPC.deleteTopic.name: .servesClients,
        RPC.addPartitions.name: .servesClients, RPC.alterTopicConfigs.name: .servesClients,
        RPC.commit.name: .produce, RPC.nextProducerId.name: .produce,
        RPC.initTransactionalProducer.name: .produce, RPC.addPartitionsToTransaction.name: .produce,
        RPC.addGroupToTransaction.name: .produce, RPC.commitTransactionalOffsets.name: .produce, RPC.endTransaction.name: .produce,
        RPC.transactions.name: .produce, RPC.abortedTransactions.name: .fetchOrJobs, RPC.activeProducers.name: .servesClients,
        RPC.batches.name: .fetch, RPC.read.name: .fetch, RPC.offsetForTimestamp.name: .fetch, RPC.maxTimestamp.name: .fetch,
        RPC.commitOffsets.name: .consumerGroups, RPC.committedOffsets.name: .consumerGroups,
        RPC.deleteGroupOffsets.name: .consumerGroups, RPC.deleteSomeGroupOffsets.name: .consumerGroups, RPC.logSizes.name: .servesClients,
        RPC.groupsWithOffsets.name: .consumerGroups,
        RPC.join.name: .consumerGroups, RPC.sync.name: .consumerGroups, RPC.heartbeat.name: .consumerGroups,
        RPC.leave.name: .consumerGroups, RPC.validateOffsetCommit.name: .consumerGroups, RPC.commitGroupOffsets.name: .consumerGroups,
        RPC.deleteGroup.name: .consumerGroups,
        RPC.describeGroup.name: .consumerGroups, RPC.listGroups.name: .consumerGroups,
        RPC.advanceLogStart.name: .servesClients, RPC.applyRetention.name: .jobs, RPC.objects.name: .jobs,
        RPC.forgetObjects.name: .jobs, RPC.liveBatches.name: .jobs, RPC.replaceBatches.name: .jobs,
        RPC.compactionCandidates.name: .jobs, RPC.compactionBatches.name: .jobs, RPC.applyCompaction.name: .jobs,
    ]
}
