import ControlPlane
import FjordClient
import Foundation
import KafkaProtocol
import NIOConcurrencyHelpers
import NIOCore
import ObjectStore
import Testing

@testable import Agent

/// A Fetch answers within its gather timeout whatever the object store does: a partition whose
/// read hangs is answered KAFKA_STORAGE_ERROR, the others with their records. (Before, one
/// hung read held the whole answer until the client's request timed out: librdkafka then
/// dropped the connection, and the chaos campaigns' recovery after healing took up to 94 s.)
@Suite struct FetchGatherDeadlineTests {
    /// Local directory objects whose GETs of the chosen keys never answer, deaf to cancellation.
    final class StuckReads: ObjectStore {
        let base: LocalDirectoryObjectStore
        let stuck = NIOLockedValueBox<Set<String>>([])
        let (never, release) = AsyncStream<Void>.makeStream()
        init(root: String) throws { base = try LocalDirectoryObjectStore(root: root) }
        func putIfAbsent(_ key: String, data: ByteBuffer) async throws { try await base.putIfAbsent(key, data: data) }
        func get(_ key: String, range: Range<Int>?) async throws -> ByteBuffer {
            if stuck.withLockedValue({ $0.contains(key) }) {
                let never = never
                await Task { for await _ in never {} }.value
            }
            return try await base.get(key, range: range)
        }
        func list(prefix: String) async throws -> [ObjectInfo] { try await base.list(prefix: prefix) }
        func delete(_ key: String) async throws { try await base.delete(key) }
    }

    @Test func aHungReadFailsItsPartitionAndTheOthersAreAnswered() async throws {
        let objects = try StuckReads(root: FileManager.default.temporaryDirectory.appendingPathComponent("fjord-objects-\(UUID().uuidString)").path)
        defer {
            objects.release.finish()
            try? FileManager.default.removeItem(atPath: objects.base.root)
        }
        let configure = { (configuration: inout EmbeddedCluster.Configuration) in
            configuration.objectStore = objects
            configuration.agent.cacheBytes = 0  // every fetch reads the object store
            configuration.agent.fetchGatherTimeout = .seconds(1)
        }
        try await EmbeddedClusterTests.withCluster(configure: configure) { cluster, client in
            _ = try await cluster.controlPlane.createTopic(name: "t", partitions: 2)
            for partition: Int32 in [0, 1] {
                let before = Set(try await objects.list(prefix: "data/").map(\.key))
                let produced = try await client.send(
                    EmbeddedClusterTests.produceRequest(topic: "t", partition: partition, try EmbeddedClusterTests.batch(["p\(partition)"])), version: 9)
                #expect(produced.responses[0].partitionResponses[0].errorCode == 0)
                if partition == 1 {
                    let written = Set(try await objects.list(prefix: "data/").map(\.key)).subtracting(before)
                    try #require(written.count == 1)
                    objects.stuck.withLockedValue { $0 = written }
                }
            }

            var request = EmbeddedClusterTests.fetchRequest(topic: "t", offset: 0)
            var second = request.topics[0].partitions[0]
            second.partition = 1
            request.topics[0].partitions.append(second)
            let started = ContinuousClock.now
            let response = try await client.send(request, version: 12)
            let took = started.duration(to: .now)
            #expect(took < .seconds(4), "the fetch took \(took)")
            let partitions = response.responses[0].partitions
            #expect(partitions.map(\.partitionIndex) == [0, 1])
            #expect(partitions[0].errorCode == 0)
            #expect(try EmbeddedClusterTests.values(in: response).map(\.1) == ["p0"])
            #expect(partitions[1].errorCode == KafkaErrorCode.kafkaStorageError.rawValue)
            #expect(partitions[1].records?.readableBytes ?? 0 == 0)
        }
    }
}
