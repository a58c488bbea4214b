import ControlPlane
import FjordClient
import Foundation
import KafkaProtocol
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import Testing

@testable import Agent

/// The agent end to end, in process, with Fjord's own protocol code as the client:
/// produce, fetch (with long-poll), restart persistence, and the error paths.
@Suite struct EmbeddedClusterTests {
    /// `configure`: changes to the test's configuration (made after its defaults).
    static func withCluster(
        directory: String? = nil, agents: Int = 1, configure: (inout EmbeddedCluster.Configuration) -> Void = { _ in },
        _ body: (EmbeddedCluster, KafkaClientConnection) async throws -> Void
    ) async throws {
        let dataDirectory = directory ?? FileManager.default.temporaryDirectory.appendingPathComponent("fjord-agent-\(UUID().uuidString)").path
        defer { if directory == nil { try? FileManager.default.removeItem(atPath: dataDirectory) } }
        var configuration = EmbeddedCluster.Configuration(dataDirectory: dataDirectory)
        configuration.agent.port = 0
        configuration.agents = agents
        configuration.agent.produce.lingerMs = 20
        configuration.agent.controlPlane.defaultPartitions = 2
        configure(&configuration)
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let cluster = try await EmbeddedCluster.start(configuration, logger: logger)
        let services = ServiceGroup(services: cluster.services, logger: logger)
        let serving = Task { try await services.run() }
        let client = try await KafkaClientConnection.connect(port: Int(cluster.cluster.nodes[0].port))
        do {
            try await body(cluster, client)
        } catch {
            await client.close()
            await services.triggerGracefulShutdown()
            try? await serving.value
            throw error
        }
        await client.close()
        await services.triggerGracefulShutdown()
        try await serving.value
    }

    static func batch(_ values: [String], producerId: Int64 = -1, sequence: Int32 = -1) throws -> ByteBuffer {
        var buffer = ByteBuffer()
        try RecordBatch(
            records: values.map { Record(key: ByteBuffer(string: "k"), value: ByteBuffer(string: $0)) }, baseTimestamp: 1_700_000_000_000,
            compression: .zstd, producerId: producerId, producerEpoch: producerId >= 0 ? 0 : -1, baseSequence: sequence
        ).encode(into: &buffer)
        return buffer
    }

    static func produceRequest(topic: String, partition: Int32 = 0, _ records: ByteBuffer, acks: Int16 = -1) -> ProduceRequest {
        var request = ProduceRequest()
        request.acks = acks
        request.timeoutMs = 5000
        var data = ProduceRequest.TopicProduceData()
        data.name = topic
        var partitionData = ProduceRequest.PartitionProduceData()
        partitionData.index = partition
        partitionData.records = records
        data.partitionData = [partitionData]
        request.topicData = [data]
        return request
    }

    static func fetchRequest(topic: String, offset: Int64, maxWaitMs: Int32 = 0) -> FetchRequest {
        var request = FetchRequest()
        request.maxWaitMs = maxWaitMs
        request.minBytes = 1
        request.maxBytes = 1 << 20
        var fetchTopic = FetchRequest.FetchTopic()
        fetchTopic.topic = topic
        var partition = FetchRequest.FetchPartition()
        partition.partition = 0
        partition.fetchOffset = offset
        partition.partitionMaxBytes = 1 << 20
        fetchTopic.partitions = [partition]
        request.topics = [fetchTopic]
        return request
    }

    static func values(in response: FetchResponse) throws -> [(Int64, String)] {
        var result: [(Int64, String)] = []
        guard var records = response.responses.first?.partitions.first?.records else { return [] }
        while records.readableBytes > 0 {
            let batch = try RecordBatch(from: &records)
            for record in batch.records { result.append((batch.baseOffset + Int64(record.offsetDelta), String(buffer: record.value!))) }
        }
        return result
    }

