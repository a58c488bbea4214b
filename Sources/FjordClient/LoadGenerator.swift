import Foundation
import KafkaProtocol
import NIOCore

/// Produces (and optionally consumes) a steady load through Fjord's own protocol code, and
/// measures throughput, produce latency (send to acknowledgement) and end-to-end latency
/// (send to fetched by a consumer in the same process, via a timestamp in each record).
public final class LoadGenerator: Sendable {
    public struct Configuration: Sendable {
        public var topic = "fjord-bench"
        public var partitions: Int32 = 1
        public var recordSize = 1024
        /// Records per second; 0 produces as fast as acknowledgements allow.
        public var rate = 1000
        public var duration: Duration = .seconds(10)
        public var produce = true
        public var consume = false
        public var acks: Int16 = -1
        public var compression: CompressionCodec = .none
        /// Produce requests awaiting acknowledgement, per agent connection.
        public var maxInFlight = 16
        /// How often pending records are sent.
        public var lingerMs = 5
        public init() {}
    }

    public struct Report: Sendable {
        public var produced = 0
        public var consumed = 0
        public var failed = 0
        public var seconds = 0.0
        public var recordSize = 0
        /// Percentiles 50, 99, 99.9 in milliseconds.
        public var produceLatency: [Double]?
        public var endToEndLatency: [Double]?

        public var recordsPerSecond: Double { seconds > 0 ? Double(produced) / seconds : 0 }
        public var mebibytesPerSecond: Double { recordsPerSecond * Double(recordSize) / 1_048_576 }
    }

    public let configuration: Configuration
    private let cluster: ClusterClient
    private let produceLatency = LatencyRecorder()
    private let endToEndLatency = LatencyRecorder()
    private let counters = Counters()

    public init(cluster: ClusterClient, configuration: Configuration) {
        self.cluster = cluster
        self.configuration = configuration
    }

    /// Runs the load; calls `progress` about once a second with the last second's figures.
    public func run(progress: @escaping @Sendable (String) -> Void) async throws -> Report {
        let topic = try await cluster.topic(configuration.topic, partitions: configuration.partitions)
        let start = ContinuousClock.now
        let startOffsets = configuration.consume ? try await latestOffsets(topic) : []
        let producing = Task { try await produceLoop(topic, start: start) }
        let consuming = Task { configuration.consume ? try await consumeLoop(topic, from: startOffsets, start: start) : () }
        let reporting = Task { await progressLoop(start: start, progress: progress) }
        try await producing.value
        let produceSeconds = (ContinuousClock.now - start).seconds
        // Let the consumer catch up with everything acknowledged, then stop it.
        let produced = await counters.produced
        let deadline = ContinuousClock.now + .seconds(15)
        while configuration.consume, await counters.consumed < produced, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        consuming.cancel()
        _ = try? await consuming.value
        reporting.cancel()
        var report = Report()
        report.produced = produced
        report.consumed = await counters.consumed
        report.failed = await counters.failed
        report.seconds = produceSeconds
        report.recordSize = configuration.recordSize
        report.produceLatency = produceLatency.percentiles([50, 99, 99.9])
        report.endToEndLatency = endToEndLatency.percentiles([50, 99, 99.9])
        return report
    }

    // MARK: Produce

