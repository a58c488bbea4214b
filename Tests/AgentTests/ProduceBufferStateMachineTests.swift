import KafkaLog
import KafkaProtocol
import Testing

@testable import Agent

/// The flush, hedge and commit decisions, with time as a number: no sockets, no sleeping.
@Suite struct ProduceBufferStateMachineTests {
    typealias Machine = ProduceBufferStateMachine

    static let topic = KafkaUUID(mostSignificantBits: 1, leastSignificantBits: 2)
    static func p(_ partition: Int32) -> TopicPartitionID { TopicPartitionID(topicId: topic, partition: partition) }

    /// The actions of one kind among `actions`.
    static func puts(_ actions: [Machine.Action]) -> [Int] { actions.compactMap { if case .put(let id) = $0 { id } else { nil } } }
    static func commits(_ actions: [Machine.Action]) -> [Int] { actions.compactMap { if case .commit(let id) = $0 { id } else { nil } } }
    static func fails(_ actions: [Machine.Action]) -> [Int] { actions.compactMap { if case .fail(let id) = $0 { id } else { nil } } }

    @Test func flushesAtTheBatchTimeout() {
        var machine = Machine(configuration: .init(lingerMs: 250, maxBytes: 1000, hedgeAfterMs: nil))
        #expect(machine.appended(bytes: 10, partitions: [Self.p(0)], nowMs: 1000) == [.scheduleTimer(atMs: 1250)])
        #expect(machine.appended(bytes: 10, partitions: [Self.p(0)], nowMs: 1100) == [])  // the timer is already set
        #expect(machine.timerFired(nowMs: 1200) == [])  // a stale wake-up: the 1250 timer still stands
        #expect(machine.timerFired(nowMs: 1250) == [.put(0)])
        #expect(machine.pendingBytes == 0 && machine.segmentsInFlight == 1)
        #expect(machine.putSucceeded(0, nowMs: 1300) == [.commit(0)])
        #expect(machine.commitFinished(0, succeeded: true, nowMs: 1310) == [])
        #expect(machine.isIdle)
    }

    @Test func flushesAtTheSizeLimit() {
        var machine = Machine(configuration: .init(lingerMs: 250, maxBytes: 100))
        _ = machine.appended(bytes: 60, partitions: [Self.p(0)], nowMs: 0)
        #expect(Self.puts(machine.appended(bytes: 60, partitions: [Self.p(0)], nowMs: 5)) == [0])
    }

    /// Issue 16: a slow PUT no longer holds back the segments behind it; their PUTs run, and
    /// their commits follow the slow one's, in order.
    @Test func segmentsArePutWhileAnEarlierPutIsSlowAndCommittedInOrder() {
        var machine = Machine(configuration: .init(lingerMs: 250, maxBytes: 1 << 20, maxInFlight: 4, hedgeAfterMs: nil))
        _ = machine.appended(bytes: 10, partitions: [Self.p(0)], nowMs: 0)
        #expect(Self.puts(machine.timerFired(nowMs: 250)) == [0])  // segment 0's PUT hangs
        _ = machine.appended(bytes: 10, partitions: [Self.p(0)], nowMs: 260)
        #expect(Self.puts(machine.timerFired(nowMs: 510)) == [1])  // its own batch timeout, not 0's PUT
        _ = machine.appended(bytes: 10, partitions: [Self.p(1)], nowMs: 520)
        #expect(Self.puts(machine.timerFired(nowMs: 770)) == [2])
        #expect(machine.putSucceeded(2, nowMs: 800) == [])  // stored; waits for 0 and 1
        #expect(machine.putSucceeded(1, nowMs: 810) == [])
        #expect(machine.putSucceeded(0, nowMs: 1500) == [.commit(0)])
        #expect(machine.commitFinished(0, succeeded: true, nowMs: 1510) == [.commit(1)])
        #expect(machine.commitFinished(1, succeeded: true, nowMs: 1520) == [.commit(2)])
        #expect(machine.commitFinished(2, succeeded: true, nowMs: 1530) == [])
        #expect(machine.isIdle)
    }

    @Test func inFlightSegmentsAreBoundedByCountAndBytes() {
        var machine = Machine(configuration: .init(lingerMs: 10, maxBytes: 100, maxInFlight: 2, maxInFlightBytes: 250, hedgeAfterMs: nil))
        #expect(Self.puts(machine.appended(bytes: 100, partitions: [Self.p(0)], nowMs: 0)) == [0])
        #expect(Self.puts(machine.appended(bytes: 100, partitions: [Self.p(0)], nowMs: 1)) == [1])
        #expect(Self.puts(machine.appended(bytes: 100, partitions: [Self.p(0)], nowMs: 2)) == [])  // two in flight
        #expect(Self.puts(machine.timerFired(nowMs: 50)) == [])  // still no room: no PUT, and no timer spin
        #expect(Self.puts(machine.putSucceeded(0, nowMs: 60)) == [])  // stored, not committed: still in flight
        #expect(Self.puts(machine.commitFinished(0, succeeded: true, nowMs: 70)) == [2])  // room again
        var bytes = Machine(configuration: .init(lingerMs: 10, maxBytes: 100, maxInFlight: 8, maxInFlightBytes: 250, hedgeAfterMs: nil))
        #expect(Self.puts(bytes.appended(bytes: 200, partitions: [Self.p(0)], nowMs: 0)) == [0])  // alone, past the byte bound
        #expect(Self.puts(bytes.appended(bytes: 100, partitions: [Self.p(0)], nowMs: 1)) == [])  // 300 > 250
    }

