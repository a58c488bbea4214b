/// `Duration` in the whole units Kafka and Fjord count in: one home for the arithmetic.
extension Duration {
    /// Whole milliseconds (Kafka's timeouts and timestamps), rounded towards zero.
    public var milliseconds: Int64 { components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000 }
    /// Whole microseconds (latency histograms), rounded towards zero.
    public var microseconds: Int64 { components.seconds * 1_000_000 + components.attoseconds / 1_000_000_000_000 }
    /// Whole nanoseconds, rounded towards zero.
    public var nanoseconds: Int64 { components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000 }
    /// Seconds as a fraction (rates, and SQL intervals).
    public var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