    private func produceLoop(_ topic: ClusterClient.Topic, start: ContinuousClock.Instant) async throws {
        let limiters = Dictionary(uniqueKeysWithValues: Set(topic.leaders).map { ($0, InFlightLimiter(limit: configuration.maxInFlight)) })
        let partitions = topic.leaders.count
        var produced = 0
        var nextPartition = 0
        try await withThrowingTaskGroup(of: Void.self) { group in
            while ContinuousClock.now - start < configuration.duration {
                let elapsed = (ContinuousClock.now - start).seconds
                let target = configuration.rate > 0 ? Int(Double(configuration.rate) * elapsed) : produced + 256 * partitions
                let due = max(0, target - produced)
                if due == 0 {
                    try await Task.sleep(for: .milliseconds(configuration.lingerMs))
                    continue
                }
                // Spread the due records over partitions, one batch each, grouped by leader.
                var counts = [Int](repeating: 0, count: partitions)
                for _ in 0..<due {
                    counts[nextPartition] += 1
                    nextPartition = (nextPartition + 1) % partitions
                }
                var byLeader: [Int32: [(Int32, Int)]] = [:]
                for (partition, count) in counts.enumerated() where count > 0 {
                    byLeader[topic.leaders[partition], default: []].append((Int32(partition), count))
                }
                for (leader, batches) in byLeader {
                    let limiter = limiters[leader]!
                    await limiter.acquire()
                    let connection = try await cluster.connection(to: leader)
                    let sentAt = ContinuousClock.now
                    let request = try makeRequest(topic: topic.name, batches: batches, start: start, now: sentAt)
                    let records = batches.reduce(0) { $0 + $1.1 }
                    group.addTask {
                        defer { Task { await limiter.release() } }
                        do {
                            if self.configuration.acks == 0 {
                                try connection.sendWithoutResponse(request, version: 9)
                                await self.counters.add(produced: records)
                                return
                            }
                            let response = try await connection.send(request, version: 9)
                            let failed = response.responses.flatMap(\.partitionResponses).filter { $0.errorCode != 0 }
                            let failedRecords = failed.reduce(0) { sum, partition in sum + (batches.first { $0.0 == partition.index }?.1 ?? 0) }
                            let latency = (ContinuousClock.now - sentAt).microseconds
                            self.produceLatency.record([Int64](repeating: latency, count: records - failedRecords))
                            await self.counters.add(produced: records - failedRecords, failed: failedRecords)
                        } catch {
                            await self.counters.add(failed: records)
                        }
                    }
                }
                produced += due
                try await Task.sleep(for: .milliseconds(configuration.lingerMs))
            }
            try await group.waitForAll()
        }
    }

    private func makeRequest(topic: String, batches: [(Int32, Int)], start: ContinuousClock.Instant, now: ContinuousClock.Instant) throws -> ProduceRequest {
        var request = ProduceRequest()
        request.transactionalId = nil
        request.acks = configuration.acks
        request.timeoutMs = 30_000
        var topicData = ProduceRequest.TopicProduceData()
        topicData.name = topic
        let stamp = (now - start).nanoseconds
        let padding = max(0, configuration.recordSize - 8)
        for (partition, count) in batches {
            var value = ByteBuffer()
            value.writeInteger(stamp)
            value.writeRepeatingByte(UInt8(ascii: "x"), count: padding)
            let records = (0..<count).map { _ in Record(value: value) }
            var blob = ByteBuffer()
            try RecordBatch(records: records, baseTimestamp: Int64(stamp / 1_000_000), compression: configuration.compression).encode(into: &blob)
            var data = ProduceRequest.PartitionProduceData()
            data.index = partition
            data.records = blob
            topicData.partitionData.append(data)
        }
        request.topicData = [topicData]
        return request
    }

    // MARK: Consume

    private func latestOffsets(_ topic: ClusterClient.Topic) async throws -> [Int64] {
        var request = ListOffsetsRequest()
        request.replicaId = -1
        var listTopic = ListOffsetsRequest.ListOffsetsTopic()
        listTopic.name = topic.name
        listTopic.partitions = (0..<Int32(topic.leaders.count)).map { index in
            var partition = ListOffsetsRequest.ListOffsetsPartition()
            partition.partitionIndex = index
            partition.timestamp = -1
            return partition
        }
        request.topics = [listTopic]
        let answer = try await cluster.connection(to: topic.leaders[0]).send(request, version: 7)
        return answer.topics.first?.partitions.sorted { $0.partitionIndex < $1.partitionIndex }.map(\.offset) ?? []
    }