    @Test func aFailedPutFailsLaterSegmentsSharingAPartitionOnly() {
        var machine = Machine(configuration: .init(lingerMs: 10, maxBytes: 10, maxInFlight: 8, hedgeAfterMs: nil))
        _ = machine.appended(bytes: 10, partitions: [Self.p(0)], nowMs: 0)  // 0: p0
        _ = machine.appended(bytes: 10, partitions: [Self.p(1)], nowMs: 1)  // 1: p1
        _ = machine.appended(bytes: 10, partitions: [Self.p(0), Self.p(2)], nowMs: 2)  // 2: p0, p2
        _ = machine.appended(bytes: 10, partitions: [Self.p(2)], nowMs: 3)  // 3: p2, through 2
        _ = machine.appended(bytes: 10, partitions: [Self.p(3)], nowMs: 4)  // 4: p3
        #expect(machine.segmentsInFlight == 5)
        #expect(Self.fails(machine.putFailed(0, nowMs: 20)) == [2, 3])
        #expect(Self.commits(machine.putSucceeded(1, nowMs: 21)) == [1])
        #expect(Self.commits(machine.putSucceeded(3, nowMs: 22)) == [])  // already failed: its object is an orphan
        #expect(Self.commits(machine.commitFinished(1, succeeded: true, nowMs: 23)) == [])
        #expect(Self.commits(machine.putSucceeded(4, nowMs: 24)) == [4])
    }

    @Test func aFailedCommitFailsLaterSegmentsSharingAPartition() {
        var machine = Machine(configuration: .init(lingerMs: 10, maxBytes: 10, maxInFlight: 8, hedgeAfterMs: nil))
        _ = machine.appended(bytes: 10, partitions: [Self.p(0)], nowMs: 0)
        _ = machine.appended(bytes: 10, partitions: [Self.p(0)], nowMs: 1)
        _ = machine.appended(bytes: 10, partitions: [Self.p(1)], nowMs: 2)
        #expect(Self.commits(machine.putSucceeded(0, nowMs: 5)) == [0])
        _ = machine.putSucceeded(1, nowMs: 6)
        _ = machine.putSucceeded(2, nowMs: 7)
        let actions = machine.commitFinished(0, succeeded: false, nowMs: 8)
        #expect(Self.fails(actions) == [1] && Self.commits(actions) == [2])
    }

    @Test func aSlowPutIsHedgedOnceAtTheBoundOrThreeMedians() {
        var machine = Machine(configuration: .init(lingerMs: 10, maxBytes: 10, maxInFlight: 8, hedgeAfterMs: 1000))
        #expect(machine.hedgeThresholdMs == 1000)  // no history: the bound
        var now: Int64 = 0
        for id in 0..<8 {  // 8 PUTs of 40 ms make the threshold 120 ms
            _ = machine.appended(bytes: 10, partitions: [Self.p(0)], nowMs: now)
            now += 40
            _ = machine.putSucceeded(id, nowMs: now)
            _ = machine.commitFinished(id, succeeded: true, nowMs: now)
        }
        #expect(machine.hedgeThresholdMs == 120)
        let flushed = machine.appended(bytes: 10, partitions: [Self.p(0)], nowMs: now)
        #expect(Self.puts(flushed) == [8] && flushed.contains(.scheduleTimer(atMs: now + 120)))
        #expect(machine.timerFired(nowMs: now + 119) == [])  // the timer for now + 120 still stands
        #expect(machine.timerFired(nowMs: now + 120) == [.hedge(8)])
        #expect(machine.timerFired(nowMs: now + 500) == [])  // once only
        #expect(machine.putSucceeded(8, nowMs: now + 130) == [.commit(8)])
        #expect(machine.putSucceeded(8, nowMs: now + 600) == [])  // the slow first attempt, late: ignored
    }

    /// A saturated store, where every PUT takes longer than the bound: hedging waits for twice
    /// the median instead, so that segments are not all PUT twice.
    @Test func whenEveryPutIsSlowOnlyTheOutliersAreHedged() {
        var machine = Machine(configuration: .init(lingerMs: 10, maxBytes: 10, maxInFlight: 8, hedgeAfterMs: 500))
        var now: Int64 = 0
        for id in 0..<8 {  // 8 PUTs of 800 ms
            _ = machine.appended(bytes: 10, partitions: [Self.p(0)], nowMs: now)
            now += 800
            _ = machine.putSucceeded(id, nowMs: now)
            _ = machine.commitFinished(id, succeeded: true, nowMs: now)
        }
        #expect(machine.hedgeThresholdMs == 1600)
        _ = machine.appended(bytes: 10, partitions: [Self.p(0)], nowMs: now)
        #expect(machine.timerFired(nowMs: now + 900) == [])  // slower than the bound, but typical
        #expect(machine.timerFired(nowMs: now + 1600) == [.hedge(8)])
    }

