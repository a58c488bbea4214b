import KafkaLog
import ObjectStore

/// When to write segments and when to commit them: a pure state machine (no clock, no I/O).
///
/// All connections and partitions share one pending segment. It is flushed (PUT to the object
/// store) when its oldest batch has waited `lingerMs` (the batch timeout), when it holds
/// `maxBytes`, or on drain. Several flushed segments may be with the object store at once (at
/// most `maxInFlight`, holding at most `maxInFlightBytes` between them), so one slow PUT no
/// longer holds back the segments behind it. Commits still reach the control plane one at a
/// time and in segment order, as idempotent sequences and offsets need.
///
/// A PUT or commit that fails fails its own segment, and every later uncommitted segment that
/// shares a partition with it (and, in turn, with those): a producer's later batch is never
/// acknowledged ahead of an earlier one that was refused. Segments on other partitions go on.
/// A PUT slower than the hedging threshold is hedged: the writer PUTs the same bytes under a
/// new name, and the first to succeed is committed.
///
/// At low load the timer is the only trigger, so an agent PUTs at most once per batch timeout
/// whatever the partition count; pipelining adds concurrency, not requests.
public struct ProduceBufferStateMachine: Sendable {
    public struct Configuration: Sendable {
        public var lingerMs: Int64
        public var maxBytes: Int
        /// Segments flushed but not yet committed (or failed), at most.
        public var maxInFlight: Int
        /// Bytes in those segments, at most (one larger segment may still go alone).
        public var maxInFlightBytes: Int
        /// Hedge a PUT once it has taken this long; nil: never. The threshold in force is
        /// the lower of this and three times the median of recent PUTs (`hedgeThresholdMs`).
        public var hedgeAfterMs: Int64?

        public init(lingerMs: Int64 = 250, maxBytes: Int = 8 << 20, maxInFlight: Int = 4, maxInFlightBytes: Int = 64 << 20, hedgeAfterMs: Int64? = 500) {
            self.lingerMs = lingerMs
            self.maxBytes = maxBytes
            self.maxInFlight = max(1, maxInFlight)
            self.maxInFlightBytes = maxInFlightBytes
            self.hedgeAfterMs = hedgeAfterMs
        }
    }

    /// Segments are numbered in the order they were flushed; commits follow that order.
    public typealias SegmentID = Int

    public enum Action: Equatable, Sendable {
        /// Wake me with `timerFired` at this time.
        case scheduleTimer(atMs: Int64)
        /// Take the pending segment as `id` and PUT it; report `putSucceeded` or `putFailed`.
        case put(SegmentID)
        /// PUT segment `id` again under a new name; report the first attempt that succeeds, or
        /// `putFailed` once every attempt has failed.
        case hedge(SegmentID)
        /// Commit segment `id`; report `commitFinished`.
        case commit(SegmentID)
        /// Answer segment `id`'s producers with a retriable error, without committing it: an
        /// earlier segment with a partition in common failed.
        case fail(SegmentID)
    }

    enum Stage: Equatable, Sendable {
        /// Its PUT is running, since this time; `hedged` once a second PUT was started.
        case putting(sinceMs: Int64, hedged: Bool)
        /// Stored, waiting for the earlier segments' commits.
        case stored
        /// Its commit is running (only the oldest segment in flight can be here).
        case committing
    }

    struct Segment: Equatable, Sendable {
        var id: SegmentID
        var bytes: Int
        var partitions: Set<TopicPartitionID>
        var stage: Stage
    }

