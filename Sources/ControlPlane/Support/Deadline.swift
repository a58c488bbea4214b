import NIOConcurrencyHelpers

/// `body` did not finish within its deadline (`withDeadline`).
public struct DeadlineExceeded: Error, CustomStringConvertible {
    public var timeout: Duration
    public var description: String { "no answer within \(timeout)" }
}

/// Runs `body`, returning its value, or throws `DeadlineExceeded` once `timeout` has passed.
///
/// Unlike a task group, it does not wait for `body` to end: an await that never returns
/// (postgres-nio never answers a query written to a connection that has just closed) goes
/// on in the background, cancelled. So the caller must make sure that work abandoned here
/// cannot still take effect later, or does no harm if it does. The caller's own cancellation
/// does not reach `body`: it ends at the latest at the deadline.
public func withDeadline<T: Sendable>(_ timeout: Duration, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    let race = DeadlineRace<T>()
    return try await withCheckedThrowingContinuation { continuation in
        race.start(continuation)
        let work = Task { race.finish(with: await Result(catching: body)) }
        let timer = Task {
            try await Task.sleep(for: timeout)
            if race.finish(with: .failure(DeadlineExceeded(timeout: timeout))) { work.cancel() }
        }
        race.onFinish { timer.cancel() }
    }
}

/// `withDeadline` to an instant; one already past fails at once, without starting `body`.
public func withDeadline<T: Sendable>(until deadline: ContinuousClock.Instant, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    let left = ContinuousClock.now.duration(to: deadline)
    guard left > .zero else { throw DeadlineExceeded(timeout: .zero) }
    return try await withDeadline(left, body)
}

/// Whichever of the work and the timer finishes first resumes the continuation; the other
/// finds it gone.
private final class DeadlineRace<T: Sendable>: Sendable {
    private struct State {
        var continuation: CheckedContinuation<T, any Error>?
        var finished = false
        var cleanup: (@Sendable () -> Void)?
    }
    private let state = NIOLockedValueBox(State())

    func start(_ continuation: CheckedContinuation<T, any Error>) {
        state.withLockedValue { $0.continuation = continuation }
    }

    /// Runs `cleanup` once the race is decided (at once if it already is).
    func onFinish(_ cleanup: @escaping @Sendable () -> Void) {
        let decided = state.withLockedValue { state in
            if state.finished { return true }
            state.cleanup = cleanup
            return false
        }
        if decided { cleanup() }
    }

    /// True when this call decided the race.
    @discardableResult
    func finish(with result: Result<T, any Error>) -> Bool {
        let (continuation, cleanup) = state.withLockedValue { state -> (CheckedContinuation<T, any Error>?, (@Sendable () -> Void)?) in
            guard !state.finished else { return (nil, nil) }
            state.finished = true
            let taken = (state.continuation, state.cleanup)
            state.continuation = nil
            state.cleanup = nil
            return taken
        }
        guard let continuation else { return false }
        continuation.resume(with: result)
        cleanup?()
        return true
    }
}

extension Result where Failure == any Error {
    fileprivate init(catching body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}
