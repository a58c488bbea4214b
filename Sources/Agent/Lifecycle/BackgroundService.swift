import ServiceLifecycle

/// A long-running loop (following watermarks, the jobs runner, a tick) as a `Service` that
/// is cancelled when graceful shutdown reaches it: it holds nothing that needs draining.
public struct BackgroundService: Service, CustomStringConvertible {
    public let description: String
    let body: @Sendable () async -> Void

    public init(_ name: String, _ body: @escaping @Sendable () async -> Void) {
        self.description = name
        self.body = body
    }

    public func run() async {
        try? await cancelWhenGracefulShutdown { await body() }
    }
}