    public let configuration: Configuration
    public private(set) var pendingBytes = 0
    /// When the oldest pending batch arrived.
    public private(set) var pendingSinceMs: Int64?
    private var pendingPartitions: Set<TopicPartitionID> = []
    /// Flushed segments not yet committed or failed, oldest first.
    private(set) var inFlight: [Segment] = []
    private var nextID: SegmentID = 0
    private var draining = false
    /// The timer already asked for, so that each event does not ask again.
    private var timerAtMs: Int64?
    /// Recent PUT durations, for the hedging threshold.
    private var putDurations = RecentSamples<Int64>(capacity: 64)
    /// Three times their median once there are 8 (nil before); recomputed when one is
    /// recorded, not at every event (`step` runs for every produce request).
    private var medianBasedThresholdMs: Int64?
    /// Twice their median: no PUT is hedged sooner, whatever the bound, so that a store that
    /// is slow for every PUT (saturated) is not sent every segment twice.
    private var hedgeFloorMs: Int64 = 0
    /// The hedged segments among the last `hedgeWindow` flushed: at most `hedgeBudget`, so
    /// that hedging never adds more than a tenth to the store's load (a hedge helps against
    /// one slow PUT, not against a slow store).
    private var recentHedges: [SegmentID] = []
    static let hedgeWindow = 20
    static let hedgeBudget = 2

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Nothing pending and nothing in flight (a drain waits for this).
    public var isIdle: Bool { pendingSinceMs == nil && inFlight.isEmpty }
    /// Segments flushed but not yet committed or failed.
    public var segmentsInFlight: Int { inFlight.count }

    // MARK: Events

    public mutating func appended(bytes: Int, partitions: Set<TopicPartitionID>, nowMs: Int64) -> [Action] {
        if pendingSinceMs == nil { pendingSinceMs = nowMs }
        pendingBytes += bytes
        pendingPartitions.formUnion(partitions)
        return step(nowMs: nowMs)
    }

    public mutating func timerFired(nowMs: Int64) -> [Action] {
        if let at = timerAtMs, at <= nowMs { timerAtMs = nil }
        return step(nowMs: nowMs)
    }

    /// The first attempt at PUTting `id` that succeeded (later ones are ignored).
    public mutating func putSucceeded(_ id: SegmentID, nowMs: Int64) -> [Action] {
        if let index = inFlight.firstIndex(where: { $0.id == id }) {
            switch inFlight[index].stage {
            case .putting(let since, _):
                putDurations.record(nowMs - since)
                let median = putDurations.quantile(0.5, minimum: 8)
                medianBasedThresholdMs = median.map { max(10, 3 * $0) }
                hedgeFloorMs = median.map { 2 * $0 } ?? 0
                inFlight[index].stage = .stored
            case .stored, .committing:
                break  // already reported
            }
        }
        // (not found: failed meanwhile, because an earlier segment failed; its object is an orphan)
        return step(nowMs: nowMs)
    }

    /// Every attempt at PUTting `id` failed: the writer answers its producers with the error.
    public mutating func putFailed(_ id: SegmentID, nowMs: Int64) -> [Action] {
        failing(id) + step(nowMs: nowMs)
    }

    /// `id`'s commit ended: committed, or (`succeeded` false) answered with an error.
    public mutating func commitFinished(_ id: SegmentID, succeeded: Bool, nowMs: Int64) -> [Action] {
        var actions: [Action] = []
        if succeeded {
            if inFlight.first?.id == id { inFlight.removeFirst() }
        } else {
            actions = failing(id)
        }
        return actions + step(nowMs: nowMs)
    }

    /// Flush whatever is pending now, whatever its age (graceful shutdown drains this way).
    public mutating func drain(nowMs: Int64) -> [Action] {
        draining = true
        return step(nowMs: nowMs)
    }

    // MARK: Decisions

    /// Removes `id`, and every later segment not yet committing that shares a partition with
    /// it or with one removed before; returns `.fail` for those later ones.
    private mutating func failing(_ id: SegmentID) -> [Action] {
        guard let index = inFlight.firstIndex(where: { $0.id == id }) else { return [] }
        var partitions = inFlight[index].partitions
        inFlight.remove(at: index)
        var actions: [Action] = []
        var later = index
        while later < inFlight.count {
            let segment = inFlight[later]
            switch segment.stage {
            case .putting, .stored:
                if !segment.partitions.isDisjoint(with: partitions) {
                    partitions.formUnion(segment.partitions)
                    inFlight.remove(at: later)
                    actions.append(.fail(segment.id))
                    continue
                }
            case .committing:
                break  // the oldest only; never after a failed one
            }
            later += 1
        }
        return actions
    }

