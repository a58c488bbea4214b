import Testing

@testable import Agent

/// The flush decisions, with time as a number: no sockets, no sleeping.
@Suite struct ProduceBufferStateMachineTests {
    typealias Machine = ProduceBufferStateMachine

    @Test func flushesAtTheBatchTimeout() {
        var machine = Machine(configuration: .init(lingerMs: 250, maxBytes: 1000))
        #expect(machine.appended(bytes: 10, nowMs: 1000) == .scheduleTimer(atMs: 1250))
        #expect(machine.appended(bytes: 10, nowMs: 1100) == .none)  // the timer is already set
        #expect(machine.timerFired(nowMs: 1200) == .scheduleTimer(atMs: 1250))  // early wake-up
        #expect(machine.timerFired(nowMs: 1250) == .flush)
        #expect(machine.isFlushing && machine.pendingBytes == 0)
        #expect(machine.flushFinished(nowMs: 1300) == .none)
    }

    @Test func flushesAtTheSizeLimit() {
        var machine = Machine(configuration: .init(lingerMs: 250, maxBytes: 100))
        _ = machine.appended(bytes: 60, nowMs: 0)
        #expect(machine.appended(bytes: 60, nowMs: 5) == .flush)
    }

    @Test func oneFlushAtATimeAndTheNextFollowsAtOnce() {
        var machine = Machine(configuration: .init(lingerMs: 250, maxBytes: 100))
        _ = machine.appended(bytes: 10, nowMs: 0)
        #expect(machine.timerFired(nowMs: 250) == .flush)
        // Batches arriving during the flush wait, even past the size limit.
        #expect(machine.appended(bytes: 500, nowMs: 260) == .none)
        #expect(machine.timerFired(nowMs: 600) == .none)
        // When the flush ends, the overdue segment goes at once.
        #expect(machine.flushFinished(nowMs: 610) == .flush)
        // A segment not yet due when the flush ends gets a timer for its own deadline.
        _ = machine.appended(bytes: 1, nowMs: 620)
        #expect(machine.flushFinished(nowMs: 650) == .scheduleTimer(atMs: 870))
    }

    @Test func drainFlushesWhatIsPending() {
        var machine = Machine(configuration: .init())
        #expect(machine.drain() == .none)
        _ = machine.appended(bytes: 1, nowMs: 0)
        #expect(machine.drain() == .flush)
    }
}
