import NIOConcurrencyHelpers

/// Latency samples, in microseconds, with percentiles. Thread-safe.
public final class LatencyRecorder: Sendable {
    private let samples = NIOLockedValueBox<[Int64]>([])

    public init() {}

    public func record(microseconds: Int64) { samples.withLockedValue { $0.append(microseconds) } }

    public func record(_ values: [Int64]) { samples.withLockedValue { $0.append(contentsOf: values) } }

    public var count: Int { samples.withLockedValue { $0.count } }

    /// Percentiles (0...100) in milliseconds; nil when empty.
    public func percentiles(_ points: [Double]) -> [Double]? {
        let sorted = samples.withLockedValue { $0.sorted() }
        guard !sorted.isEmpty else { return nil }
        return points.map { point in Double(sorted[min(sorted.count - 1, Int(Double(sorted.count) * point / 100))]) / 1000 }
    }

    /// Takes the samples recorded since the last call (for a progress line).
    public func drain() -> LatencyRecorder {
        let taken = samples.withLockedValue { current -> [Int64] in
            defer { current = [] }
            return current
        }
        let recorder = LatencyRecorder()
        recorder.record(taken)
        return recorder
    }
}