    @Test func produceThenFetchThroughTheObjectStore() async throws {
        try await Self.withCluster { cluster, client in
            var metadata = MetadataRequest()
            var wanted = MetadataRequest.MetadataRequestTopic()
            wanted.name = "events"
            metadata.topics = [wanted]
            metadata.allowAutoTopicCreation = true
            let described = try await client.send(metadata, version: 12)
            #expect(described.topics.first?.partitions.count == 2)

            let first = try await client.send(Self.produceRequest(topic: "events", try Self.batch(["a", "b", "c"])), version: 9)
            #expect(first.responses[0].partitionResponses[0].errorCode == 0)
            #expect(first.responses[0].partitionResponses[0].baseOffset == 0)
            let second = try await client.send(Self.produceRequest(topic: "events", try Self.batch(["d"])), version: 9)
            #expect(second.responses[0].partitionResponses[0].baseOffset == 3)

            // Objects exist before acknowledgement, and only segment objects.
            let objects = try await cluster.store.list(prefix: "data/")
            #expect(objects.count == 2 && objects.allSatisfy { $0.key.hasSuffix(".seg") })

            let fetched = try await client.send(Self.fetchRequest(topic: "events", offset: 1), version: 12)
            #expect(fetched.responses[0].partitions[0].highWatermark == 4)
            #expect(try Self.values(in: fetched).map(\.0) == [0, 1, 2, 3])  // whole batches, offsets stamped
            #expect(try Self.values(in: fetched).map(\.1) == ["a", "b", "c", "d"])
        }
    }

    @Test func longPollWakesOnCommitNotOnTimeout() async throws {
        try await Self.withCluster { cluster, client in
            _ = try await cluster.controlPlane.createTopic(name: "wait", partitions: 1)
            let producer = try await KafkaClientConnection.connect(port: Int(cluster.cluster.nodes[0].port))
            let started = ContinuousClock.now
            async let fetched = client.send(Self.fetchRequest(topic: "wait", offset: 0, maxWaitMs: 10_000), version: 12)
            try await Task.sleep(for: .milliseconds(200))
            _ = try await producer.send(Self.produceRequest(topic: "wait", try Self.batch(["late"])), version: 9)
            let response = try await fetched
            let waited = ContinuousClock.now - started
            #expect(try Self.values(in: response).map(\.1) == ["late"])
            #expect(waited < .seconds(5), "the fetch returned after \(waited), not woken by the commit")
            await producer.close()
        }
    }

    @Test func errorsMapToKafkaCodes() async throws {
        try await Self.withCluster { cluster, client in
            _ = try await cluster.controlPlane.createTopic(name: "errs", partitions: 1)
            var corrupt = try Self.batch(["x"])
            corrupt.setInteger(UInt8(0xFF), at: 70)
            let bad = try await client.send(Self.produceRequest(topic: "errs", corrupt), version: 9)
            #expect(bad.responses[0].partitionResponses[0].errorCode == KafkaErrorCode.corruptMessage.rawValue)
            let missing = try await client.send(Self.produceRequest(topic: "nope", try Self.batch(["x"])), version: 9)
            #expect(missing.responses[0].partitionResponses[0].errorCode == KafkaErrorCode.unknownTopicOrPartition.rawValue)
            let outOfRange = try await client.send(Self.fetchRequest(topic: "errs", offset: 99), version: 12)
            #expect(outOfRange.responses[0].partitions[0].errorCode == KafkaErrorCode.offsetOutOfRange.rawValue)
        }
    }