    /// At most two of the last twenty segments are hedged, however many PUTs are slow.
    @Test func hedgesAreBudgetedToATenthOfTheSegments() {
        var machine = Machine(configuration: .init(lingerMs: 10, maxBytes: 10, maxInFlight: 8, hedgeAfterMs: 1000))
        var now: Int64 = 0
        var hedged: [Int] = []
        for id in 0..<68 {
            // After 8 fast PUTs, two in five are slow: the median stays 10 ms, the threshold 30 ms.
            let slow = id >= 8 && id % 5 < 2
            _ = machine.appended(bytes: 10, partitions: [Self.p(0)], nowMs: now)
            if slow {
                for case .hedge(let segment) in machine.timerFired(nowMs: now + 40) { hedged.append(segment) }
            }
            now += slow ? 45 : 10
            _ = machine.putSucceeded(id, nowMs: now)
            _ = machine.commitFinished(id, succeeded: true, nowMs: now)
        }
        #expect(machine.hedgeThresholdMs == 30)
        for start in 0..<48 {
            #expect(hedged.filter { (start..<(start + 20)).contains($0) }.count <= 2, "hedged \(hedged)")
        }
        #expect(hedged.count >= 5, "hedges resume as earlier ones age out: \(hedged)")
    }

    @Test func drainFlushesWhatIsPendingAndIsIdleOnlyAfterTheCommits() {
        var machine = Machine(configuration: .init())
        #expect(machine.drain(nowMs: 0) == [])
        _ = machine.appended(bytes: 1, partitions: [Self.p(0)], nowMs: 0)
        #expect(Self.puts(machine.drain(nowMs: 1)) == [0])
        #expect(!machine.isIdle)
        _ = machine.putSucceeded(0, nowMs: 2)
        _ = machine.commitFinished(0, succeeded: true, nowMs: 3)
        #expect(machine.isIdle)
    }

    /// Every order in which four segments' PUTs can finish, with every subset of them
    /// failing: commits are issued one at a time in segment order; exactly the segments whose
    /// PUT succeeded and that share no partition with an earlier failed one (transitively)
    /// are committed; the rest are failed once, by the writer (a failed PUT) or by `.fail`.
    @Test func everyInterleavingOfPutCompletionsKeepsOrder() {
        let partitions: [Set<TopicPartitionID>] = [[Self.p(0)], [Self.p(1)], [Self.p(0), Self.p(2)], [Self.p(2)]]
        var cases = 0
        for order in permutations(Array(0..<4)) {
            for failureMask in 0..<16 {
                var machine = Machine(configuration: .init(lingerMs: 10, maxBytes: 10, maxInFlight: 8, hedgeAfterMs: nil))
                for (id, set) in partitions.enumerated() { _ = machine.appended(bytes: 10, partitions: set, nowMs: Int64(id)) }
                var committed: [Int] = []
                var failed = Set<Int>()
                var committing: Int?
                var events = order.map { (id: $0, fails: failureMask & (1 << $0) != 0) }
                var now: Int64 = 10
                func handle(_ actions: [Machine.Action]) {
                    for action in actions {
                        switch action {
                        case .commit(let id):
                            #expect(committing == nil, "two commits at once")
                            #expect(committed.last.map { $0 < id } ?? true, "commits out of order")
                            committing = id
                        case .fail(let id):
                            #expect(failed.insert(id).inserted)
                        case .put, .hedge, .scheduleTimer:
                            break
                        }
                    }
                }
                while !events.isEmpty || committing != nil {
                    now += 1
                    if let id = committing {
                        committing = nil
                        committed.append(id)
                        handle(machine.commitFinished(id, succeeded: true, nowMs: now))
                        continue
                    }
                    let event = events.removeFirst()
                    if event.fails {
                        if !failed.contains(event.id) { failed.insert(event.id) }  // the writer answers its own
                        handle(machine.putFailed(event.id, nowMs: now))
                    } else {
                        handle(machine.putSucceeded(event.id, nowMs: now))
                    }
                }
                var expectedFailed = Set<Int>()
                var tainted = Set<TopicPartitionID>()
                for id in 0..<4 where failureMask & (1 << id) != 0 || !partitions[id].isDisjoint(with: tainted) {
                    expectedFailed.insert(id)
                    tainted.formUnion(partitions[id])
                }
                #expect(committed == (0..<4).filter { !expectedFailed.contains($0) }, "order \(order), failures \(failureMask)")
                #expect(failed == expectedFailed)
                #expect(machine.isIdle)
                cases += 1
            }
        }
        #expect(cases == 24 * 16)
    }

    private func permutations(_ items: [Int]) -> [[Int]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { index -> [[Int]] in
            var rest = items
            let first = rest.remove(at: index)
            return permutations(rest).map { [first] + $0 }
        }
    }
}
