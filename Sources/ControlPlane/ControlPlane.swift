import KafkaProtocol
import Logging
import NIOConcurrencyHelpers

/// The control plane as agents use it: the metadata store, consumer groups, and the signal
/// that wakes long-polling fetches. In the playground it runs in-process; with PostgreSQL it
/// sits behind the control-plane service.
public final class ControlPlane: Sendable {
    public struct Configuration: Sendable {
        /// Create a topic on first Metadata/Produce reference (Kafka's auto.create.topics.enable).
        public var autoCreateTopics = true
        public var defaultPartitions: Int32 = 1
        /// The longest transaction.timeout.ms a producer may ask for at InitProducerId (Kafka's
        /// transaction.max.timeout.ms).
        public var transactionMaxTimeoutMs = TransactionRules.defaultMaxTimeoutMs
        public var groups = GroupStateMachine.Configuration()
        public init() {}
    }

    public let store: any MetadataStore
    public let groups: any GroupCoordination
    /// The in-process coordinator behind `groups`, when there is one; its owner ticks it.
    public let localGroups: GroupCoordinator?
    public let watermarks = WatermarkSignal()
    public let configuration: Configuration
    public let clusterId: String
    private let topicCache = NIOLockedValueBox<TopicCache>(TopicCache())
    private let missRefresh = NIOLockedValueBox<(running: Task<Void, Never>?, lastStart: ContinuousClock.Instant?)>((nil, nil))

    private struct TopicCache {
        var byName: [String: TopicMetadata] = [:]
        var byId: [KafkaUUID: TopicMetadata] = [:]
    }

    /// A control plane with consumer groups coordinated in this process.
    public convenience init(store: any MetadataStore, configuration: Configuration = Configuration()) async throws {
        let local = GroupCoordinator(configuration: configuration.groups)
        try await self.init(store: store, groups: local, localGroups: local, configuration: configuration)
    }

    /// A control plane whose groups are coordinated elsewhere (a control-plane replica).
    public convenience init(store: any MetadataStore, groups: any GroupCoordination, configuration: Configuration = Configuration()) async throws {
        try await self.init(store: store, groups: groups, localGroups: nil, configuration: configuration)
    }

    private init(store: any MetadataStore, groups: any GroupCoordination, localGroups: GroupCoordinator?, configuration: Configuration) async throws {
        self.store = store
        self.configuration = configuration
        self.groups = groups
        self.localGroups = localGroups
        self.clusterId = try await store.clusterId()
        try await refreshTopics()
    }

    // MARK: Topics

    /// Reloads the topic cache from the store.
    public func refreshTopics() async throws {
        let topics = try await store.topics()
        topicCache.withLockedValue { cache in
            cache.byName = Dictionary(uniqueKeysWithValues: topics.map { ($0.name, $0) })
            cache.byId = Dictionary(uniqueKeysWithValues: topics.map { ($0.id, $0) })
        }
    }

    /// The topic, from the cache; on a miss the cache is reloaded first (at most every 200 ms),
    /// so a topic another agent just created is found at once.
    public func topic(named name: String) async -> TopicMetadata? {
        if let topic = cachedTopic(named: name) { return topic }
        await refreshAfterMiss()
        return cachedTopic(named: name)
    }

    public func topic(id: KafkaUUID) async -> TopicMetadata? {
        if let topic = cachedTopic(id: id) { return topic }
        await refreshAfterMiss()
        return cachedTopic(id: id)
    }

    public func cachedTopic(named name: String) -> TopicMetadata? { topicCache.withLockedValue { $0.byName[name] } }
    public func cachedTopic(id: KafkaUUID) -> TopicMetadata? { topicCache.withLockedValue { $0.byId[id] } }

    /// Misses that arrive while a reload runs wait for it; a reload starts at most every 200 ms.
    private func refreshAfterMiss() async {
        let now = ContinuousClock.now
        let reload = missRefresh.withLockedValue { state -> Task<Void, Never>? in
            if let running = state.running { return running }
            if let last = state.lastStart, last.duration(to: now) < .milliseconds(200) { return nil }
            let task = Task {
                try? await self.refreshTopics()
                self.missRefresh.withLockedValue { $0.running = nil }
            }
            state = (task, now)
            return task
        }
        await reload?.value
    }
    public func allTopics() -> [TopicMetadata] { topicCache.withLockedValue { $0.byName.values.sorted { $0.name < $1.name } } }

