import ControlPlane
import Foundation
import KafkaLog
import KafkaProtocol
import Logging
import NIOCore
import NIOPosix
import ObjectStore

/// Collects produced batches from every connection into one pending segment, writes it to the
/// object store, commits it to the control plane, and answers each producer with its offsets.
/// Nothing is acknowledged before both the PUT and the commit succeed.
///
/// `ProduceBufferStateMachine` decides: several segments may be PUT at once (pipelined, and
/// a slow PUT hedged under a second name), while commits go one at a time in segment order.
public actor SegmentWriter {
    /// A producer's place in a pending segment.
    public struct Ticket: Sendable {
        let sequences: Range<Int>
        let promise: EventLoopPromise<[BatchCommitResult]>

        /// The commit result of each batch, in the order they were enqueued.
        public func results() async throws -> [BatchCommitResult] { try await promise.futureResult.get() }
    }

    /// A segment from its flush to its commit.
    private struct Flushing {
        /// The batches, until the first PUT attempt builds `object` from them (then dropped,
        /// so an in-flight segment's bytes are held once).
        var segment: SegmentBuilder?
        var batchCount: Int
        var tickets: [Ticket]
        var createdAtMs: Int64
        /// The registration its batches were taken in under.
        var session: AgentSession?
        var object: ByteBuffer?
        var placements: [BatchPlacement] = []
        /// The key of the attempt that succeeded first.
        var storedKey: String?
        var attempts = 0
        var failedAttempts = 0
    }

    private typealias SegmentID = ProduceBufferStateMachine.SegmentID

    private var machine: ProduceBufferStateMachine
    private var builder = SegmentBuilder()
    private var tickets: [Ticket] = []
    /// The registry session in force (`registered(as:)`), and the one the pending segment's
    /// first batch came in under, which the whole segment commits with: a batch taken in
    /// before the agent lapsed out of the metadata must not land after clients dropped it,
    /// even when the agent has rejoined by the time the segment commits.
    private var session: AgentSession?
    private var builderSession: AgentSession?
    private var flushing: [SegmentID: Flushing] = [:]
    /// Timers, PUTs and commits for `run`, in the order the machine asked for them.
    private let pendingWork: AsyncStream<Work>
    private let work: AsyncStream<Work>.Continuation
    private var drainWaiters: [CheckedContinuation<Void, Never>] = []
    private let store: any ObjectStore
    private let controlPlane: ControlPlane
    /// Filled with every committed batch, so consumers on this agent read fresh data from
    /// memory instead of GETting what was just PUT.
    private let cache: BatchCache?
    private let keyPrefix: String
    private let logger: Logger
    private let eventLoop: any EventLoop
    private let nowMs: @Sendable () -> Int64
    /// Wall-clock milliseconds, for the object's creation time and its hour in the key.
    private let wallClockMs: @Sendable () -> Int64
    /// A fresh, unique name for each segment object.
    private let newObjectName: @Sendable () -> String

    /// Segments written; for metrics and the PUT-rate benchmark.
    public private(set) var segmentsWritten = 0
    /// Second PUTs started for slow ones; for metrics and tests.
    public private(set) var hedgedPuts = 0
    /// Most segments in flight at once so far; for tests.
    public private(set) var mostInFlight = 0
    /// How long a commit is retried before its producers are answered with an error.
    private let commitRetryLimit: Duration
    /// Segments whose commit was tried but never answered: each may or may not be in the log.
    /// No later segment is committed until they are resolved (committing the same object
    /// again is idempotent), so no producer is acknowledged for a batch while an earlier one
    /// of its batches may be in the log with an error answer. librdkafka counts such an
    /// earlier batch delivered without an offset.
    private var unresolved: [SegmentCommit] = []

    public init(
        store: any ObjectStore, controlPlane: ControlPlane, keyPrefix: String, configuration: ProduceBufferStateMachine.Configuration,
        cache: BatchCache? = nil, logger: Logger, commitRetryLimit: Duration = .seconds(20),
        nowMs: @escaping @Sendable () -> Int64 = GroupCoordinator.monotonicMs,
        wallClockMs: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) },
        newObjectName: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() }
    ) {
        self.store = store
        (self.pendingWork, self.work) = AsyncStream.makeStream(of: Work.self)
        self.commitRetryLimit = commitRetryLimit
        self.cache = cache
        self.controlPlane = controlPlane
        self.keyPrefix = keyPrefix
        self.machine = ProduceBufferStateMachine(configuration: configuration)
        self.logger = logger
        self.eventLoop = MultiThreadedEventLoopGroup.singleton.any()
        self.nowMs = nowMs
        self.wallClockMs = wallClockMs
        self.newObjectName = newObjectName
    }

    /// The agent's registry session, from each heartbeat's answer.
    public func registered(as session: AgentSession) {
        if let previous = self.session, previous != session {
            logger.notice(
                "rejoined the registry (session \(session.session)) after its heartbeats lapsed; segments taken in under session \(previous.session) are refused, their producers told to retry"
            )
        }
        self.session = session
    }

    /// Adds a request's batches to the pending segment, in order. Await the ticket for offsets.
    public func enqueue(_ batches: [(TopicPartitionID, ByteBuffer)]) -> Ticket {
        if builder.batchCount == 0 { builderSession = session }
        let first = builder.batchCount
        var bytes = 0
        var partitions = Set<TopicPartitionID>()
        for (partition, batch) in batches {
            builder.append(batch, to: partition)
            bytes += batch.readableBytes
            partitions.insert(partition)
        }
        let ticket = Ticket(sequences: first..<builder.batchCount, promise: eventLoop.makePromise())
        tickets.append(ticket)
        apply(machine.appended(bytes: bytes, partitions: partitions, nowMs: nowMs()))
        return ticket
    }

    /// Flushes whatever is pending and waits until every segment is committed or failed
    /// (graceful shutdown).
    public func drain() async {
        apply(machine.drain(nowMs: nowMs()))
        guard !machine.isIdle else { return }
        await withCheckedContinuation { drainWaiters.append($0) }
    }

    /// What `run` does next.
    private enum Work: Sendable {
        case timer(atMs: Int64)
        case put(SegmentID)
        case commit(SegmentID)
    }

    /// Carries out the machine's decisions: timers, PUTs and commits are handed to `run`;
    /// failures are answered here.
    private func apply(_ actions: [ProduceBufferStateMachine.Action]) {
        for action in actions {
            switch action {
            case .scheduleTimer(let atMs):
                work.yield(.timer(atMs: atMs))
            case .put(let id):
                flushing[id] = Flushing(
                    segment: builder, batchCount: builder.batchCount, tickets: tickets, createdAtMs: wallClockMs(), session: builderSession)
                builder = SegmentBuilder()
                tickets = []
                mostInFlight = max(mostInFlight, machine.segmentsInFlight)
                work.yield(.put(id))
            case .hedge(let id):
                hedgedPuts += 1
                AgentMetrics.hedgedPuts.increment()
                logger.info("segment PUT slower than \(machine.hedgeThresholdMs ?? 0) ms: writing it again under a second name")
                work.yield(.put(id))
            case .commit(let id):
                work.yield(.commit(id))
            case .fail(let id):
                guard let failed = flushing.removeValue(forKey: id) else { continue }
                let error = ControlPlaneError(
                    .kafkaStorageError, "an earlier segment with a partition in common failed; these batches were not written, so that none land out of order")
                logger.notice("segment failed because an earlier one failed, \(failed.batchCount) batches not acknowledged")
                logBatches(of: failed, "failed: an earlier segment failed")
                for ticket in failed.tickets { ticket.promise.fail(error) }
            }
        }
        if machine.isIdle {
            for waiter in drainWaiters { waiter.resume() }
            drainWaiters = []
        }
    }

    /// Writes and commits the segments, and fires the batch timers, until cancelled: the
    /// segment flusher's task (`SegmentFlusherService`), so no flush outlives it. Nothing is
    /// flushed while it does not run.
    public func run() async {
        await withDiscardingTaskGroup { tasks in
            for await next in pendingWork {
                switch next {
                case .timer(let atMs):
                    // A child of this task; a stale one only wakes the machine, which re-checks the time.
                    let delay = max(atMs - nowMs(), 0)
                    tasks.addTask {
                        try? await Task.sleep(for: .milliseconds(delay))
                        guard !Task.isCancelled else { return }
                        await self.timerFired()
                    }
                case .put(let id):
                    tasks.addTask { await self.put(id) }
                case .commit(let id):
                    tasks.addTask { await self.commit(id) }
                }
            }
            tasks.cancelAll()
        }
    }

    private func timerFired() {
        apply(machine.timerFired(nowMs: nowMs()))
    }

    /// One PUT attempt of segment `id` (a hedge is a second one, under another name).
    private func put(_ id: SegmentID) async {
        guard var entry = flushing[id] else { return }  // failed meanwhile
        if let segment = entry.segment {
            (entry.object, entry.placements) = segment.build(createdAtMs: entry.createdAtMs)
            entry.segment = nil
        }
        entry.attempts += 1
        flushing[id] = entry
        guard let object = entry.object else { return }
        let key = "\(keyPrefix)data/\(controlPlane.clusterId)/\(entry.createdAtMs / 3_600_000)/\(newObjectName()).seg"
        let started = ContinuousClock.now
        do {
            try await store.putIfAbsent(key, data: object)
        } catch {
            guard var entry = flushing[id], entry.storedKey == nil else { return }
            entry.failedAttempts += 1
            flushing[id] = entry
            guard entry.failedAttempts == entry.attempts else { return }  // another attempt is still running
            logger.error("segment flush failed, \(entry.batchCount) batches not acknowledged: \(error)")
            logBatches(of: entry, "failed: \(error)")
            AgentMetrics.flushFailures.increment()
            flushing[id] = nil
            for ticket in entry.tickets { ticket.promise.fail(error) }
            apply(machine.putFailed(id, nowMs: nowMs()))
            return
        }
        guard var entry = flushing[id], entry.storedKey == nil else {
            // Another attempt won, or the segment failed meanwhile: this object is an orphan,
            // which the jobs role deletes after its grace period.
            logger.debug("segment object \(key) is not needed (another PUT of it finished first)")
            return
        }
        AgentMetrics.segmentPut.recordInterval(since: started, to: .now)
        entry.storedKey = key
        flushing[id] = entry
        if let cache {
            // Before the commit: once offsets are visible, fetches find the bytes here.
            cache.putObject(key, object)
        }
        apply(machine.putSucceeded(id, nowMs: nowMs()))
    }

    /// Commits segment `id` (the machine asks for one at a time, in order) and answers its producers.
    private func commit(_ id: SegmentID) async {
        guard let entry = flushing[id], let key = entry.storedKey, let object = entry.object else { return }
        let started = ContinuousClock.now
        let succeeded: Bool
        do {
            let results = try await commitRetrying(
                SegmentCommit(
                    objectKey: key, objectSize: object.readableBytes, batches: entry.placements, createdAtMs: entry.createdAtMs, agent: entry.session))
            var bySequence = [BatchCommitResult?](repeating: nil, count: entry.batchCount)
            for (placement, result) in zip(entry.placements, results) {
                bySequence[placement.sequence] = result
                if case .rejected(let code, let message) = result, placement.header.producerId >= 0 {
                    logger.debug("\(Self.describe(placement)) in \(key) refused: \(code) \(message)")
                }
            }
            for ticket in entry.tickets {
                // Every enqueued batch has a placement and a result (the store answers one per batch).
                let answers = ticket.sequences.compactMap { bySequence[$0] }
                if answers.count == ticket.sequences.count {
                    ticket.promise.succeed(answers)
                } else {
                    ticket.promise.fail(ControlPlaneError(.kafkaStorageError, "the commit answered \(results.count) of \(entry.placements.count) batches"))
                }
            }
            segmentsWritten += 1
            AgentMetrics.segmentCommit.recordInterval(since: started, to: .now)
            AgentMetrics.segmentsWritten.increment()
            AgentMetrics.bytesWritten.increment(by: object.readableBytes)
            AgentMetrics.batchesWritten.increment(by: entry.placements.count)
            succeeded = true
        } catch {
            logger.error("segment commit failed, \(entry.batchCount) batches not acknowledged: \(error)")
            logBatches(of: entry, "failed: \(error)")
            AgentMetrics.flushFailures.increment()
            for ticket in entry.tickets { ticket.promise.fail(error) }
            succeeded = false
        }
        flushing[id] = nil
        apply(machine.commitFinished(id, succeeded: succeeded, nowMs: nowMs()))
    }

    /// At debug level, each idempotent batch of a segment answered with an error: the
    /// producer, epoch and sequences a client's log can be matched against.
    private func logBatches(of entry: Flushing, _ outcome: @autoclosure () -> String) {
        guard logger.logLevel <= .debug else { return }
        for placement in entry.placements where placement.header.producerId >= 0 {
            logger.debug("\(Self.describe(placement)) \(outcome())")
        }
    }

    private static func describe(_ placement: BatchPlacement) -> String {
        let header = placement.header
        return
            "batch for \(placement.partition) of producer \(header.producerId) epoch \(header.producerEpoch) sequence \(header.baseSequence)+\(header.recordCount)"
    }

    /// Commits `segment` once earlier unresolved segments are resolved, retrying with the same
    /// object key (stores answer a repeated commit with its first results) for up to
    /// `commitRetryLimit`. A segment whose commit was tried and never answered stays unresolved.
    private func commitRetrying(_ segment: SegmentCommit) async throws -> [BatchCommitResult] {
        let deadline = ContinuousClock.now + commitRetryLimit
        var delay = Duration.milliseconds(20)
        var attempted = false
        while true {
            do {
                while let earlier = unresolved.first {
                    _ = try await controlPlane.commit(earlier)
                    unresolved.removeFirst()
                    logger.notice("an earlier unanswered segment commit is resolved: \(earlier.objectKey)")
                }
                attempted = true
                return try await controlPlane.commit(segment)
            } catch {
                guard !(error is CancellationError), ContinuousClock.now + delay < deadline else {
                    guard attempted else { throw error }  // never sent: certainly not in the log
                    unresolved.append(segment)
                    // REQUEST_TIMED_OUT tells the client the batch may be in the log (a storage
                    // error would say it is not); its retry is a duplicate once this resolves.
                    throw ControlPlaneError(
                        .requestTimedOut,
                        "the commit got no answer in \(commitRetryLimit); the batches may be in the log: \(ControlPlaneError.message(for: error))")
                }
                logger.warning("segment commit failed, retrying in \(delay): \(error)")
                try? await Task.sleep(for: delay)
                delay = min(delay * 2, .seconds(1))
            }
        }
    }
}
