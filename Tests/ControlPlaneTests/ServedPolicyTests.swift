import ControlPlaneRPC
import Policy
import Testing

@testable import ControlPlaneServer

/// Least privilege on the control plane's API: each agent group may make only the calls its
/// roles need, whatever key it holds.
@Suite struct ServedPolicyTests {
    static let document = try! PolicyParser.parse(
        """
        cluster: {name: c, bucket: b}
        groups:
          - {name: writers, roles: [produce]}
          - {name: readers, roles: [fetch]}
          - {name: etl, roles: [fetch], coordinates_consumer_groups: true}
          - {name: jobs, roles: [jobs]}
        """, file: "p.yaml")

    static func refusal(_ call: String, _ group: String, policy: ServedPolicy) -> RPC.Failure? {
        do {
            try policy.permit(call: call, group: group)
            return nil
        } catch {
            return error as? RPC.Failure
        }
    }

    @Test func eachGroupMayMakeOnlyTheCallsItsRolesNeed() {
        let policy = ServedPolicy()
        #expect(Self.refusal(RPC.commit.name, "readers", policy: policy) == nil)  // no policy: every call
        policy.install(.init(version: 1, source: "", file: "p.yaml"), document: Self.document)
        let table: [(String, String, Bool)] = [
            (RPC.commit.name, "writers", true), (RPC.commit.name, "readers", false), (RPC.commit.name, "jobs", false),
            (RPC.batches.name, "readers", true), (RPC.batches.name, "writers", false),
            (RPC.join.name, "etl", true), (RPC.join.name, "readers", false), (RPC.commitOffsets.name, "writers", false),
            (RPC.replaceBatches.name, "jobs", true), (RPC.forgetObjects.name, "writers", false), (RPC.objects.name, "readers", false),
            (RPC.createTopic.name, "writers", true), (RPC.createTopic.name, "jobs", false),
            (RPC.agentHeartbeat.name, "jobs", true), (RPC.topics.name, "readers", true),
        ]
        for (call, group, allowed) in table {
            let failure = Self.refusal(call, group, policy: policy)
            #expect((failure == nil) == allowed, "\(group) calling \(call)")
            if let failure { #expect(failure.code == .clusterAuthorizationFailed && failure.message.contains("may not call \(call)")) }
        }
        #expect(Self.refusal(RPC.topics.name, "strangers", policy: policy)?.message.contains("not declared in policy v1") == true)
    }

    /// Every call of the API has a rule, so a new call cannot slip through unchecked.
    @Test func everyCallIsListed() {
        let calls = ControlPlaneService.callNames
        #expect(
            Set(calls).subtracting(CallPermissions.needed.keys).isEmpty, "calls without a permission: \(Set(calls).subtracting(CallPermissions.needed.keys))")
    }
}
