/// When to flush the pending segment: a pure state machine (no clock, no I/O).
///
/// All connections and partitions share one pending segment. It is flushed when the oldest
/// batch in it has waited `lingerMs` (the batch timeout, default 250 ms) or it holds
/// `maxBytes` (default 8 MiB). One flush runs at a time, so commits reach the control plane
/// in order (idempotent sequences depend on it); batches arriving meanwhile wait for the next.
public struct ProduceBufferStateMachine: Sendable {
    public struct Configuration: Sendable {
        public var lingerMs: Int64
        public var maxBytes: Int

        public init(lingerMs: Int64 = 250, maxBytes: Int = 8 << 20) {
            self.lingerMs = lingerMs
            self.maxBytes = maxBytes
        }
    }

    public enum Action: Equatable, Sendable {
        case none
        /// Wake me with `timerFired` at this time.
        case scheduleTimer(atMs: Int64)
        /// Take the pending segment and write it now; call `flushFinished` after.
        case flush
    }

    public let configuration: Configuration
    public private(set) var pendingBytes = 0
    /// When the oldest pending batch arrived.
    public private(set) var pendingSinceMs: Int64?
    public private(set) var isFlushing = false

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    public mutating func appended(bytes: Int, nowMs: Int64) -> Action {
        let first = pendingSinceMs == nil
        if first { pendingSinceMs = nowMs }
        pendingBytes += bytes
        guard !isFlushing else { return .none }
        if pendingBytes >= configuration.maxBytes { return startFlush() }
        return first ? .scheduleTimer(atMs: nowMs + configuration.lingerMs) : .none
    }

    public mutating func timerFired(nowMs: Int64) -> Action {
        guard !isFlushing, let since = pendingSinceMs else { return .none }
        return nowMs >= since + configuration.lingerMs ? startFlush() : .scheduleTimer(atMs: since + configuration.lingerMs)
    }

    public mutating func flushFinished(nowMs: Int64) -> Action {
        isFlushing = false
        guard let since = pendingSinceMs else { return .none }
        if pendingBytes >= configuration.maxBytes || nowMs >= since + configuration.lingerMs { return startFlush() }
        return .scheduleTimer(atMs: since + configuration.lingerMs)
    }

    /// Flush whatever is pending now (shutdown drains this way).
    public mutating func drain() -> Action {
        guard !isFlushing, pendingSinceMs != nil else { return .none }
        return startFlush()
    }

    private mutating func startFlush() -> Action {
        isFlushing = true
        pendingBytes = 0
        pendingSinceMs = nil
        return .flush
    }
}