    @Test func idempotentRetriesAreNotDuplicated() async throws {
        try await Self.withCluster { cluster, client in
            _ = try await cluster.controlPlane.createTopic(name: "idem", partitions: 1)
            var initPid = InitProducerIdRequest()
            initPid.transactionalId = nil  // the schema's default is "", as in Kafka
            let pid = try await client.send(initPid, version: 4)
            #expect(pid.errorCode == 0 && pid.producerId >= 0)
            let batch = try Self.batch(["once"], producerId: pid.producerId, sequence: 0)
            let first = try await client.send(Self.produceRequest(topic: "idem", batch), version: 9)
            let retry = try await client.send(Self.produceRequest(topic: "idem", batch), version: 9)
            #expect(first.responses[0].partitionResponses[0].baseOffset == 0)
            #expect(retry.responses[0].partitionResponses[0].baseOffset == 0 && retry.responses[0].partitionResponses[0].errorCode == 0)
            let fetched = try await client.send(Self.fetchRequest(topic: "idem", offset: 0), version: 12)
            #expect(try Self.values(in: fetched).map(\.1) == ["once"])
        }
    }

    @Test func restartKeepsTopicsRecordsAndOffsets() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fjord-restart-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await Self.withCluster(directory: directory) { cluster, client in
            _ = try await cluster.controlPlane.createTopic(name: "kept", partitions: 1)
            _ = try await client.send(Self.produceRequest(topic: "kept", try Self.batch(["survives"])), version: 9)
            try await cluster.controlPlane.store.commitOffsets(group: "g", [TopicPartitionName(topic: "kept", partition: 0): CommittedOffset(offset: 1)])
        }
        try await Self.withCluster(directory: directory) { cluster, client in
            let fetched = try await client.send(Self.fetchRequest(topic: "kept", offset: 0), version: 12)
            #expect(try Self.values(in: fetched).map(\.1) == ["survives"])
            #expect(try await cluster.controlPlane.store.committedOffsets(group: "g").values.first?.offset == 1)
        }
    }

    @Test func apiVersionsAnswersAFutureVersionAndListsEveryHandler() async throws {
        try await Self.withCluster { _, client in
            let current = try await client.send(ApiVersionsRequest(), version: 3)
            let keys = Set(current.apiKeys.map(\.apiKey))
            for key: Int16 in [0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20, 22, 23, 32, 37, 42, 60] {
                #expect(keys.contains(key), "API \(key) missing from ApiVersions")
            }
            #expect(current.apiKeys.first { $0.apiKey == 0 }?.minVersion == 0)  // Produce from v0, for librdkafka
            #expect(current.apiKeys.first { $0.apiKey == 1 }?.minVersion == 4)  // Fetch: the 4.x floor
        }
    }

    /// Shutting down while clients are still connecting: every connection the listener
    /// accepted is closed by the agent, and none is dropped unserved (which traps in NIO:
    /// swift-nio #2813, seen as a crash at shutdown).
    @Test func shutdownWhileClientsConnectClosesEveryAcceptedConnection() async throws {
        for _ in 0..<6 {
            var clients: [Task<Bool, Never>] = []
            try await Self.withCluster { cluster, _ in
                let port = Int(cluster.cluster.nodes[0].port)
                clients = (0..<64).map { _ in Task { await Self.connectThenAwaitClose(port: port) } }
                try await Task.sleep(for: .milliseconds(Int.random(in: 0...5)))
            }
            var leftOpen = 0
            for client in clients where await !client.value { leftOpen += 1 }
            #expect(leftOpen == 0, "\(leftOpen) accepted connections were not closed by the agent's shutdown")
        }
    }

    /// Connects and waits for the agent to close the connection: true if it did within 15 s
    /// (or refused it), false if it stayed open.
    static func connectThenAwaitClose(port: Int) async -> Bool {
        guard let channel = try? await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton).connect(host: "127.0.0.1", port: port).get()
        else { return true }
        let closedByAgent = await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                _ = try? await channel.closeFuture.get()
                return true
            }
            group.addTask {
                try? await Task.sleep(for: .seconds(15))
                return false
            }
            let first = await group.next() ?? false
            channel.close(promise: nil)  // ends the other waiter
            group.cancelAll()
            return first
        }
        return closedByAgent
    }
}
