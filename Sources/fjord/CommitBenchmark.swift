import ControlPlane
import FjordClient
import Foundation
import KafkaLog
import KafkaProtocol

/// `fjord bench commit`: segment commits straight against a PostgreSQL control-plane store,
/// open-loop at a fixed rate (latency counted from each commit's scheduled start, so a stall
/// is not hidden) or closed-loop with N workers as fast as they go.
enum CommitBenchmark {
    /// - Parameter agentSession: commit under a registry session, as agents do, so the
    ///   session check (`fjord_commit_fenced`) is measured too.
    static func run(postgres: String, batchesPerCommit: Int, rate: Int, workers: Int, duration: Duration, agentSession: Bool) async throws {
        let expiry = Duration.seconds(3600)  // no lapse during a run
        let store = try await PostgresMetadataStore(url: PostgresConnectionURL(postgres), agentExpiry: expiry)
        defer { store.shutdown() }
        // Registered once: replicas list it for their own expiry only, while this store's
        // check allows `expiry`.
        let agent = AgentRecord(
            nodeId: -1, agentId: "commit-bench-\(UUID().uuidString.lowercased())", group: "commit-bench", roles: ["produce"], zone: "",
            host: "commit-bench.invalid", port: 9)
        let session: AgentSession? =
            agentSession ? AgentSession(agentId: agent.agentId, session: try await store.registerAgent(agent, expiry: expiry).session) : nil
        let topic = try await store.createTopic(
            name: "commit-bench-\(UInt32.random(in: 0...UInt32.max))", partitions: Int32(max(batchesPerCommit, 1)), configs: [:])
        let latencies = LatencyRecorder()
        let started = ContinuousClock.now
        let commit: @Sendable (Int) async throws -> Void = { index in
            var placements: [BatchPlacement] = []
            for partition in 0..<batchesPerCommit {
                let header = RecordBatchHeader(
                    baseOffset: 0, batchLength: 1000, partitionLeaderEpoch: -1, magic: 2, crc: 0, attributes: RecordBatchAttributes(rawValue: 0),
                    lastOffsetDelta: 9, baseTimestamp: 0, maxTimestamp: 0, producerId: -1, producerEpoch: -1, baseSequence: -1, recordCount: 10)
                placements.append(
                    BatchPlacement(
                        sequence: partition, partition: topic.partition(Int32(partition)), byteOffset: 16 + partition * 1000, byteLength: 1000, header: header))
            }
            _ = try await store.commit(
                SegmentCommit(
                    objectKey: "bench/\(started)/\(index)-\(UUID().uuidString)", objectSize: 16 + batchesPerCommit * 1000,
                    batches: placements, createdAtMs: 0, agent: session))
        }
        if rate > 0 {
            let interval = Duration.seconds(1) / rate
            let total = Int(duration / interval)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<total {
                    let scheduled = started + interval * index
                    try await Task.sleep(until: scheduled, clock: .continuous)
                    group.addTask {
                        try await commit(index)
                        latencies.record(microseconds: scheduled.duration(to: .now).microseconds)
                    }
                }
                try await group.waitForAll()
            }
        } else {
            let deadline = started + duration
            try await withThrowingTaskGroup(of: Void.self) { group in
                for worker in 0..<workers {
                    group.addTask {
                        var index = worker * 10_000_000
                        while ContinuousClock.now < deadline {
                            let begin = ContinuousClock.now
                            try await commit(index)
                            latencies.record(microseconds: begin.duration(to: .now).microseconds)
                            index += 1
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
        let seconds = started.duration(to: .now).seconds
        if session != nil { try? await store.removeAgent(id: agent.agentId, group: agent.group) }
        let p = latencies.percentiles([50, 99, 99.9]) ?? [0, 0, 0]  // milliseconds
        Terminal.say(
            String(
                format: "commit: %d batches/commit, %@: %d commits in %.1f s = %.0f commits/s; latency p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms",
                batchesPerCommit, rate > 0 ? "open loop at \(rate)/s" : "\(workers) workers", latencies.count, seconds, Double(latencies.count) / seconds,
                p[0], p[1], p[2]))
    }
}
