import Foundation

/// Temporary credentials, fetched when first needed and again shortly before they expire.
/// Concurrent requests share one fetch. When a refresh fails while the cached credentials
/// still work, they are used and the next request tries again; once they have expired, the
/// request fails with the reason.
public actor RefreshingCredentialSource: S3CredentialSource {
    public nonisolated let description: String
    private let fetch: @Sendable () async throws -> S3Credentials
    private let refreshBefore: Duration
    private let now: @Sendable () -> Date
    private var cached: S3Credentials?
    private var inFlight: Task<S3Credentials, any Error>?

    /// - Parameters:
    ///   - refreshBefore: how long before expiry to fetch new credentials (AWS SDKs use 5 minutes).
    ///   - now: the clock, injectable for tests.
    public init(
        description: String, refreshBefore: Duration = .seconds(300), now: @escaping @Sendable () -> Date = { Date() },
        fetch: @escaping @Sendable () async throws -> S3Credentials
    ) {
        self.description = description
        self.fetch = fetch
        self.refreshBefore = refreshBefore
        self.now = now
    }

    public func credentials() async throws -> S3Credentials {
        let current = now()
        if let cached, !needsRefresh(cached, at: current) { return cached }
        let task = inFlight ?? Task { try await fetch() }
        inFlight = task
        do {
            let fresh = try await task.value
            inFlight = nil
            cached = fresh
            return fresh
        } catch {
            inFlight = nil
            if let cached, let expiration = cached.expiration, expiration > current { return cached }
            let reason: String
            switch error {
            case ObjectStoreError.accessDenied(let detail), ObjectStoreError.unavailable(let detail): reason = detail
            default: reason = "\(error)"
            }
            throw ObjectStoreError.accessDenied("could not get credentials (\(description)): \(reason)")
        }
    }

    private func needsRefresh(_ credentials: S3Credentials, at date: Date) -> Bool {
        guard let expiration = credentials.expiration else { return false }
        return expiration.timeIntervalSince(date) < Double(refreshBefore.components.seconds)
    }
}
