import ControlPlane
import KafkaLog
import KafkaProtocol
import Logging
import NIOCore

/// Fetch (1), v4-17 (v13+ address topics by id). No fetch sessions: the answer's session id
/// is 0, so clients keep sending full fetch requests.
///
/// A fetch with too little data waits, up to its max wait, for the high-watermark signal
/// that commits raise: no polling. Then it reads the batches (ranged GETs through the cache)
/// and stamps their offsets.
///
/// read_committed (isolation level 1) reads only below the last stable offset, and the answer
/// lists the aborted transactions in the range it returns, so the client drops their records;
/// read_uncommitted reads to the high watermark. Control batches go to both: clients skip them.
///
/// The partitions are looked up in one control-plane call (`MetadataStore.read`), so a fetch
/// costs one round trip to it whatever it reads, and fetches asking the same thing at once
/// (consumer groups tailing one topic, woken by the same commit) share it (`SharedIndexReads`).
///
/// Gathering the answer after the wait is bounded by `AgentServices.fetchGatherTimeout`, so a
/// slow control plane or object store never makes a client's request time out (librdkafka
/// then drops the connection and every fetch on it): a lookup not answered by then fails the
/// fetch's partitions, and a read not done by then fails its partition, KAFKA_STORAGE_ERROR,
/// which clients retry after a backoff. The partitions' reads run concurrently.
struct FetchHandler: KafkaApiHandler {
    static let versions: ClosedRange<Int16> = 4...17
    let services: AgentServices

    func reply(to request: FetchRequest, context: RequestContext) async throws -> HandlerReply<FetchResponse> {
        let services = self.services
        // What the policy refuses is decided now, on the connection's cached decisions.
        let roleRefusal = context.refusal(unless: .fetch)
        let refusal: @Sendable (String) -> KafkaErrorCode? = { topic in (roleRefusal ?? context.denial(.fetch, on: topic))?.code }
        return .later {
            let clock = ContinuousClock()
            let wait = min(Duration.milliseconds(max(request.maxWaitMs, 0)), services.maxFetchWait)
            let deadline = clock.now + wait
            while true {
                let seen = services.controlPlane.watermarks.generation
                let answerBy = max(deadline, clock.now) + services.fetchGatherTimeout
                let plan = await Self.plan(request, version: context.apiVersion, services: services, refusal: refusal, until: answerBy, logger: context.logger)
                if plan.bytes >= max(Int(request.minBytes), 1) || plan.hasErrors || clock.now >= deadline {
                    return await Self.respond(plan, version: context.apiVersion, services: services, until: answerBy, logger: context.logger)
                }
                await services.controlPlane.watermarks.wait(since: seen, timeout: deadline - clock.now)
            }
        }
    }

    /// What each requested partition would return, without reading any data yet.
    struct Plan {
        struct Partition {
            var topicIndex: Int
            var index: Int32
            var error: KafkaErrorCode = .none
            var offsets = PartitionOffsets(logStartOffset: -1, highWatermark: -1)
            var locations: [BatchLocation] = []
            var aborted: [AbortedTransaction] = []
        }
        var topics: [(name: String, id: KafkaUUID)] = []
        var partitions: [Partition] = []
        var bytes = 0
        var hasErrors = false
    }

