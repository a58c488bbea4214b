import Testing

@testable import ControlPlane

/// Two agents' control planes over one store: what one creates, the other finds at once.
@Suite struct TopicCacheTests {
    @Test func aMissReloadsTheCache() async throws {
        let store = try SQLiteMetadataStore(path: ":memory:")
        let first = try await ControlPlane(store: store)
        let second = try await ControlPlane(store: store)
        let created = try await first.createTopic(name: "fresh", partitions: 2)
        #expect(second.cachedTopic(named: "fresh") == nil)
        #expect(await second.topic(named: "fresh") == created)
        #expect(await second.topic(id: created.id) == created)
        // Concurrent misses share one reload and all see the topic. (Reloads start at most every
        // 200 ms; a client asking sooner gets UNKNOWN_TOPIC_OR_PARTITION, which it retries.)
        _ = try await first.createTopic(name: "burst", partitions: 1)
        try await Task.sleep(for: .milliseconds(250))
        let found = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<20 { group.addTask { await second.topic(named: "burst") != nil } }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(found == 20)
        #expect(await second.topic(named: "never-created") == nil)
    }
}
