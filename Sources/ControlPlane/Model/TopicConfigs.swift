import Foundation

/// Topic configs: every name Kafka defines, its type, Kafka's default, the broker config it
/// falls back to, and whether Fjord acts on it. CreateTopics, AlterConfigs,
/// IncrementalAlterConfigs and DescribeConfigs all read this table.
public enum TopicConfigs {
    /// How a value is checked, after Kafka's ConfigDef types.
    public enum Kind: Sendable, Equatable {
        /// An integer at least `min` (Kafka's INT and LONG).
        case integer(min: Int64)
        /// A number in `range` (DOUBLE).
        case fraction(ClosedRange<Double>)
        case boolean
        /// A comma-separated list; nil `allowed`: any items.
        case list(allowed: [String]?)
        /// One of `allowed`; nil: any string.
        case string(allowed: [String]?)
    }

    /// One topic config.
    public struct Definition: Sendable {
        public var name: String
        public var kind: Kind
        /// Kafka's default (Fjord's where Fjord differs, see `maxMessageBytes`).
        public var defaultValue: String
        /// The broker config a topic without an override takes its value from.
        public var brokerSynonym: String?
        /// Whether Fjord acts on the value; the others are stored and reported only, because
        /// they tune disks, replicas or tiering that Fjord does not have.
        public var honoured: Bool
    }

    /// Kafka's message.max.bytes on Fjord: the largest batch a topic accepts unless its
    /// max.message.bytes says otherwise. Larger than Kafka's 1 MiB because agents buffer
    /// whole segments anyway.
    public static let maxMessageBytes = 8 << 20

    public static let definitions: [String: Definition] = {
        let long = Int64.max
        let table: [Definition] = [
            .init(
                name: "cleanup.policy", kind: .list(allowed: ["delete", "compact"]), defaultValue: "delete", brokerSynonym: "log.cleanup.policy", honoured: true
            ),
            .init(
                name: "compression.type", kind: .string(allowed: ["producer", "uncompressed", "gzip", "snappy", "lz4", "zstd"]), defaultValue: "producer",
                brokerSynonym: "compression.type", honoured: true),
            .init(name: "compression.gzip.level", kind: .integer(min: -1), defaultValue: "-1", brokerSynonym: "compression.gzip.level", honoured: false),
            .init(name: "compression.lz4.level", kind: .integer(min: 1), defaultValue: "9", brokerSynonym: "compression.lz4.level", honoured: false),
            .init(name: "compression.zstd.level", kind: .integer(min: -131072), defaultValue: "3", brokerSynonym: "compression.zstd.level", honoured: false),
            .init(
                name: "delete.retention.ms", kind: .integer(min: 0), defaultValue: "86400000", brokerSynonym: "log.cleaner.delete.retention.ms", honoured: true
            ),
            .init(name: "file.delete.delay.ms", kind: .integer(min: 0), defaultValue: "60000", brokerSynonym: "log.segment.delete.delay.ms", honoured: false),
            .init(name: "flush.messages", kind: .integer(min: 1), defaultValue: "\(long)", brokerSynonym: "log.flush.interval.messages", honoured: false),
            .init(name: "flush.ms", kind: .integer(min: 0), defaultValue: "\(long)", brokerSynonym: "log.flush.interval.ms", honoured: false),
            .init(name: "follower.replication.throttled.replicas", kind: .list(allowed: nil), defaultValue: "", brokerSynonym: nil, honoured: false),
            .init(name: "index.interval.bytes", kind: .integer(min: 0), defaultValue: "4096", brokerSynonym: "log.index.interval.bytes", honoured: false),
            .init(name: "leader.replication.throttled.replicas", kind: .list(allowed: nil), defaultValue: "", brokerSynonym: nil, honoured: false),
            .init(name: "local.retention.bytes", kind: .integer(min: -2), defaultValue: "-2", brokerSynonym: "log.local.retention.bytes", honoured: false),
            .init(name: "local.retention.ms", kind: .integer(min: -2), defaultValue: "-2", brokerSynonym: "log.local.retention.ms", honoured: false),
            .init(
                name: "max.compaction.lag.ms", kind: .integer(min: 1), defaultValue: "\(long)", brokerSynonym: "log.cleaner.max.compaction.lag.ms",
                honoured: true),
            .init(name: "max.message.bytes", kind: .integer(min: 0), defaultValue: "\(maxMessageBytes)", brokerSynonym: "message.max.bytes", honoured: true),
            .init(name: "message.downconversion.enable", kind: .boolean, defaultValue: "true", brokerSynonym: nil, honoured: false),
            .init(name: "message.format.version", kind: .string(allowed: nil), defaultValue: "3.0-IV1", brokerSynonym: nil, honoured: false),
            .init(
                name: "message.timestamp.after.max.ms", kind: .integer(min: 0), defaultValue: "\(long)", brokerSynonym: "log.message.timestamp.after.max.ms",
                honoured: false),
            .init(
                name: "message.timestamp.before.max.ms", kind: .integer(min: 0), defaultValue: "\(long)", brokerSynonym: "log.message.timestamp.before.max.ms",
                honoured: false),
            .init(
                name: "message.timestamp.difference.max.ms", kind: .integer(min: 0), defaultValue: "\(long)",
                brokerSynonym: "log.message.timestamp.difference.max.ms", honoured: false),
            .init(
                name: "message.timestamp.type", kind: .string(allowed: ["CreateTime", "LogAppendTime"]), defaultValue: "CreateTime",
                brokerSynonym: "log.message.timestamp.type", honoured: true),
            .init(
                name: "min.cleanable.dirty.ratio", kind: .fraction(0...1), defaultValue: "0.5", brokerSynonym: "log.cleaner.min.cleanable.ratio",
                honoured: true),
            .init(
                name: "min.compaction.lag.ms", kind: .integer(min: 0), defaultValue: "0", brokerSynonym: "log.cleaner.min.compaction.lag.ms", honoured: true),
            .init(name: "min.insync.replicas", kind: .integer(min: 1), defaultValue: "1", brokerSynonym: "min.insync.replicas", honoured: false),
            .init(name: "preallocate", kind: .boolean, defaultValue: "false", brokerSynonym: "log.preallocate", honoured: false),
            .init(name: "remote.storage.enable", kind: .boolean, defaultValue: "false", brokerSynonym: nil, honoured: false),
            .init(name: "remote.log.copy.disable", kind: .boolean, defaultValue: "false", brokerSynonym: nil, honoured: false),
            .init(name: "remote.log.delete.on.disable", kind: .boolean, defaultValue: "false", brokerSynonym: nil, honoured: false),
            .init(name: "retention.bytes", kind: .integer(min: -1), defaultValue: "-1", brokerSynonym: "log.retention.bytes", honoured: true),
            .init(name: "retention.ms", kind: .integer(min: -1), defaultValue: "604800000", brokerSynonym: "log.retention.ms", honoured: true),
            .init(name: "segment.bytes", kind: .integer(min: 14), defaultValue: "1073741824", brokerSynonym: "log.segment.bytes", honoured: false),
            .init(name: "segment.index.bytes", kind: .integer(min: 4), defaultValue: "10485760", brokerSynonym: "log.index.size.max.bytes", honoured: false),
            .init(name: "segment.jitter.ms", kind: .integer(min: 0), defaultValue: "0", brokerSynonym: "log.roll.jitter.ms", honoured: false),
            .init(name: "segment.ms", kind: .integer(min: 1), defaultValue: "604800000", brokerSynonym: "log.roll.ms", honoured: false),
            .init(
                name: "unclean.leader.election.enable", kind: .boolean, defaultValue: "false", brokerSynonym: "unclean.leader.election.enable", honoured: false),
        ]
        return Dictionary(uniqueKeysWithValues: table.map { ($0.name, $0) })
    }()

