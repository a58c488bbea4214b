import Logging
import ServiceLifecycle

/// The agents' segment writers as a `Service`: they flush on their own timers while it
/// runs; on graceful shutdown it writes out and commits every pending segment, so nothing
/// produced is left unacknowledged, and returns.
public struct SegmentFlusherService: Service {
    let writers: [SegmentWriter]
    let logger: Logger

    public init(writers: [SegmentWriter], logger: Logger) {
        self.writers = writers
        self.logger = logger
    }

    public func run() async {
        try? await gracefulShutdown()
        logger.notice("shutting down: flushing pending produces")
        for writer in writers { await writer.drain() }
    }
}
