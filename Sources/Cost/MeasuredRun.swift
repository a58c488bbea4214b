/// What each agent group did in a measured window, from two scrapes of every agent's and
/// control-plane replica's `/metrics`.
public struct MeasuredRun: Sendable {
    /// One agent group's rates, per second of the window.
    public struct GroupUsage: Hashable, Sendable {
        public var group: String
        public var agents = 0
        /// Object-store requests by operation (`put`, `get`, `list`, `delete`), every attempt.
        public var requests: [String: Double] = [:]
        /// Bytes sent to the object store (PUT bodies) and received from it (GET bodies).
        public var bytesToStore = 0.0
        public var bytesFromStore = 0.0
        /// Record bytes produced (written in segments) and served to consumers.
        public var producedBytes = 0.0
        public var fetchedBytes = 0.0
        /// Calls its agents made to the control plane, as the replicas counted them.
        public var controlPlaneCalls = 0.0

        public init(group: String) { self.group = group }
    }

    public var seconds: Double
    public var groups: [GroupUsage]

    public var producedBytes: Double { groups.reduce(0) { $0 + $1.producedBytes } }
    public var fetchedBytes: Double { groups.reduce(0) { $0 + $1.fetchedBytes } }
    public var agents: Int { groups.reduce(0) { $0 + $1.agents } }

    /// A scrape target that is neither an agent (no `fjord_agent_info`) nor a replica (no
    /// `fjord_control_plane_info`).
    public struct UnknownTarget: Error, CustomStringConvertible {
        public var index: Int
        public var description: String {
            "scrape \(index + 1) is neither a Fjord agent (no fjord_agent_info) nor a control-plane replica (no fjord_control_plane_info)"
        }
    }

    /// The rates between `before` and `after`, two scrapes of the same targets in the same
    /// order, `seconds` apart. A counter that went down was reset (its process restarted), and
    /// counts from zero, as Prometheus's `increase` counts it.
    public static func between(before: [[PrometheusSample]], after: [[PrometheusSample]], seconds: Double) throws -> MeasuredRun {
        precondition(before.count == after.count && seconds > 0)
        var groups: [String: GroupUsage] = [:]
        for (index, (first, last)) in zip(before, after).enumerated() {
            let increase = Increase(before: first, after: last, seconds: seconds)
            if let info = last.first(where: { $0.name == "fjord_agent_info" }) {
                let name = info.labels["group"] ?? ""
                var usage = groups[name] ?? GroupUsage(group: name)
                usage.agents += 1
                for operation in ["put", "get", "list", "delete"] {
                    usage.requests[operation, default: 0] += increase.rate("fjord_object_store_requests_total") { $0["operation"] == operation }
                }
                usage.bytesToStore += increase.rate("fjord_object_store_bytes_total") { $0["direction"] == "sent" }
                usage.bytesFromStore += increase.rate("fjord_object_store_bytes_total") { $0["direction"] == "received" }
                usage.producedBytes += increase.rate("fjord_segment_bytes_written_total")
                usage.fetchedBytes += increase.rate("fjord_fetch_bytes_total")
                groups[name] = usage
            } else if last.contains(where: { $0.name == "fjord_control_plane_info" }) {
                let callers = Set(last.filter { $0.name == "fjord_control_plane_calls_total" }.compactMap { $0.labels["agent_group"] })
                for name in callers where !name.isEmpty {
                    groups[name, default: GroupUsage(group: name)].controlPlaneCalls +=
                        increase.rate("fjord_control_plane_calls_total") { $0["agent_group"] == name }
                }
            } else {
                throw UnknownTarget(index: index)
            }
        }
        return MeasuredRun(seconds: seconds, groups: groups.values.sorted { $0.group < $1.group })
    }
}

/// Counter increases between two scrapes of one target.
private struct Increase {
    let before: [PrometheusSample]
    let after: [PrometheusSample]
    let seconds: Double

    /// The summed per-second increase of `name`'s series whose labels `matching` accepts.
    func rate(_ name: String, matching: ([String: String]) -> Bool = { _ in true }) -> Double {
        let earlier = Dictionary(before.filter { $0.name == name }.map { ($0.labels, $0.value) }, uniquingKeysWith: { $1 })
        let increase = after.filter { $0.name == name && matching($0.labels) }.reduce(0.0) { total, sample in
            let start = earlier[sample.labels] ?? 0
            return total + (sample.value >= start ? sample.value - start : sample.value)
        }
        return increase / seconds
    }
}
