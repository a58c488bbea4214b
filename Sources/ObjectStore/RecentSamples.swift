/// The last `capacity` values recorded, and their quantiles: how recent request latencies set
/// hedging thresholds (S3 GETs here; segment PUTs in the agent's writer).
public struct RecentSamples<Value: Comparable & Sendable>: Sendable {
    public let capacity: Int
    private var samples: [Value] = []
    private var next = 0

    public init(capacity: Int) { self.capacity = capacity }

    public var count: Int { samples.count }

    public mutating func record(_ value: Value) {
        if samples.count < capacity { samples.append(value) } else { samples[next] = value }
        next = (next + 1) % capacity
    }

    /// The `q` quantile (0 to 1) of the recorded values; nil while there are fewer than `minimum`.
    public func quantile(_ q: Double, minimum: Int = 1) -> Value? {
        guard samples.count >= max(minimum, 1) else { return nil }
        let sorted = samples.sorted()
        return sorted[Int(Double(sorted.count - 1) * min(max(q, 0), 1))]
    }
}
