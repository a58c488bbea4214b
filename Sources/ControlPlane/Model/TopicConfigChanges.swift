import KafkaProtocol

/// How AlterConfigs and IncrementalAlterConfigs change a topic's overrides: pure functions
/// from the overrides in force and the request to the delta the store applies.
extension TopicConfigs {
    /// IncrementalAlterConfigs' operations, with Kafka's codes.
    public enum Operation: Int8, Sendable {
        case set = 0
        case delete = 1
        case append = 2
        case subtract = 3
    }

    public struct Change: Sendable, Equatable {
        public var name: String
        public var operation: Operation
        public var value: String?
        public init(name: String, operation: Operation, value: String?) {
            self.name = name
            self.operation = operation
            self.value = value
        }
    }

    /// IncrementalAlterConfigs: `changes` applied to the overrides `current`. Returns the delta
    /// (a value sets an override, nil removes it); throws INVALID_REQUEST or INVALID_CONFIG
    /// naming the key and the reason.
    public static func incremental(_ changes: [Change], to current: [String: String]) throws -> [String: String?] {
        var next = current
        var seen: Set<String> = []
        for change in changes {
            guard seen.insert(change.name).inserted else { throw ControlPlaneError(.invalidRequest, "config '\(change.name)' is changed twice in one request") }
            guard let definition = definitions[change.name] else { throw ControlPlaneError(.invalidConfig, "unknown topic config '\(change.name)'") }
            switch change.operation {
            case .set:
                guard let value = change.value else { throw ControlPlaneError(.invalidRequest, "SET of '\(change.name)' has no value") }
                next[change.name] = value
            case .delete:
                next[change.name] = nil
            case .append, .subtract:
                guard definition.isList else {
                    throw ControlPlaneError(.invalidConfig, "\(change.name) is not a list, so it cannot be appended to or subtracted from")
                }
                let items = listItems(value(change.name, in: next) ?? "")
                let given = listItems(change.value ?? "")
                let result = change.operation == .append ? items + given.filter { !items.contains($0) } : items.filter { !given.contains($0) }
                next[change.name] = result.joined(separator: ",")
            }
        }
        return try delta(from: current, to: next)
    }

    /// AlterConfigs (the legacy API): the overrides become exactly `configs`; the rest return
    /// to their defaults. A name given twice takes its last value, as Kafka's broker does
    /// (librdkafka's own tests send every read-back config, then the one to change).
    public static func replacing(with configs: [(name: String, value: String?)], current: [String: String]) throws -> [String: String?] {
        var next: [String: String] = [:]
        for (name, value) in configs {
            guard let value else { throw ControlPlaneError(.invalidRequest, "config '\(name)' has a null value") }
            next[name] = value
        }
        return try delta(from: current, to: next)
    }

    private static func delta(from current: [String: String], to next: [String: String]) throws -> [String: String?] {
        if let problem = validate(next) { throw ControlPlaneError(.invalidConfig, problem) }
        var changes: [String: String?] = [:]
        for name in Set(current.keys).union(next.keys) where current[name] != next[name] {
            changes[name] = .some(next[name])
        }
        return changes
    }
}
