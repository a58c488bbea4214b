import Logging
import ServiceLifecycle

/// An agent's Kafka listeners as a `Service`. On graceful shutdown it stops accepting,
/// lets every connection answer the requests it has in flight (the segment flusher, shut
/// down after this, is still flushing), and returns once every connection has closed.
public struct KafkaListenersService: Service {
    let agent: KafkaAgent
    let listeners: [KafkaListener]
    let logger: Logger

    public init(agent: KafkaAgent, listeners: [KafkaListener], logger: Logger) {
        self.agent = agent
        self.listeners = listeners
        self.logger = logger
    }

    public func run() async {
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { group in
                for listener in listeners {
                    group.addTask {
                        do {
                            try await agent.serve(listener)
                        } catch  where Task.isShuttingDownGracefully || Task.isCancelled {
                            logger.debug("listener \(listener.name) stopped: \(error)")
                        } catch {
                            // Not asked to stop: the agent can no longer serve, and ends (the service group stops it).
                            logger.error("listener \(listener.name) failed, the agent stops: \(error)")
                        }
                    }
                }
            }
        } onGracefulShutdown: {
            logger.notice("shutting down: no new connections; answering the \(agent.openConnections) open ones, then closing them")
            for listener in listeners { listener.close() }
            agent.shutDownConnections()
        }
    }
}
