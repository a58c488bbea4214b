import AsyncHTTPClient
import ControlPlane
import Foundation
import KafkaLog
import KafkaProtocol
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOSSL
import Policy

/// How an agent reaches the control plane: every `MetadataStore`, `GroupCoordination` and
/// `MaintenanceStore` call becomes one `RPC` call to a replica.
///
/// Replicas are tried in turn: a replica that cannot be reached is skipped until the others
/// fail too. A group call answered with another replica's address (that replica owns the
/// group) is sent there.
public final class ControlPlaneClient: MetadataStore, GroupCoordination, FencedOffsetCommits, MaintenanceStore, UserStore, ACLStore {
    private let http: HTTPClient
    private let key: String
    private let logger: Logger
    /// Replica base URLs, and the index of the one that answered last.
    private let replicas: NIOLockedValueBox<(urls: [String], preferred: Int)>
    /// Time limit of ordinary calls; group joins and syncs wait for the rebalance instead.
    public let callTimeout: Duration = .seconds(15)

    /// - Parameter trustRoots: a PEM file of CA certificates to trust for `https://` replicas
    ///   (a private CA); nil trusts the system's.
    public init(urls: [String], key: String, trustRoots: String? = nil, logger: Logger) {
        precondition(!urls.isEmpty, "at least one control-plane URL")
        var configuration = HTTPClient.Configuration(timeout: .init(connect: .seconds(2), read: nil), decompression: .disabled)
        // A JoinGroup or SyncGroup call holds its connection until the rebalance completes
        // (up to the rebalance timeout), and the watermark stream holds one for good. With
        // AsyncHTTPClient's default of 8 per replica, a few consumers rebalancing through one
        // agent would queue its produce commits behind them.
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = 256
        if let trustRoots {
            var tls = TLSConfiguration.makeClientConfiguration()
            tls.trustRoots = .file(trustRoots)
            configuration.tlsConfiguration = tls
        }
        self.http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        self.key = key
        self.logger = logger
        self.replicas = NIOLockedValueBox((urls.map(Self.trimmed), 0))
    }

    public func shutdown() async { try? await http.shutdown() }

    private static func trimmed(_ url: String) -> String { url.hasSuffix("/") ? String(url.dropLast()) : url }

    /// Adds replicas the control plane told us about.
    public func learnReplicas(_ urls: [String]) {
        replicas.withLockedValue { state in
            for url in urls.map(Self.trimmed) where !state.urls.contains(url) { state.urls.append(url) }
        }
    }

    public var replicaURLs: [String] { replicas.withLockedValue { $0.urls } }

    // MARK: Calls

    /// Calls `call` on the preferred replica, failing over to the others on transport errors.
    public func call<Request, Response>(
        _ call: RPC.Call<Request, Response>, _ request: Request,
        timeout: Duration? = nil, at fixed: String? = nil
    ) async throws -> Response {
        let body = try JSONEncoder().encode(request)
        let (urls, preferred) = replicas.withLockedValue { ($0.urls, $0.preferred) }
        let order = fixed.map { [$0] } ?? (0..<urls.count).map { urls[(preferred + $0) % urls.count] }
        var failures: [String] = []
        for url in order {
            do {
                let response = try await send(call.name, body: body, to: url, timeout: timeout ?? callTimeout)
                if fixed == nil, let index = urls.firstIndex(of: url) { replicas.withLockedValue { $0.preferred = index } }
                if response.status == .ok { return try JSONDecoder().decode(Response.self, from: response.body) }
                let failure =
                    (try? JSONDecoder().decode(RPC.Failure.self, from: response.body))
                    ?? RPC.Failure(code: .unknownServerError, message: "control plane \(url) answered \(response.status.code)")
                if let owner = failure.owner, fixed == nil, owner != url {
                    return try await self.call(call, request, timeout: timeout, at: owner)
                }
                throw ControlPlaneError(failure.code, failure.message)
            } catch let error as ControlPlaneError {
                throw error
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                failures.append("\(url): \(error)")
                logger.debug("control plane \(url) unreachable: \(error)")
            }
        }
        let code: KafkaErrorCode = call.name.hasPrefix("groups.") ? .coordinatorNotAvailable : .kafkaStorageError
        throw ControlPlaneError(code, "no control plane reachable (\(failures.joined(separator: "; ")))")
    }

