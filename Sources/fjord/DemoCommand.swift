import Agent
import ArgumentParser
import FjordClient
import Foundation
import Logging

/// `fjord demo`: a playground plus a built-in producer and consumer, with a live line.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run a playground with a built-in producer and consumer, printing throughput and end-to-end latency."
    )

    @Option var listen = HostPort(argument: "127.0.0.1:9092")!
    @Option var dataDir = ".fjord/demo"
    @Option var agents = 3
    @Option var rate = 2000
    @Option var recordSize = 512
    @Option var batchTimeout = Milliseconds(argument: "250ms")!
    @Option(help: "How long to run, e.g. 30s.")
    var duration = Milliseconds(argument: "30s")!

    func run() async throws {
        var configuration = EmbeddedCluster.Configuration(dataDirectory: dataDir)
        configuration.agent.host = listen.host
        configuration.agent.port = listen.port
        configuration.agents = agents
        configuration.agent.produce.lingerMs = batchTimeout.value
        let cluster: EmbeddedCluster
        let logger = Terminal.makeLogger(level: .warning)
        do {
            cluster = try await EmbeddedCluster.start(configuration, logger: logger)
        } catch {
            throw CommandFailure("\(error)")
        }
        Terminal.say("demo: \(agents) agents, bootstrap \(cluster.bootstrap), \(rate) rec/s of \(recordSize) B, batch timeout \(batchTimeout.value) ms")
        let services = Lifecycle.group(cluster.services, logger: logger)
        let serving = Task { try await services.run() }
        var load = LoadGenerator.Configuration()
        load.topic = "fjord-demo"
        load.partitions = Int32(agents) * 2
        load.rate = rate
        load.recordSize = recordSize
        load.duration = .milliseconds(duration.value)
        load.consume = true
        let client = try await ClusterClient.connect(bootstrap: cluster.bootstrap, clientId: "fjord-demo")
        let report = try await LoadGenerator(cluster: client, configuration: load).run { Terminal.say($0) }
        await client.close()
        Terminal.say(BenchCommand.summary(report))
        await services.triggerGracefulShutdown()
        try await serving.value
    }
}