    private var hedgeBudgetLeft: Bool { recentHedges.count(where: { $0 > nextID - SegmentID(Self.hedgeWindow) }) < Self.hedgeBudget }

    private mutating func step(nowMs: Int64) -> [Action] {
        var actions: [Action] = []
        let threshold = hedgeThresholdMs
        for index in inFlight.indices {
            switch inFlight[index].stage {
            case .putting(let since, let hedged):
                if !hedged, let threshold, nowMs - since >= threshold, hedgeBudgetLeft {
                    inFlight[index].stage = .putting(sinceMs: since, hedged: true)
                    actions.append(.hedge(inFlight[index].id))
                    recentHedges.append(inFlight[index].id)
                }
            case .stored, .committing:
                break
            }
        }
        if pendingIsDue(nowMs: nowMs), hasRoom {
            let id = nextID
            nextID += 1
            inFlight.append(Segment(id: id, bytes: pendingBytes, partitions: pendingPartitions, stage: .putting(sinceMs: nowMs, hedged: false)))
            recentHedges.removeAll { $0 <= id - SegmentID(Self.hedgeWindow) }
            (pendingBytes, pendingSinceMs, pendingPartitions) = (0, nil, [])
            actions.append(.put(id))
        }
        if let oldest = inFlight.first {
            switch oldest.stage {
            case .stored:
                inFlight[0].stage = .committing
                actions.append(.commit(oldest.id))
            case .putting, .committing:
                break
            }
        }
        if pendingSinceMs == nil { draining = false }
        if let next = nextDeadline(threshold: threshold), timerAtMs.map({ $0 > next || $0 <= nowMs }) ?? true {
            timerAtMs = next
            actions.append(.scheduleTimer(atMs: next))
        }
        return actions
    }

    private func pendingIsDue(nowMs: Int64) -> Bool {
        guard let since = pendingSinceMs else { return false }
        return draining || pendingBytes >= configuration.maxBytes || nowMs >= since + configuration.lingerMs
    }

    private var hasRoom: Bool {
        guard !inFlight.isEmpty else { return true }
        let bytes = inFlight.reduce(0) { $0 + $1.bytes }
        return inFlight.count < configuration.maxInFlight && bytes + pendingBytes <= configuration.maxInFlightBytes
    }

    /// The next time something is due: the pending segment's batch timeout (when there is room
    /// to flush it; otherwise a PUT or commit finishing makes room and re-checks), or a PUT's
    /// hedging time.
    private func nextDeadline(threshold: Int64?) -> Int64? {
        var next: Int64?
        if let since = pendingSinceMs, hasRoom { next = since + configuration.lingerMs }
        if let threshold {
            for segment in inFlight {
                switch segment.stage {
                case .putting(let since, let hedged) where !hedged:
                    next = min(next ?? .max, since + threshold)
                case .putting, .stored, .committing:
                    break
                }
            }
        }
        return next
    }

    /// The lower of the configured bound and three times the median recent PUT (once there
    /// are 8 of them: the bound alone covers only an agent's first few seconds), never below
    /// 10 ms, nor below twice the median: when the median PUT itself exceeds the bound (a
    /// saturated store), hedging at the bound would PUT every segment twice and slow the
    /// store further. A median, not a p99: when one PUT in twenty is slow, the p99 is the
    /// slow one, and hedging at it would never help.
    var hedgeThresholdMs: Int64? {
        guard let bound = configuration.hedgeAfterMs else { return nil }
        return max(min(bound, medianBasedThresholdMs ?? bound), hedgeFloorMs)
    }
}
