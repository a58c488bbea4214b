import KafkaProtocol
import NIOCore
import Testing

@testable import ControlPlane

/// The group coordinator without sockets: time is a number the test moves.
@Suite struct GroupStateMachineTests {
    typealias Machine = GroupStateMachine

    static func request(_ memberId: String, client: String = "c", session: Int32 = 10_000) -> Machine.JoinRequest {
        Machine.JoinRequest(
            memberId: memberId, groupInstanceId: nil, clientId: client, clientHost: "/127.0.0.1", sessionTimeoutMs: session,
            rebalanceTimeoutMs: 30_000, protocolType: "consumer",
            protocols: [.init(name: "range", metadata: ByteBuffer(string: client))], requireKnownMemberId: true)
    }

    static func joined(_ actions: [Machine.Action]) -> [String: Machine.JoinResult] {
        var result: [String: Machine.JoinResult] = [:]
        for case .respondToJoin(let id, let join) in actions { result[id] = join }
        return result
    }

    static func synced(_ actions: [Machine.Action]) -> [String: Machine.SyncResult] {
        var result: [String: Machine.SyncResult] = [:]
        for case .respondToSync(let id, let sync) in actions { result[id] = sync }
        return result
    }

    /// Two members join an empty group: MEMBER_ID_REQUIRED, then one generation after the initial delay.
    @Test func twoMembersFormAGeneration() {
        var group = Machine(groupId: "g")
        let (a, first) = group.join(Self.request(""), nowMs: 0)
        #expect(Self.joined(first)[a]?.error == .memberIdRequired)
        let (b, second) = group.join(Self.request("", client: "d"), nowMs: 0)
        #expect(Self.joined(second)[b]?.error == .memberIdRequired)
        #expect(group.join(Self.request(a), nowMs: 10).actions.isEmpty)  // waits
        #expect(group.join(Self.request(b, client: "d"), nowMs: 20).actions.isEmpty)  // waits for the initial delay
        #expect(group.tick(nowMs: 500).isEmpty)
        let done = Self.joined(group.tick(nowMs: 1020))
        #expect(done[a]?.generation == 1 && done[b]?.generation == 1)
        #expect(done[a]?.leader == a && done[a]?.members.count == 2 && done[b]?.members.isEmpty == true)
        #expect(group.phase == .completingRebalance && done[a]?.protocolName == "range")

        // The follower syncs first and waits; the leader's assignment answers both.
        #expect(group.sync(memberId: b, generation: 1, assignments: [:], protocolType: "consumer", protocolName: "range", nowMs: 1030).isEmpty)
        let synced = Self.synced(
            group.sync(
                memberId: a, generation: 1, assignments: [a: ByteBuffer(string: "A"), b: ByteBuffer(string: "B")],
                protocolType: nil, protocolName: nil, nowMs: 1040))
        #expect(synced[a]?.assignment == ByteBuffer(string: "A") && synced[b]?.assignment == ByteBuffer(string: "B"))
        #expect(group.phase == .stable)
        #expect(group.heartbeat(memberId: b, generation: 1, nowMs: 2000) == .none)
        #expect(group.heartbeat(memberId: b, generation: 0, nowMs: 2000) == .illegalGeneration)
        #expect(group.validateOffsetCommit(memberId: a, generation: 1, nowMs: 2000) == .none)
    }

    /// A third member joining a stable group triggers a rebalance the others learn of by heartbeat.
    @Test func joinAndLeaveRebalance() {
        var group = Machine(groupId: "g")
        let (a, _) = group.join(Self.request(""), nowMs: 0)
        _ = group.join(Self.request(a), nowMs: 0)
        _ = group.tick(nowMs: 1000)
        _ = group.sync(memberId: a, generation: 1, assignments: [:], protocolType: nil, protocolName: nil, nowMs: 1000)
        #expect(group.phase == .stable)

        let (c, _) = group.join(Self.request("", client: "e"), nowMs: 2000)
        #expect(group.join(Self.request(c, client: "e"), nowMs: 2000).actions.isEmpty)
        #expect(group.phase == .preparingRebalance)
        #expect(group.heartbeat(memberId: a, generation: 1, nowMs: 2100) == .rebalanceInProgress)
        // While the rebalance is prepared, a still owns its partitions and may commit them.
        #expect(group.validateOffsetCommit(memberId: a, generation: 1, nowMs: 2100) == .none)
        let rejoined = Self.joined(group.join(Self.request(a), nowMs: 2200).actions)
        #expect(rejoined[a]?.generation == 2 && rejoined[c]?.generation == 2)
        // Joined but not yet synced: what a would commit was read under generation 1's
        // assignment, and its partitions may be c's now (Kafka answers the same).
        #expect(group.validateOffsetCommit(memberId: a, generation: 2, nowMs: 2250) == .rebalanceInProgress)
        #expect(group.validateOffsetCommit(memberId: a, generation: 1, nowMs: 2250) == .illegalGeneration)

        // The leader leaves: the group rebalances around the remaining member.
        let (errors, _) = group.leave(memberIds: [a, "nobody"], nowMs: 3000)
        #expect(errors[a] == KafkaErrorCode.none && errors["nobody"] == .unknownMemberId)
        let final = Self.joined(group.join(Self.request(c, client: "e"), nowMs: 3100).actions)
        #expect(final[c]?.generation == 3 && final[c]?.leader == c)
    }

