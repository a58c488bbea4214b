import Logging
import ServiceLifecycle

/// The agents' segment writers as a `Service`: their flushes and batch timers run in its
/// task. On graceful shutdown it writes out and commits every pending segment, so nothing
/// produced is left unacknowledged, then stops them.
public struct SegmentFlusherService: Service {
    let writers: [SegmentWriter]
    let logger: Logger

    public init(writers: [SegmentWriter], logger: Logger) {
        self.writers = writers
        self.logger = logger
    }

    public func run() async {
        await withTaskGroup(of: Void.self) { group in
            for writer in writers { group.addTask { await writer.run() } }
            try? await gracefulShutdown()
            logger.notice("shutting down: flushing pending produces")
            for writer in writers { await writer.drain() }
            group.cancelAll()
        }
    }
}
