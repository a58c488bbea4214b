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
public actor SegmentWriter {
    /// A producer's place in a pending segment.
    public struct Ticket: Sendable {
        let sequences: Range<Int>
        let promise: EventLoopPromise<[BatchCommitResult]>

        /// The commit result of each batch, in the order they were enqueued.
        public func results() async throws -> [BatchCommitResult] { try await promise.futureResult.get() }
    }

    private var machine: ProduceBufferStateMachine
    private var builder = SegmentBuilder()
    private var tickets: [Ticket] = []
    /// Timers and flushes for `run`, in the order the machine asked for them.
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

    /// Adds a request's batches to the pending segment, in order. Await the ticket for offsets.
    public func enqueue(_ batches: [(TopicPartitionID, ByteBuffer)]) -> Ticket {
        let first = builder.batchCount
        var bytes = 0
        for (partition, batch) in batches {
            builder.append(batch, to: partition)
            bytes += batch.readableBytes
        }
        let ticket = Ticket(sequences: first..<builder.batchCount, promise: eventLoop.makePromise())
        tickets.append(ticket)
        apply(machine.appended(bytes: bytes, nowMs: nowMs()))
        return ticket
    }

    /// Flushes whatever is pending and waits until no flush is running (graceful shutdown).
    public func drain() async {
        apply(machine.drain())
        guard machine.isFlushing || !builder.isEmpty else { return }
        await withCheckedContinuation { drainWaiters.append($0) }
    }

    /// What `run` does next: fire the batch timer at a time, or write a segment.
    private enum Work: Sendable {
        case timer(atMs: Int64)
        case flush(SegmentBuilder, [Ticket])
    }

    /// Carries out the machine's decision: a timer or a flush is handed to `run`.
    private func apply(_ action: ProduceBufferStateMachine.Action) {
        switch action {
        case .none:
            break
        case .scheduleTimer(let atMs):
            work.yield(.timer(atMs: atMs))
        case .flush:
            let segment = builder
            let waiting = tickets
            builder = SegmentBuilder()
            tickets = []
            work.yield(.flush(segment, waiting))
        }
    }

    /// Writes the segments, one at a time, and fires the batch timers, until cancelled: the
    /// segment flusher's task (`SegmentFlusherService`), so no flush outlives it. Nothing is
    /// flushed while it does not run.
    public func run() async {
        await withDiscardingTaskGroup { timers in
            for await next in pendingWork {
                switch next {
                case .timer(let atMs):
                    // A child of this task; a stale one only wakes the machine, which re-checks the time.
                    let delay = max(atMs - nowMs(), 0)
                    timers.addTask {
                        try? await Task.sleep(for: .milliseconds(delay))
                        guard !Task.isCancelled else { return }
                        await self.timerFired()
                    }
                case .flush(let segment, let waiting):
                    await flush(segment, tickets: waiting)
                }
            }
            timers.cancelAll()
        }
    }

    private func timerFired() {
        apply(machine.timerFired(nowMs: nowMs()))
    }

    private func flush(_ segment: SegmentBuilder, tickets: [Ticket]) async {
        let createdAt = wallClockMs()
        let (object, placements) = segment.build(createdAtMs: createdAt)
        let key = "\(keyPrefix)data/\(controlPlane.clusterId)/\(createdAt / 3_600_000)/\(newObjectName()).seg"
        let started = ContinuousClock.now
        do {
            try await store.putIfAbsent(key, data: object)
            let put = ContinuousClock.now
            AgentMetrics.segmentPut.recordInterval(since: started, to: put)
            if let cache {
                // Before the commit: once offsets are visible, fetches find the bytes here.
                for placement in placements {
                    guard let bytes = object.getSlice(at: object.readerIndex + placement.byteOffset, length: placement.byteLength) else { continue }
                    cache.put(.init(objectKey: key, byteOffset: placement.byteOffset), bytes)
                }
            }
            let results = try await commitRetrying(SegmentCommit(objectKey: key, objectSize: object.readableBytes, batches: placements, createdAtMs: createdAt))
            var bySequence = [BatchCommitResult?](repeating: nil, count: segment.batchCount)
            for (placement, result) in zip(placements, results) { bySequence[placement.sequence] = result }
            for ticket in tickets {
                // Every enqueued batch has a placement and a result (the store answers one per batch).
                let answers = ticket.sequences.compactMap { bySequence[$0] }
                if answers.count == ticket.sequences.count {
                    ticket.promise.succeed(answers)
                } else {
                    ticket.promise.fail(ControlPlaneError(.kafkaStorageError, "the commit answered \(results.count) of \(placements.count) batches"))
                }
            }
            segmentsWritten += 1
            AgentMetrics.segmentCommit.recordInterval(since: put, to: .now)
            AgentMetrics.segmentsWritten.increment()
            AgentMetrics.bytesWritten.increment(by: object.readableBytes)
            AgentMetrics.batchesWritten.increment(by: placements.count)
        } catch {
            logger.error("segment flush failed, \(segment.batchCount) batches not acknowledged: \(error)")
            AgentMetrics.flushFailures.increment()
            for ticket in tickets { ticket.promise.fail(error) }
        }
        apply(machine.flushFinished(nowMs: nowMs()))
        if !machine.isFlushing {
            for waiter in drainWaiters { waiter.resume() }
            drainWaiters = []
        }
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
