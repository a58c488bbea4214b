import Agent
import ArgumentParser
import ControlPlane
import ControlPlaneRPC
import Foundation
import Logging

/// `fjord playground`: a working cluster in one process, on a local directory.
struct PlaygroundCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "playground",
        abstract: "Run a one-process Fjord cluster: embedded control plane, N agents, objects in a local directory."
    )

    @Option(help: "Address of the first agent; the others take the next ports.")
    var listen = HostPort(argument: "127.0.0.1:9092")!

    @Option(help: "Address to advertise to clients for the first agent (the others take the next ports), when clients reach the agents through a proxy or NAT.")
    var advertise: HostPort?

    @Option(help: "Where objects and metadata live. Restarting with the same directory keeps everything.")
    var dataDir = ".fjord/playground"

    @Option(help: "Number of agents.")
    var agents = 1

    @Option(help: "Flush the pending segment after this long (e.g. 250ms, 50ms).")
    var batchTimeout = Milliseconds(argument: "250ms")!

    @Option(help: "Partitions of auto-created topics.")
    var partitions: Int32 = 1
    @Flag(
        inversion: .prefixedNo,
        help:
            "Create a topic when a client first names it in Metadata or Produce (Kafka's auto.create.topics.enable). Off, a client may still ask CreateTopics."
    )
    var autoCreateTopics = true

    @Option(help: "The longest transaction.timeout.ms a transactional producer may ask for (Kafka's transaction.max.timeout.ms).")
    var transactionMaxTimeout = Milliseconds(argument: "900s")!

    @Option(
        help:
            "Keep segments in an S3 bucket instead of the data directory: s3://BUCKET/PREFIX. Credentials come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (AWS_CA_BUNDLE: CA certificates for an https endpoint behind a private CA)."
    )
    var bucket: String?

    @Option(help: "The S3 endpoint, e.g. http://127.0.0.1:8333.")
    var s3Endpoint: String?

    @Option(help: "The S3 region.")
    var s3Region = "us-east-1"

    @Option(
        help:
            "Run the jobs role every this often: retention (retention.ms, retention.bytes), deleting dead and orphaned objects, compacting small ones. Off by default."
    )
    var jobsInterval: Milliseconds?

    @OptionGroup(title: "Segment writes: pipelined and hedged PUTs")
    var flushes: SegmentFlushOptions

    @OptionGroup(title: "Client connections: listeners, limits and TLS")
    var limits: ConnectionLimitOptions

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level = .notice

    func run() async throws {
        guard agents >= 1 && agents <= 64 else { throw CommandFailure("--agents must be between 1 and 64") }
        guard partitions >= 1 else { throw CommandFailure("--partitions must be at least 1") }
        var configuration = EmbeddedCluster.Configuration(dataDirectory: dataDir)
        configuration.agent.host = listen.host
        configuration.agent.port = listen.port
        configuration.agents = agents
        configuration.agent.produce.lingerMs = batchTimeout.value
        flushes.apply(to: &configuration.agent.produce)
        configuration.agent.limits = limits.limits
        configuration.agent.listeners = limits.listenerSpecs()
        let (tls, certificate) = try limits.tls()
        configuration.agent.tls = tls
        configuration.agent.controlPlane.defaultPartitions = partitions
        configuration.agent.controlPlane.autoCreateTopics = autoCreateTopics
        configuration.agent.controlPlane.transactionMaxTimeoutMs = Int32(clamping: transactionMaxTimeout.value)
        configuration.agent.advertised = advertise.map { ($0.host, $0.port) }
        if let jobsInterval {
            var jobs = JobsRunner.Configuration()
            jobs.interval = .milliseconds(jobsInterval.value)
            configuration.jobs = jobs
        }
        if let bucket {
            let (store, prefix) = try S3Options.store(bucket: bucket, endpoint: s3Endpoint, region: s3Region)
            configuration.objectStore = store
            configuration.agent.keyPrefix = prefix
        }
        let logger = Terminal.makeLogger(level: logLevel)
        let cluster: EmbeddedCluster
        do {
            cluster = try await EmbeddedCluster.start(configuration, logger: logger)
        } catch {
            throw CommandFailure("\(error)")
        }
        var lines = ["Fjord playground: \(agents) agent\(agents == 1 ? "" : "s"), data in \(bucket ?? dataDir), batch timeout \(batchTimeout.value) ms"]
        for node in cluster.cluster.nodes {
            let addresses =
                node.listeners.count > 1 ? node.listeners.map { "\($0.name) \($0.host):\($0.port)" }.joined(separator: ", ") : "\(node.host):\(node.port)"
            lines.append("  agent \(node.nodeId) on \(addresses)")
        }
        lines.append("bootstrap: \(cluster.bootstrap)")
        lines.append("try:       echo hello | kcat -P -b \(cluster.bootstrap) -t demo && kcat -C -b \(cluster.bootstrap) -t demo -e")
        let reloading = certificate?.reloadOnHangUp(logger: logger)
        defer { reloading?.cancel() }
        try await Lifecycle.run([Lifecycle.Announcement(lines: lines)] + cluster.services, logger: logger)
        Terminal.say("stopped")
    }
}