    /// `refusal`: the error for a topic the client may not fetch from, by name. A lookup not
    /// answered by `answerBy` leaves the partitions KAFKA_STORAGE_ERROR.
    static func plan(
        _ request: FetchRequest, version: Int16, services: AgentServices, refusal: (String) -> KafkaErrorCode?, until answerBy: ContinuousClock.Instant,
        logger: Logger
    ) async -> Plan {
        let controlPlane = services.controlPlane
        var plan = Plan()
        var wanted: [(Int, Int32, TopicPartitionID?, FetchRequest.FetchPartition)] = []
        var refused: [Int: KafkaErrorCode] = [:]  // by topic index
        for fetchTopic in request.topics {
            let topic = version >= 13 ? await controlPlane.topic(id: fetchTopic.topicId) : await controlPlane.topic(named: fetchTopic.topic)
            plan.topics.append((version >= 13 ? "" : fetchTopic.topic, topic?.id ?? fetchTopic.topicId))
            if let name = topic?.name ?? (version >= 13 ? nil : fetchTopic.topic), let code = refusal(name) { refused[plan.topics.count - 1] = code }
            for partition in fetchTopic.partitions {
                let id = topic.flatMap { partition.partition >= 0 && partition.partition < $0.partitionCount ? $0.partition(partition.partition) : nil }
                wanted.append((plan.topics.count - 1, partition.partition, id, partition))
            }
        }
        // One control-plane call for every partition: a fetch costs one round trip to it,
        // however many partitions it reads (agents may be a region away).
        let readCommitted = request.isolationLevel == 1
        let requestBytes = Int(request.maxBytes <= 0 ? Int32.max : request.maxBytes)
        let reads = wanted.compactMap { (topicIndex, _, id, fetchPartition) -> PartitionRead? in
            guard refused[topicIndex] == nil, let id else { return nil }
            return PartitionRead(partition: id, from: fetchPartition.fetchOffset, maxBytes: min(Int(max(fetchPartition.partitionMaxBytes, 1)), requestBytes))
        }
        let indexReads = services.indexReads
        let answers: [TopicPartitionID: PartitionReadAnswer]
        do {
            answers = try await withDeadline(until: answerBy) { try await indexReads.read(reads, readCommitted: readCommitted) }
        } catch {
            logger.error("fetch could not look its partitions up in the control plane: \(error)")
            for (topicIndex, index, _, _) in wanted {
                var partition = Plan.Partition(topicIndex: topicIndex, index: index)
                partition.error = refused[topicIndex] ?? .kafkaStorageError
                plan.partitions.append(partition)
            }
            plan.hasErrors = !wanted.isEmpty
            return plan
        }
        var remaining = requestBytes
        for (topicIndex, index, id, fetchPartition) in wanted {
            var partition = Plan.Partition(topicIndex: topicIndex, index: index)
            if let code = refused[topicIndex] {
                partition.error = code
                plan.hasErrors = true
                plan.partitions.append(partition)
                continue
            }
            guard let id, let answer = answers[id] else {
                partition.error = version >= 13 ? .unknownTopicId : .unknownTopicOrPartition
                plan.hasErrors = true
                plan.partitions.append(partition)
                continue
            }
            let current = answer.offsets
            partition.offsets = current
            if fetchPartition.currentLeaderEpoch > 0 {
                partition.error = .unknownLeaderEpoch
            } else if fetchPartition.fetchOffset < current.logStartOffset || fetchPartition.fetchOffset > current.highWatermark {
                partition.error = .offsetOutOfRange
            } else if remaining > 0 {
                // Within what the request has left: the first batch always (KIP-74), then whole batches.
                var bytes = 0
                for batch in answer.batches {
                    if !partition.locations.isEmpty && bytes + batch.byteLength > remaining { break }
                    partition.locations.append(batch)
                    bytes += batch.byteLength
                }
                if let last = partition.locations.last { partition.aborted = answer.aborted.filter { $0.firstOffset <= last.lastOffset } }
                plan.bytes += bytes
                remaining -= bytes
            }
            if partition.error != .none { plan.hasErrors = true }
            plan.partitions.append(partition)
        }
        return plan
    }

    /// Reads the planned batches, all partitions at once; a read not done by `answerBy` is
    /// abandoned, and its partition answered KAFKA_STORAGE_ERROR.
    static func respond(_ plan: Plan, version: Int16, services: AgentServices, until answerBy: ContinuousClock.Instant, logger: Logger) async -> FetchResponse {
        let reader = services.reader
        let records = await withTaskGroup(of: (Int, Result<ByteBuffer, any Error>).self) { group in
            for (position, partition) in plan.partitions.enumerated() where !partition.locations.isEmpty {
                let locations = partition.locations
                group.addTask {
                    do {
                        return (position, .success(try await withDeadline(until: answerBy) { try await reader.read(locations) }))
                    } catch {
                        return (position, .failure(error))
                    }
                }
            }
            return await group.reduce(into: [Int: Result<ByteBuffer, any Error>]()) { $0[$1.0] = $1.1 }
        }
        var response = FetchResponse()
        response.responses = plan.topics.map { topic in
            var result = FetchResponse.FetchableTopicResponse()
            result.topic = topic.name
            result.topicId = version >= 13 ? topic.id : .zero
            return result
        }
        for (position, partition) in plan.partitions.enumerated() {
            var data = FetchResponse.PartitionData()
            data.partitionIndex = partition.index
            data.errorCode = partition.error.rawValue
            data.highWatermark = partition.offsets.highWatermark
            data.lastStableOffset = partition.offsets.lastStableOffset
            data.logStartOffset = partition.offsets.logStartOffset
            data.abortedTransactions = partition.aborted.map { aborted in
                var entry = FetchResponse.AbortedTransaction()
                entry.producerId = aborted.producerId
                entry.firstOffset = aborted.firstOffset
                return entry
            }
            data.records = ByteBuffer()
            switch records[position] {
            case .success(let bytes):
                data.records = bytes
                AgentMetrics.fetchedBytes.increment(by: bytes.readableBytes)
            case .failure(let error):
                logger.error("fetch of partition \(partition.index) failed reading the object store: \(error)")
                data.errorCode = KafkaErrorCode.kafkaStorageError.rawValue
                data.abortedTransactions = []
            case nil:
                break
            }
            response.responses[partition.topicIndex].partitions.append(data)
        }
        return response
    }
}