    private func send(_ name: String, body: Data, to url: String, timeout: Duration) async throws -> (status: HTTPResponseStatus, body: Data) {
        var request = HTTPClientRequest(url: "\(url)/\(RPC.version)/call/\(name)")
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(key)")
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(data: body))
        let response = try await http.execute(
            request, timeout: TimeAmount(timeout))
        let bytes = try await response.body.collect(upTo: 256 << 20)
        return (response.status, Data(buffer: bytes))
    }

    /// Follows the watermark stream of whichever replica answers, bumping `signal` on every
    /// line, until cancelled. While no replica answers, it bumps every second so long-polls
    /// still notice new data. An `m` line (agents joined or left the registry) bumps
    /// `membership`, and so does every reconnection, since changes may have been missed.
    public func followWatermarks(into signal: WatermarkSignal, membership: WatermarkSignal? = nil) async {
        var attempt = 0
        while !Task.isCancelled {
            let urls = replicaURLs
            let url = urls[attempt % urls.count]
            attempt += 1
            do {
                var request = HTTPClientRequest(url: "\(url)/\(RPC.version)/watermarks")
                request.headers.add(name: "Authorization", value: "Bearer \(key)")
                let response = try await http.execute(request, timeout: .hours(24))
                guard response.status == .ok else { throw ControlPlaneError(.unknownServerError, "watermarks: \(response.status)") }
                logger.debug("following watermarks of \(url)")
                membership?.bump()
                for try await chunk in response.body {
                    signal.bump()
                    if chunk.readableBytesView.contains(UInt8(ascii: "m")) { membership?.bump() }
                }
            } catch {
                logger.debug("watermark stream from \(url) ended: \(error)")
            }
            signal.bump()
            try? await Task.sleep(for: .seconds(1))
        }
    }

    // MARK: MetadataStore

    public func clusterId() async throws -> String { try await call(RPC.clusterId, .init()).value }
    public func createTopic(name: String, partitions: Int32, configs: [String: String]) async throws -> TopicMetadata {
        try await call(RPC.createTopic, .init(name: name, partitions: partitions, configs: configs))
    }
    public func deleteTopic(name: String) async throws -> TopicMetadata { try await call(RPC.deleteTopic, .init(name: name)) }
    public func addPartitions(topic: String, totalCount: Int32) async throws -> TopicMetadata {
        try await call(RPC.addPartitions, .init(topic: topic, totalCount: totalCount))
    }
    public func alterTopicConfigs(topic: String, changes: [String: String?]) async throws -> TopicMetadata {
        try await call(RPC.alterTopicConfigs, .init(topic: topic, changes: changes))
    }
    public func topics() async throws -> [TopicMetadata] { try await call(RPC.topics, .init()) }
    public func offsets(of partitions: [TopicPartitionID]) async throws -> [TopicPartitionID: PartitionOffsets] {
        try await call(RPC.offsets, .init(partitions: partitions)).offsets
    }
    public func commit(_ segment: SegmentCommit) async throws -> [BatchCommitResult] { try await call(RPC.commit, segment) }
    public func batches(in partition: TopicPartitionID, from offset: Int64, maxBytes: Int) async throws -> [BatchLocation] {
        try await call(RPC.batches, .init(partition: partition, from: offset, maxBytes: maxBytes))
    }
    /// One round trip. A replica from before this call (a rolling upgrade) is asked call by call.
    public func read(_ reads: [PartitionRead], readCommitted: Bool) async throws -> [PartitionReadAnswer] {
        do {
            return try await call(RPC.read, .init(reads: reads, readCommitted: readCommitted))
        } catch let error as ControlPlaneError where error.code == .invalidRequest && error.message.hasPrefix("unknown call") {
            return try await readComposed(reads, readCommitted: readCommitted)
        }
    }
    public func offset(forTimestamp timestamp: Int64, in partition: TopicPartitionID) async throws -> (offset: Int64, timestamp: Int64)? {
        try await call(RPC.offsetForTimestamp, .init(partition: partition, timestamp: timestamp)).value.map { ($0.offset, $0.timestamp) }
    }
    public func maxTimestamp(in partition: TopicPartitionID) async throws -> (offset: Int64, timestamp: Int64)? {
        try await call(RPC.maxTimestamp, .init(partition: partition)).value.map { ($0.offset, $0.timestamp) }
    }
    public func advanceLogStart(_ partition: TopicPartitionID, to offset: Int64) async throws -> Int64 {
        try await call(RPC.advanceLogStart, .init(partition: partition, offset: offset)).value
    }
    public func logSizes(of partitions: [TopicPartitionID]) async throws -> [TopicPartitionID: Int64] {
        try await call(RPC.logSizes, .init(partitions: partitions)).sizes
    }
    public func nextProducerId() async throws -> Int64 { try await call(RPC.nextProducerId, .init()).value }
    public func commitOffsets(group: String, _ offsets: [TopicPartitionName: CommittedOffset]) async throws {
        _ = try await call(RPC.commitOffsets, .init(group: group, offsets: offsets))
    }
    public func committedOffsets(group: String) async throws -> [TopicPartitionName: CommittedOffset] {
        try await call(RPC.committedOffsets, .init(group: group)).offsets
    }
    public func deleteGroupOffsets(group: String) async throws { _ = try await call(RPC.deleteGroupOffsets, .init(group: group)) }
    public func deleteGroupOffsets(group: String, partitions: [TopicPartitionName]) async throws {
        _ = try await call(RPC.deleteSomeGroupOffsets, .init(group: group, partitions: partitions))
    }
    public func groupsWithOffsets() async throws -> [String] { try await call(RPC.groupsWithOffsets, .init()) }

    // MARK: TransactionStore

    public func initTransactionalProducer(_ request: TransactionalProducerRequest, maxTimeoutMs: Int32) async throws -> ProducerIdAndEpoch {
        try await call(RPC.initTransactionalProducer, .init(request: request, maxTimeoutMs: maxTimeoutMs))
    }
    public func addPartitionsToTransaction(_ transactionalId: String, producer: ProducerIdAndEpoch, partitions: [TopicPartitionID], nowMs: Int64) async throws {
        _ = try await call(RPC.addPartitionsToTransaction, .init(transactionalId: transactionalId, producer: producer, partitions: partitions, nowMs: nowMs))
    }
    public func addGroupToTransaction(_ transactionalId: String, producer: ProducerIdAndEpoch, group: String, nowMs: Int64) async throws {
        _ = try await call(RPC.addGroupToTransaction, .init(transactionalId: transactionalId, producer: producer, group: group, nowMs: nowMs))
    }
    public func commitTransactionalOffsets(
        _ transactionalId: String, producer: ProducerIdAndEpoch, group: String, offsets: [TopicPartitionName: CommittedOffset]
    ) async throws {
        _ = try await call(RPC.commitTransactionalOffsets, .init(transactionalId: transactionalId, producer: producer, group: group, offsets: offsets))
    }
    public func endTransaction(_ transactionalId: String, producer: ProducerIdAndEpoch, commit: Bool, nowMs: Int64) async throws {
        _ = try await call(RPC.endTransaction, .init(transactionalId: transactionalId, producer: producer, commit: commit, nowMs: nowMs))
    }
    public func transactions() async throws -> [TransactionRecord] { try await call(RPC.transactions, .init()) }
    public func activeProducers(in partition: TopicPartitionID) async throws -> [ActiveProducer] {
        try await call(RPC.activeProducers, .init(partition: partition))
    }
    public func abortedTransactions(in partition: TopicPartitionID, overlapping offsets: ClosedRange<Int64>) async throws -> [AbortedTransaction] {
        try await call(RPC.abortedTransactions, .init(partition: partition, from: offsets.lowerBound, through: offsets.upperBound))
    }

    // MARK: GroupCoordination

    public func join(groupId: String, _ request: GroupStateMachine.JoinRequest) async throws -> GroupStateMachine.JoinResult {
        try await call(RPC.join, .init(groupId: groupId, request: request), timeout: .milliseconds(Int64(request.rebalanceTimeoutMs)) + .seconds(30))
    }
    public func sync(
        groupId: String, memberId: String, generation: Int32, assignments: [String: ByteBuffer],
        protocolType: String?, protocolName: String?
    ) async throws -> GroupStateMachine.SyncResult {
        try await call(
            RPC.sync,
            .init(
                groupId: groupId, memberId: memberId, generation: generation, assignments: assignments,
                protocolType: protocolType, protocolName: protocolName), timeout: .seconds(330))
    }
    public func heartbeat(groupId: String, memberId: String, generation: Int32) async throws -> KafkaErrorCode {
        try await call(RPC.heartbeat, .init(groupId: groupId, memberId: memberId, generation: generation)).value
    }
    public func leave(groupId: String, memberIds: [String]) async throws -> [String: KafkaErrorCode] {
        try await call(RPC.leave, .init(groupId: groupId, memberIds: memberIds))
    }
    public func validateOffsetCommit(groupId: String, memberId: String, generation: Int32) async throws -> KafkaErrorCode {
        try await call(RPC.validateOffsetCommit, .init(groupId: groupId, memberId: memberId, generation: generation)).value
    }
    public func commitOffsets(
        groupId: String, memberId: String, generation: Int32, offsets: [TopicPartitionName: CommittedOffset]
    ) async throws -> KafkaErrorCode {
        try await call(RPC.commitGroupOffsets, .init(groupId: groupId, memberId: memberId, generation: generation, offsets: offsets)).value
    }
    public func delete(groupId: String) async throws -> KafkaErrorCode { try await call(RPC.deleteGroup, .init(groupId: groupId)).value }
    public func describe(groupId: String) async throws -> GroupSummary? { try await call(RPC.describeGroup, .init(groupId: groupId)).value }
    /// Every replica's groups: each replica only knows the groups it coordinates.
    public func listGroups() async throws -> [GroupSummary] {
        var groups: [String: GroupSummary] = [:]
        var reached = 0
        for url in replicaURLs {
            guard let listed = try? await call(RPC.listGroups, .init(), at: url) else { continue }
            reached += 1
            for group in listed { groups[group.groupId] = group }
        }
        guard reached > 0 else { throw ControlPlaneError(.coordinatorNotAvailable, "no control plane reachable to list groups") }
        return groups.values.sorted { $0.groupId < $1.groupId }
    }

    // MARK: UserStore

    public func scramCredentials(user: String) async throws -> [ScramCredential] { try await call(RPC.userCredentials, .init(user: user)) }
    public func setScramCredential(user: String, _ credential: ScramCredential) async throws {
        _ = try await call(RPC.setUserCredential, .init(user: user, credential: credential))
    }
    public func deleteScramCredential(user: String, mechanism: ScramMechanism) async throws -> Bool {
        try await call(RPC.deleteUserCredential, .init(user: user, mechanism: mechanism)).value
    }
    public func scramUsers(_ names: [String]?) async throws -> [String: [ScramMechanism: Int]] {
        try await call(RPC.describeUsers, .init(names: names)).mapValues { mechanisms in
            Dictionary(uniqueKeysWithValues: mechanisms.compactMap { name, iterations in ScramMechanism(rawValue: name).map { ($0, iterations) } })
        }
    }

    // MARK: ACLStore

    public func apiManagedACLs() async throws -> APIManagedACLs { try await call(RPC.apiManagedACLs, .init()) }
    public func apiManagedACLVersion() async throws -> Int64 { try await apiManagedACLs().version }
    public func createACLs(_ bindings: [KafkaACLBinding], by creator: String, atMs: Int64) async throws -> APIManagedACLs {
        try await call(RPC.createACLs, .init(bindings: bindings, by: creator, atMs: atMs))
    }
    public func deleteACLs(matching filters: [KafkaACLFilter], by deleter: String, atMs: Int64) async throws -> DeletedACLs {
        try await call(RPC.deleteACLs, .init(filters: filters, by: deleter, atMs: atMs))
    }
    public func apiManagedACLHistory() async throws -> [APIManagedACL] { try await call(RPC.aclHistory, .init()) }

    // MARK: MaintenanceStore

    public func applyRetention(nowMs: Int64) async throws -> RetentionOutcome { try await call(RPC.applyRetention, .init(nowMs: nowMs)) }
    public func objects() async throws -> [StoredObject] { try await call(RPC.objects, .init()) }
    public func forgetObjects(_ keys: [String]) async throws { _ = try await call(RPC.forgetObjects, .init(keys: keys)) }
    public func liveBatches(inObjects keys: [String]) async throws -> [ObjectBatch] { try await call(RPC.liveBatches, .init(keys: keys)) }
    public func replaceBatches(_ segment: SegmentCommit, sources: [BatchSource]) async throws -> Int {
        try await call(RPC.replaceBatches, .init(segment: segment, sources: sources)).value
    }
    public func compactionCandidates() async throws -> [CompactionCandidate] { try await call(RPC.compactionCandidates, .init()) }
    public func compactionBatches(in partition: TopicPartitionID, from offset: Int64, maxBytes: Int) async throws -> [BatchLocation] {
        try await call(RPC.compactionBatches, .init(partition: partition, from: offset, maxBytes: maxBytes))
    }
    public func applyCompaction(_ rewrite: CompactionRewrite) async throws -> Bool { try await call(RPC.applyCompaction, rewrite).value }

    // MARK: The registry

    public func liveAgents() async throws -> [RPC.RegisteredAgent] { try await call(RPC.liveAgents, .init()) }

    public func leave(agentId: String) async throws { _ = try await call(RPC.agentLeave, .init(agentId: agentId)) }

    /// - Parameter timeout: per replica; a heartbeat stuck on a sick replica past the
    ///   registry's expiry would take the agent out of the metadata, so agents keep it short
    ///   and fail over.
    public func heartbeat(_ agent: RPC.AgentHeartbeat, timeout: Duration? = nil) async throws -> RPC.Registration {
        let registration = try await call(RPC.agentHeartbeat, agent, timeout: timeout)
        learnReplicas(registration.replicas)
        return registration
    }
}
