import NIOConcurrencyHelpers

/// Loads that callers asking for the same key at the same time share: the first caller starts
/// the load, and everyone who asks before it ends awaits that one result.
///
/// Several consumer groups tailing one topic ask an agent for the same new segment within
/// milliseconds of each other; without this, each miss was its own GET.
final class SharedLoads<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let running = NIOLockedValueBox<[Key: Task<Value, any Error>]>([:])

    /// `load`'s result for `key`, from the load already running for it if there is one.
    ///
    /// The load runs in its own task, so a caller that gives up (a fetch past its deadline)
    /// neither cancels it for the others nor waits for it.
    func value(for key: Key, load: @escaping @Sendable () async throws -> Value) async throws -> Value {
        let task = running.withLockedValue { running in
            if let task = running[key] { return task }
            let task = Task {
                // Runs after the insertion below: the lock is held until then.
                defer { _ = self.running.withLockedValue { $0.removeValue(forKey: key) } }
                return try await load()
            }
            running[key] = task
            return task
        }
        return try await task.value
    }

    /// Keys being loaded now.
    var count: Int { running.withLockedValue { $0.count } }
}