    /// A member that stops heartbeating is expired after its session timeout.
    @Test func silentMembersExpire() {
        var group = Machine(groupId: "g")
        let (a, _) = group.join(Self.request("", session: 6000), nowMs: 0)
        _ = group.join(Self.request(a, session: 6000), nowMs: 0)
        let (b, _) = group.join(Self.request("", client: "d", session: 6000), nowMs: 0)
        _ = group.join(Self.request(b, client: "d", session: 6000), nowMs: 0)
        _ = group.tick(nowMs: 1000)
        _ = group.sync(memberId: a, generation: 1, assignments: [:], protocolType: nil, protocolName: nil, nowMs: 1000)
        #expect(group.heartbeat(memberId: a, generation: 1, nowMs: 5000) == .none)
        _ = group.tick(nowMs: 7500)  // b silent since 1000
        #expect(group.members.map(\.memberId) == [a])
        #expect(group.phase == .preparingRebalance)
    }

    /// A member that leaves while its JoinGroup is parked gets that JoinGroup answered, so no
    /// request (and no connection behind it) is left waiting for a rebalance it is not part of.
    @Test func leavingWhileParkedInJoinAnswersTheJoin() {
        var group = Machine(groupId: "g")
        let (a, _) = group.join(Self.request(""), nowMs: 0)
        #expect(group.join(Self.request(a), nowMs: 0).actions.isEmpty)  // parked for the initial delay
        let (errors, actions) = group.leave(memberIds: [a], nowMs: 500)
        #expect(errors[a] == KafkaErrorCode.none)
        #expect(Self.joined(actions)[a]?.error == .unknownMemberId)
        #expect(group.phase == .empty && group.tick(nowMs: 2000).isEmpty)
    }

    /// A follower parked in SyncGroup whose session runs out (the leader never synced) is
    /// answered when it is expired; the leader's later sync no longer names it.
    @Test func expiringWhileParkedInSyncAnswersTheSync() {
        var group = Machine(groupId: "g")
        let (a, _) = group.join(Self.request("", session: 6000), nowMs: 0)
        _ = group.join(Self.request(a, session: 6000), nowMs: 0)
        let (b, _) = group.join(Self.request("", client: "d", session: 6000), nowMs: 0)
        _ = group.join(Self.request(b, client: "d", session: 6000), nowMs: 0)
        _ = group.tick(nowMs: 1000)
        #expect(group.sync(memberId: b, generation: 1, assignments: [:], protocolType: nil, protocolName: nil, nowMs: 1000).isEmpty)
        #expect(group.heartbeat(memberId: a, generation: 1, nowMs: 6000) == .none)
        let expired = Self.synced(group.tick(nowMs: 7500))
        #expect(expired[b]?.error == .unknownMemberId)
        #expect(group.members.map(\.memberId) == [a])
    }

    @Test func badRequestsGetTheRightErrors() {
        var group = Machine(groupId: "g")
        #expect(Self.joined(group.join(Self.request("made-up"), nowMs: 0).actions)["made-up"]?.error == .unknownMemberId)
        #expect(Self.joined(group.join(Self.request("", session: 10), nowMs: 0).actions)[""]?.error == .invalidSessionTimeout)
        #expect(group.heartbeat(memberId: "x", generation: 0, nowMs: 0) == .unknownMemberId)
        #expect(group.validateOffsetCommit(memberId: "", generation: -1, nowMs: 0) == .none)
        #expect(group.markDead() == .none)
    }
}

extension GroupStateMachine {
    /// The tests' joins: new members' ids end in a fixed UUID (they differ by their number).
    mutating func join(_ request: JoinRequest, nowMs: Int64) -> (memberId: String, actions: [Action]) {
        join(request, nowMs: nowMs, memberUUID: KafkaUUID(mostSignificantBits: 0x1234, leastSignificantBits: 0x5678))
    }
}
