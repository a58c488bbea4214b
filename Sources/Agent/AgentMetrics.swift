import CoreMetrics
import Metrics

/// The agent's metrics, through swift-metrics (the `fjord` command exports them to
/// Prometheus on the agent's HTTP port). `docs/operations.md` says what each one means.
public enum AgentMetrics {
    static let segmentsWritten = Counter(label: "fjord_segments_written_total")
    static let batchesWritten = Counter(label: "fjord_batches_written_total")
    static let bytesWritten = Counter(label: "fjord_segment_bytes_written_total")
    static let flushFailures = Counter(label: "fjord_segment_flush_failures_total")
    static let segmentPut = Timer(label: "fjord_segment_put_seconds")
    static let segmentCommit = Timer(label: "fjord_segment_commit_seconds")
    /// Second PUTs of a segment whose first was slower than the hedging threshold.
    static let hedgedPuts = Counter(label: "fjord_segment_put_hedges_total")
    static let fetchedBytes = Counter(label: "fjord_fetch_bytes_total")
    static let requests = Counter(label: "fjord_kafka_requests_total")

    /// Creates every fixed metric, so that `/metrics` serves each from the start (a counter
    /// that has never moved reads 0 rather than missing, which alert rules rely on).
    static func register() {
        _ = [segmentsWritten, batchesWritten, bytesWritten, flushFailures, fetchedBytes, requests, hedgedPuts, lookupsShared, lookupsAsked]
        _ = [segmentPut, segmentCommit]
        _ = [LogCompactor.readBytes, LogCompactor.writtenBytes, LogCompactor.removedRecords]
        _ = [LogCompactor.dirtyBytes, LogCompactor.lastRun]
    }

    /// `fjord_agent_info{group, zone} 1`: which agent group this process serves in, so that
    /// its other metrics can be added up by group (`fjord cost`).
    public static func describe(group: String, zone: String) {
        Gauge(label: "fjord_agent_info", dimensions: [("group", group), ("zone", zone)]).record(1)
    }

    /// Time from a request's arrival to its answer, by API (Produce includes the wait for
    /// its segment's flush and commit).
    static func requestSeconds(api: String) -> Timer {
        Timer(label: "fjord_kafka_request_seconds", dimensions: [("api", api)])
    }

    /// Requests refused by the policy: `kind` is `role` (this agent's group does not serve
    /// it) or `acl`.
    static func policyRefusal(kind: String, operation: String) {
        Counter(label: "fjord_policy_refusals_total", dimensions: [("kind", kind), ("operation", operation)]).increment()
    }

    /// Whole objects this agent loaded, by `source`: `bucket` (its GETs, whether for its own
    /// fetches, for a peer that asked it as the owner, or after a peer failed), `peer` (from
    /// the owner), or `bucket_after_peer` (loads whose owner failed, which then went to the
    /// bucket). Once per load, however many fetches shared it.
    static func objectRead(source: String) {
        Counter(label: "fjord_zone_cache_reads_total", dimensions: [("source", source)]).increment()
    }

    /// Partition lookups of fetches (`SharedIndexReads`): `asked` of the control plane, and
    /// `shared` (answered by another fetch's call in flight, or since the last watermark change).
    /// Made once: every fetch counts here, and a counter's lookup takes the factory's lock.
    static func indexLookups(shared: Int, asked: Int) {
        if shared > 0 { lookupsShared.increment(by: shared) }
        if asked > 0 { lookupsAsked.increment(by: asked) }
    }
    private static let lookupsShared = Counter(label: "fjord_fetch_index_lookups_total", dimensions: [("source", "shared")])
    private static let lookupsAsked = Counter(label: "fjord_fetch_index_lookups_total", dimensions: [("source", "asked")])

    /// Objects asked of this agent by its zone's peers, by `result`: `ok`, `refused` (a wrong
    /// token: another group, or another agent key), `failed` (its bucket read failed).
    static func zoneCacheServed(result: String) {
        Counter(label: "fjord_zone_cache_served_total", dimensions: [("result", result)]).increment()
    }
}

extension Timer {
    func recordInterval(since start: ContinuousClock.Instant, to end: ContinuousClock.Instant) {
        recordNanoseconds(start.duration(to: end).nanoseconds)
    }
}
