/// Runs calls one at a time per key, in the order they arrive. A group's offset commits go
/// through it, so a write held up (waiting for PostgreSQL to come back, say) cannot be
/// overtaken by a later commit and then land over it.
actor OrderedByKey {
    private var tails: [String: Task<Void, Never>] = [:]

    func run<T: Sendable>(_ key: String, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let previous = tails[key]
        let call = Task {
            await previous?.value
            return try await body()
        }
        let tail = Task { _ = try? await call.value }
        tails[key] = tail
        defer { if tails[key] == tail { tails[key] = nil } }
        return try await call.value
    }

    /// Returns once every call queued for `key` before this one has finished.
    func barrier(_ key: String) async {
        await tails[key]?.value
    }
}
