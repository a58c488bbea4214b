import CoreMetrics

/// `fjord_consumer_group_lag{group}`: one gauge per consumer group with committed offsets,
/// set from each measurement. A group missing from a later measurement (deleted, or its
/// offsets expired) loses its gauge instead of reporting its last lag for ever.
struct ConsumerLagGauges {
    private let factory: any MetricsFactory
    private var groups: Set<String> = []

    init(factory: any MetricsFactory = MetricsSystem.factory) {
        self.factory = factory
    }

    mutating func update(_ lags: [(group: String, lag: Int64)]) {
        for (group, lag) in lags { gauge(group).record(lag) }
        let current = Set(lags.map(\.group))
        for gone in groups.subtracting(current) { gauge(gone).destroy() }
        groups = current
    }

    private func gauge(_ group: String) -> Gauge {
        Gauge(label: "fjord_consumer_group_lag", dimensions: [("group", group)], factory: factory)
    }
}
