import Testing

@testable import ControlPlane

@Suite struct TopicConfigChangesTests {
    typealias Change = TopicConfigs.Change

    @Test func setDeleteAppendAndSubtract() throws {
        let current = ["retention.ms": "1000", "cleanup.policy": "delete"]
        let delta = try TopicConfigs.incremental(
            [
                Change(name: "retention.ms", operation: .delete, value: nil),
                Change(name: "cleanup.policy", operation: .append, value: "compact"),
                Change(name: "max.message.bytes", operation: .set, value: "2048"),
            ], to: current)
        let expected: [String: String?] = ["retention.ms": nil, "cleanup.policy": "delete,compact", "max.message.bytes": "2048"]
        #expect(delta == expected)
        // APPEND and SUBTRACT start from the default when there is no override; APPEND does not repeat items.
        #expect(try TopicConfigs.incremental([Change(name: "cleanup.policy", operation: .append, value: "delete")], to: [:]) == ["cleanup.policy": "delete"])
        #expect(
            try TopicConfigs.incremental([Change(name: "cleanup.policy", operation: .subtract, value: "delete")], to: ["cleanup.policy": "compact,delete"])
                == ["cleanup.policy": "compact"])
        // Setting what is already there changes nothing.
        #expect(try TopicConfigs.incremental([Change(name: "retention.ms", operation: .set, value: "1000")], to: current).isEmpty)
    }

    @Test func refusalsNameTheKeyAndTheReason() {
        func refusal(_ changes: [Change], _ current: [String: String] = [:]) -> ControlPlaneError? {
            do {
                _ = try TopicConfigs.incremental(changes, to: current)
                return nil
            } catch {
                return error as? ControlPlaneError
            }
        }
        let notANumber = refusal([Change(name: "retention.ms", operation: .set, value: "soon")])
        #expect(notANumber?.code == .invalidConfig && notANumber?.message.contains("retention.ms") == true)
        #expect(refusal([Change(name: "retention.ms", operation: .append, value: "5")])?.message.contains("not a list") == true)
        #expect(refusal([Change(name: "no.such.config", operation: .delete, value: nil)])?.message.contains("unknown topic config") == true)
        #expect(refusal([Change(name: "cleanup.policy", operation: .subtract, value: "delete")])?.message.contains("at least one") == true)
        #expect(refusal([Change(name: "cleanup.policy", operation: .set, value: "shred")])?.message.contains("'shred'") == true)
        #expect(refusal([Change(name: "min.cleanable.dirty.ratio", operation: .set, value: "1.5")])?.code == .invalidConfig)
        #expect(refusal([Change(name: "preallocate", operation: .set, value: "yes")])?.code == .invalidConfig)
        let twice = refusal([Change(name: "retention.ms", operation: .set, value: "1"), Change(name: "retention.ms", operation: .delete, value: nil)])
        #expect(twice?.code == .invalidRequest)
        #expect(refusal([Change(name: "retention.ms", operation: .set, value: nil)])?.code == .invalidRequest)
    }

    @Test func legacyAlterReplacesEveryOverride() throws {
        let current = ["retention.ms": "1000", "cleanup.policy": "compact"]
        let expected: [String: String?] = ["retention.ms": "2000", "cleanup.policy": nil]
        #expect(try TopicConfigs.replacing(with: [("retention.ms", "2000")], current: current) == expected)
        #expect(throws: ControlPlaneError.self) { try TopicConfigs.replacing(with: [("retention.ms", nil)], current: current) }
        #expect(throws: ControlPlaneError.self) { try TopicConfigs.replacing(with: [("retention.ms", "-5")], current: current) }
        #expect(try TopicConfigs.replacing(with: [("retention.ms", "1"), ("retention.ms", "1000")], current: current) == ["cleanup.policy": nil])
    }

    @Test func everyDefaultIsValidAndEveryConfigHasOne() {
        #expect(TopicConfigs.validate(TopicConfigs.defaults) == nil)
        #expect(TopicConfigs.known.count == TopicConfigs.defaults.count)
        #expect(TopicConfigs.value("retention.ms", in: [:]) == "604800000")
        #expect(TopicConfigs.value("retention.ms", in: ["retention.ms": "5"]) == "5")
    }

    /// The configs Fjord acts on (DescribeConfigs' documentation says which it does not): a
    /// config that starts or stops being honoured must change this list and the docs.
    @Test func theHonouredConfigsAreTheOnesFjordActsOn() {
        #expect(
            Set(TopicConfigs.definitions.values.filter(\.honoured).map(\.name)) == [
                "cleanup.policy", "compression.type", "delete.retention.ms", "max.compaction.lag.ms", "max.message.bytes",
                "message.timestamp.type", "min.cleanable.dirty.ratio", "min.compaction.lag.ms", "retention.bytes", "retention.ms",
            ])
    }
}
