import Testing

@testable import ControlPlane

@Suite struct DeadlineTests {
    struct Refused: Error {}

    @Test func anAnswerInTimeIsReturned() async throws {
        #expect(try await withDeadline(.seconds(5)) { 42 } == 42)
        await #expect(throws: Refused.self) { try await withDeadline(.seconds(5)) { throw Refused() } }
    }

    /// An await that never returns (as postgres-nio's on a connection that has just closed)
    /// is given up at the deadline, without waiting for it.
    @Test func anAwaitThatNeverReturnsIsAbandonedAtTheDeadline() async throws {
        let (never, continuation) = AsyncStream<Void>.makeStream()
        let hang = Task { for await _ in never {} }
        defer { continuation.finish() }
        let started = ContinuousClock.now
        await #expect(throws: DeadlineExceeded.self) {
            // Awaiting another task's value is deaf to cancellation, like the query it stands for.
            try await withDeadline(.milliseconds(200)) { await hang.value }
        }
        let waited = started.duration(to: .now)
        // Without the deadline it would never return; the upper bound only allows for a
        // loaded machine (the whole suite in parallel on 2 cores delayed the timer 5 s once).
        #expect(waited >= .milliseconds(200) && waited < .seconds(30))
    }
}