    /// Every topic config name Kafka defines. A name outside it is refused with INVALID_CONFIG,
    /// as Kafka does.
    public static var known: Set<String> { Set(definitions.keys) }

    /// Kafka's default of every topic config.
    public static let defaults: [String: String] = definitions.mapValues(\.defaultValue)

    /// The value in force: the topic's override, else the default.
    public static func value(_ name: String, in configs: [String: String]) -> String? {
        configs[name] ?? definitions[name]?.defaultValue
    }

    /// Checks names and values; returns a message for INVALID_CONFIG (naming the key and the
    /// reason), or nil.
    public static func validate(_ configs: [String: String]) -> String? {
        for name in configs.keys.sorted() {
            guard let definition = definitions[name] else { return "unknown topic config '\(name)'" }
            if let problem = definition.problem(with: configs[name]!) { return problem }
        }
        return nil
    }
}

extension TopicConfigs.Definition {
    /// Why `value` is not valid for this config, or nil.
    public func problem(with value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .integer(let min):
            guard let number = Int64(trimmed) else { return "\(name): '\(value)' is not an integer" }
            guard number >= min else { return "\(name): \(number) is below the minimum of \(min)" }
        case .fraction(let range):
            guard let number = Double(trimmed), range.contains(number) else {
                return "\(name): '\(value)' is not a number from \(range.lowerBound) to \(range.upperBound)"
            }
        case .boolean:
            guard ["true", "false"].contains(trimmed.lowercased()) else { return "\(name): '\(value)' is not true or false" }
        case .list(let allowed):
            guard let allowed else { return nil }
            let items = TopicConfigs.listItems(value)
            if items.isEmpty && !allowed.isEmpty { return "\(name) needs at least one of \(allowed.joined(separator: ", "))" }
            for item in items where !allowed.contains(item) {
                return "\(name): '\(item)' is not one of \(allowed.joined(separator: ", "))"
            }
        case .string(let allowed):
            if let allowed, !allowed.contains(trimmed) { return "\(name): '\(value)' is not one of \(allowed.joined(separator: ", "))" }
        }
        return nil
    }

    public var isList: Bool {
        if case .list = kind { return true }
        return false
    }
}

extension TopicConfigs {
    /// The items of a list value, trimmed, without empty ones.
    public static func listItems(_ value: String) -> [String] {
        value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