    private func consumeLoop(_ topic: ClusterClient.Topic, from offsets: [Int64], start: ContinuousClock.Instant) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (partition, leader) in topic.leaders.enumerated() {
                let connection = try await cluster.connection(to: leader)
                var offset = offsets[partition]
                group.addTask {
                    while !Task.isCancelled {
                        let request = LoadGenerator.fetchRequest(topic: topic.name, partition: Int32(partition), offset: offset, maxWaitMs: 500)
                        let answer = try await connection.send(request, version: 12)
                        guard var records = answer.responses.first?.partitions.first?.records else { continue }
                        let now = (ContinuousClock.now - start).nanoseconds
                        var latencies: [Int64] = []
                        while records.readableBytes > 0 {
                            let batch = try RecordBatch(from: &records)
                            for record in batch.records where batch.baseOffset + Int64(record.offsetDelta) >= offset {
                                if let stamp = record.value?.getInteger(at: record.value!.readerIndex, as: Int64.self) {
                                    latencies.append((now - stamp) / 1000)
                                }
                            }
                            offset = batch.baseOffset + Int64(batch.lastOffsetDelta) + 1
                        }
                        self.endToEndLatency.record(latencies)
                        await self.counters.add(consumed: latencies.count)
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    /// A one-partition fetch (v12, by topic name) from `offset`.
    static func fetchRequest(topic: String, partition: Int32, offset: Int64, maxWaitMs: Int32) -> FetchRequest {
        var request = FetchRequest()
        request.replicaId = -1
        request.maxWaitMs = maxWaitMs
        request.minBytes = 1
        request.maxBytes = 32 << 20
        request.sessionEpoch = -1
        var fetchTopic = FetchRequest.FetchTopic()
        fetchTopic.topic = topic
        var fetchPartition = FetchRequest.FetchPartition()
        fetchPartition.partition = partition
        fetchPartition.fetchOffset = offset
        fetchPartition.partitionMaxBytes = 16 << 20
        fetchTopic.partitions = [fetchPartition]
        request.topics = [fetchTopic]
        return request
    }

    // MARK: Progress

    private func progressLoop(start: ContinuousClock.Instant, progress: @Sendable (String) -> Void) async {
        var last = 0
        var lastE2E = 0
        while !Task.isCancelled {
            try? await Task.sleep(for: .seconds(1))
            if Task.isCancelled { return }
            let produced = await counters.produced
            let consumed = await counters.consumed
            let p99 = produceLatency.percentiles([99])?.first
            let seconds = Int((ContinuousClock.now - start).seconds)
            let mebibytes: Double = Double((produced - last) * configuration.recordSize) / 1_048_576
            var line = "  \(seconds)s: \(produced - last) rec/s, " + String(format: "%.1f MiB/s", mebibytes)
            if let p99 { line += String(format: ", produce p99 %.0f ms", p99) }
            if configuration.consume, let e2e = endToEndLatency.percentiles([99])?.first {
                line += ", consumed \(consumed - lastE2E)" + String(format: ", e2e p99 %.0f ms", e2e)
            }
            progress(line)
            last = produced
            lastE2E = consumed
        }
    }
}

/// Counts shared by the producer and consumer tasks.
actor Counters {
    var produced = 0
    var consumed = 0
    var failed = 0

    func add(produced: Int = 0, consumed: Int = 0, failed: Int = 0) {
        self.produced += produced
        self.consumed += consumed
        self.failed += failed
    }
}

/// Bounds requests in flight on one connection.
actor InFlightLimiter {
    private let limit: Int
    private var running = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = limit }

    func acquire() async {
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        if waiters.isEmpty { running -= 1 } else { waiters.removeFirst().resume() }
    }
}

extension LoadGenerator {
    /// Reads the topic from its earliest offsets to its current end as fast as fetches allow.
    /// Returns (records, bytes, seconds).
    public func drainTopic() async throws -> (records: Int, bytes: Int, seconds: Double) {
        let topic = try await cluster.topic(configuration.topic, partitions: configuration.partitions)
        let ends = try await latestOffsets(topic)
        let start = ContinuousClock.now
        let totals = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
            for (partition, leader) in topic.leaders.enumerated() {
                let connection = try await cluster.connection(to: leader)
                let end = ends[partition]
                group.addTask {
                    var offset: Int64 = 0
                    var records = 0
                    var bytes = 0
                    while offset < end {
                        let request = LoadGenerator.fetchRequest(topic: topic.name, partition: Int32(partition), offset: offset, maxWaitMs: 100)
                        let answer = try await connection.send(request, version: 12)
                        guard let data = answer.responses.first?.partitions.first else { break }
                        if data.errorCode == KafkaErrorCode.offsetOutOfRange.rawValue {
                            offset = data.logStartOffset
                            continue
                        }
                        let blob = data.records ?? ByteBuffer()
                        bytes += blob.readableBytes
                        var walk = RecordBatchHeaders(blob)
                        while let (_, header) = walk.next() {
                            records += Int(header.recordCount)
                            offset = header.lastOffset + 1
                        }
                    }
                    return (records, bytes)
                }
            }
            return try await group.reduce((0, 0)) { ($0.0 + $1.0, $0.1 + $1.1) }
        }
        return (totals.0, totals.1, (ContinuousClock.now - start).seconds)
    }
}
