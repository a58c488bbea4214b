import ControlPlane
import KafkaLog
import NIOConcurrencyHelpers

/// The Fetch handler's control-plane lookups (`MetadataStore.read`), shared between fetches.
///
/// Consumers tailing a topic park at its end, and every commit wakes them together: each then
/// asks the control plane the same thing (the batches from the same offset of the same
/// partitions). One call answers them all: a lookup that another fetch has in flight is
/// awaited, and one answered since the last watermark change is reused. Consumers at the
/// same offsets share; those behind read from different offsets and do not.
///
/// Reusing an answer until the next watermark change is safe: whatever is committed after it
/// was asked bumps the watermark signal, which makes the next lookup ask again, and wakes
/// parked fetches to do so. An answer is reused for at most `maxAge` besides, so a change that
/// bumps nothing (retention moving the log start) shows within that.
final class SharedIndexReads: Sendable {
    struct Key: Hashable, Sendable {
        var read: PartitionRead
        var readCommitted: Bool
    }

    private typealias Call = Task<[TopicPartitionID: PartitionReadAnswer], any Error>

    private struct State {
        /// Calls running that began in `generation`, by the lookups they answer.
        var running: [Key: Call] = [:]
        /// Answers of calls that began in `generation`, and when each came.
        var answered: [Key: (answer: PartitionReadAnswer?, at: ContinuousClock.Instant)] = [:]
        var generation: UInt64 = 0
    }

    static let maxAge: Duration = .seconds(1)
    static let maxKept = 100_000
    private let state = NIOLockedValueBox(State())
    typealias Ask = @Sendable (_ reads: [PartitionRead], _ readCommitted: Bool) async throws -> [PartitionReadAnswer]
    private let ask: Ask
    private let watermarks: WatermarkSignal

    /// Lookups of `store`, reused until `watermarks` changes.
    convenience init(store: any MetadataStore, watermarks: WatermarkSignal) {
        self.init(watermarks: watermarks) { try await store.read($0, readCommitted: $1) }
    }

    init(watermarks: WatermarkSignal, ask: @escaping Ask) {
        self.ask = ask
        self.watermarks = watermarks
    }

    /// The answers to `reads`, by partition (a partition the store does not know is missing).
    func read(_ reads: [PartitionRead], readCommitted: Bool) async throws -> [TopicPartitionID: PartitionReadAnswer] {
        let now = ContinuousClock.now
        var answers: [TopicPartitionID: PartitionReadAnswer] = [:]
        var awaited: [(Key, Call)] = []
        let (generation, asked, call) = state.withLockedValue { state -> (UInt64, [Key], Call?) in
            // Read under this lock, so the generation seen here only grows.
            let generation = watermarks.generation
            if state.generation != generation {
                // A call that began before the change may miss what changed: not joined.
                state.generation = generation
                state.answered.removeAll()
                state.running.removeAll()
            }
            var asked: [Key] = []
            for read in reads {
                let key = Key(read: read, readCommitted: readCommitted)
                if let known = state.answered[key], now - known.at < Self.maxAge {
                    if let answer = known.answer { answers[read.partition] = answer }
                } else if let running = state.running[key] {
                    awaited.append((key, running))
                } else {
                    asked.append(key)
                }
            }
            guard !asked.isEmpty else { return (generation, asked, nil) }
            let call = Call { [ask] in
                var byPartition: [TopicPartitionID: PartitionReadAnswer] = [:]
                for answer in try await ask(asked.map(\.read), readCommitted) { byPartition[answer.partition] = answer }
                return byPartition
            }
            for key in asked { state.running[key] = call }
            return (generation, asked, call)
        }
        AgentMetrics.indexLookups(shared: reads.count - asked.count, asked: asked.count)
        if let call {
            let result = await call.result
            state.withLockedValue { state in
                for key in asked where state.running[key] == call { state.running[key] = nil }
                // Kept only while no watermark changed since the call began.
                if case .success(let byPartition) = result, state.generation == generation, watermarks.generation == generation {
                    let at = ContinuousClock.now
                    // An idle cluster keeps one generation for long: bound what it keeps.
                    if state.answered.count > Self.maxKept { state.answered.removeAll() }
                    for key in asked { state.answered[key] = (byPartition[key.read.partition], at) }
                }
            }
            for (partition, answer) in try result.get() { answers[partition] = answer }
        }
        for (key, running) in awaited {
            if let answer = try await running.value[key.read.partition] { answers[key.read.partition] = answer }
        }
        return answers
    }
}