    /// Validates a topic name as Kafka does: 1-249 characters of [a-zA-Z0-9._-], not "." or "..".
    public static func validateTopicName(_ name: String) -> String? {
        guard !name.isEmpty, name.count <= 249, name != ".", name != ".." else { return "topic name '\(name)' is empty, too long or reserved" }
        guard name.unicodeScalars.allSatisfy({ ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || "._-".unicodeScalars.contains($0) })
        else {
            return "topic name '\(name)' may only contain ASCII letters, digits, '.', '_' and '-'"
        }
        return nil
    }

    public func createTopic(name: String, partitions: Int32, configs: [String: String] = [:]) async throws -> TopicMetadata {
        if let problem = Self.validateTopicName(name) { throw ControlPlaneError(.invalidTopicException, problem) }
        guard partitions > 0 else { throw ControlPlaneError(.invalidPartitions, "a topic needs at least one partition, got \(partitions)") }
        if let problem = TopicConfigs.validate(configs) { throw ControlPlaneError(.invalidConfig, problem) }
        let topic = try await store.createTopic(name: name, partitions: partitions, configs: configs)
        try await refreshTopics()
        return topic
    }

    /// The topic, created with defaults if auto-creation is on and the name is valid.
    public func topicCreatingIfNeeded(_ name: String) async throws -> TopicMetadata? {
        if let topic = await topic(named: name) { return topic }
        guard configuration.autoCreateTopics, Self.validateTopicName(name) == nil else { return nil }
        do {
            return try await createTopic(name: name, partitions: configuration.defaultPartitions)
        } catch let error as ControlPlaneError where error.code == .topicAlreadyExists {
            try await refreshTopics()
            return cachedTopic(named: name)
        }
    }

    public func deleteTopic(name: String) async throws -> TopicMetadata {
        let topic = try await store.deleteTopic(name: name)
        try await refreshTopics()
        watermarks.bump()  // fetches parked on it must notice
        return topic
    }

    public func addPartitions(topic: String, totalCount: Int32) async throws -> TopicMetadata {
        let updated = try await store.addPartitions(topic: topic, totalCount: totalCount)
        try await refreshTopics()
        return updated
    }

    public func alterTopicConfigs(topic: String, changes: [String: String?]) async throws -> TopicMetadata {
        if let problem = TopicConfigs.validate(changes.compactMapValues { $0 }) { throw ControlPlaneError(.invalidConfig, problem) }
        let updated = try await store.alterTopicConfigs(topic: topic, changes: changes)
        try await refreshTopics()
        return updated
    }

    // MARK: The log

    /// Commits a segment and wakes long-polling fetches.
    public func commit(_ segment: SegmentCommit) async throws -> [BatchCommitResult] {
        let results = try await store.commit(segment)
        watermarks.bump()
        return results
    }

    // MARK: Transactions

    /// Ends a transaction (EndTxn) and wakes long-polling fetches: its markers moved high
    /// watermarks, and last stable offsets with them.
    public func endTransaction(_ transactionalId: String, producer: ProducerIdAndEpoch, commit: Bool, nowMs: Int64) async throws {
        try await store.endTransaction(transactionalId, producer: producer, commit: commit, nowMs: nowMs)
        watermarks.bump()
    }

    /// The timeout sweep over this process's store (the playground's); nil when the store is
    /// elsewhere (the control plane's replicas sweep it).
    public func transactionTimeouts(logger: Logger) -> TransactionTimeouts? {
        (store as? any TransactionTimeoutSweep & MetadataStore).map { TransactionTimeouts(store: $0, logger: logger) }
    }
}

extension ControlPlane {
    /// OffsetCommit's check and write: in one fenced call where the groups are coordinated by
    /// control-plane replicas; in process (the playground), checked by the local coordinator,
    /// then stored.
    public func commitGroupOffsets(
        groupId: String, memberId: String, generation: Int32, offsets: [TopicPartitionName: CommittedOffset]
    ) async throws -> KafkaErrorCode {
        if let fenced = groups as? any FencedOffsetCommits {
            return try await fenced.commitOffsets(groupId: groupId, memberId: memberId, generation: generation, offsets: offsets)
        }
        let store = store
        let write: @Sendable () async throws -> Void = { if !offsets.isEmpty { try await store.commitOffsets(group: groupId, offsets) } }
        if let localGroups { return try await localGroups.commitOffsets(groupId: groupId, memberId: memberId, generation: generation, write: write) }
        let error = try await groups.validateOffsetCommit(groupId: groupId, memberId: memberId, generation: generation)
        if error == .none { try await write() }
        return error
    }
}
