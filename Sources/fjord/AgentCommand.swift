import Agent
import ArgumentParser
import ControlPlane
import ControlPlaneRPC
import Foundation
import Hummingbird
import Logging
import Metrics
import Prometheus

/// `fjord agent`: one stateless agent of a production cluster.
struct AgentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agent",
        abstract: "Run an agent: serves Kafka clients, writes to the bucket, and uses a control plane for the rest."
    )

    @Option(help: "Control-plane replica URLs, comma-separated; the agent fails over between them.")
    var controlPlane: String

    @Option(help: "CA certificates (PEM) to trust for https:// control-plane URLs, when they use a private CA.")
    var controlPlaneCa: String?

    @Option(help: "The agent key (`fjord keys create`); or set FJORD_AGENT_KEY. The key decides the agent's group.")
    var agentKey: String?

    @Option(help: "Roles, comma-separated: produce, fetch, jobs.")
    var roles = "produce,fetch,jobs"

    @Option(
        help:
            "The bucket: s3://BUCKET/PREFIX. Credentials come from the AWS environment: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN), AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE, or AWS_CONTAINER_CREDENTIALS_FULL_URI. AWS_CA_BUNDLE: CA certificates (PEM) for an https endpoint behind a private CA."
    )
    var bucket: String

    @Option(help: "The S3 endpoint, e.g. http://127.0.0.1:8333 (default: AWS).")
    var s3Endpoint: String?

    @Option(help: "The S3 region.")
    var s3Region = "us-east-1"

    @Option(help: "Kafka address to listen on.")
    var listen = HostPort(argument: "127.0.0.1:9092")!

    @Option(help: "Kafka address to advertise to clients.")
    var advertise: HostPort?

    @Option(help: "Health and Prometheus metrics address (/health, /metrics).")
    var httpListen = HostPort(argument: "127.0.0.1:9780")!

    @Option(help: "Availability zone, reported to clients as the broker rack.")
    var zone = ""

    @Option(
        help:
            "Share bucket reads with the other agents of this group and zone: serve this agent's share of the zone cache to them on this address (HOST:PORT), and ask them for theirs. Unset: every agent reads every object from the bucket."
    )
    var zoneCacheListen: HostPort?

    @Option(help: "The zone-cache address peers dial, when it is not --zone-cache-listen (a wildcard bind, a NAT).")
    var zoneCacheAdvertise: HostPort?

    @Option(help: "Flush the pending segment after this long.")
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

    @Option(help: "Time between jobs passes (jobs role).")
    var jobsInterval = Milliseconds(argument: "30s")!

    @Option(help: "Delete an object the control plane does not know after it has been seen unknown this long (jobs role).")
    var orphanGrace = Milliseconds(argument: "600s")!

    @Option(help: "Merge objects smaller than this many bytes (jobs role).")
    var compactBelowBytes = 4 << 20

    @Option(help: "Merge objects once they are this old (jobs role).")
    var compactMinAge = Milliseconds(argument: "60s")!

    @OptionGroup(title: "Segment writes: pipelined and hedged PUTs")
    var flushes: SegmentFlushOptions

    @OptionGroup(title: "Client connections: listeners, limits and TLS")
    var limits: ConnectionLimitOptions

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level = .notice

    func run() async throws {
        guard let key = agentKey ?? ProcessInfo.processInfo.environment["FJORD_AGENT_KEY"], !key.isEmpty else {
            throw CommandFailure("no agent key: pass --agent-key or set FJORD_AGENT_KEY (create one with `fjord keys create`)")
        }
        var configuration = StandaloneAgent.Configuration()
        var roleSet = Set<StandaloneAgent.Role>()
        for name in roles.split(separator: ",") {
            guard let role = StandaloneAgent.Role(rawValue: String(name)) else { throw CommandFailure("unknown role '\(name)': use produce, fetch, jobs") }
            roleSet.insert(role)
        }
        configuration.roles = roleSet
        configuration.agent.host = listen.host
        configuration.agent.port = listen.port
        configuration.agent.listeners = limits.listenerSpecs()
        configuration.agent.advertised = advertise.map { ($0.host, $0.port) }
        configuration.zone = zone
        if let zoneCacheListen {
            guard zoneCacheListen.port != 0 else { throw CommandFailure("--zone-cache-listen needs a port other than 0: peers dial the registered one") }
            let advertised = zoneCacheAdvertise ?? zoneCacheListen
            guard !["0.0.0.0", "::", "[::]"].contains(advertised.host) else {
                throw CommandFailure("--zone-cache-listen \(zoneCacheListen) binds every address: pass --zone-cache-advertise HOST:PORT for peers to dial")
            }
            configuration.zoneCache = .init(
                host: zoneCacheListen.host, port: zoneCacheListen.port, advertised: zoneCacheAdvertise.map { ($0.host, $0.port) }, agentKey: key)
        } else if zoneCacheAdvertise != nil {
            throw CommandFailure("--zone-cache-advertise needs --zone-cache-listen")
        }
        configuration.agent.produce.lingerMs = batchTimeout.value
        flushes.apply(to: &configuration.agent.produce)
        configuration.agent.limits = limits.limits
        let (tls, certificate) = try limits.tls()
        configuration.agent.tls = tls
        configuration.agent.controlPlane.defaultPartitions = partitions
        configuration.agent.controlPlane.autoCreateTopics = autoCreateTopics
        configuration.agent.controlPlane.transactionMaxTimeoutMs = Int32(clamping: transactionMaxTimeout.value)
        configuration.jobs.interval = .milliseconds(jobsInterval.value)
        configuration.jobs.orphanGrace = .milliseconds(orphanGrace.value)
        configuration.jobs.compactBelowBytes = compactBelowBytes
        configuration.jobs.compactMinAge = .milliseconds(compactMinAge.value)
        let (objects, prefix) = try S3Options.store(bucket: bucket, endpoint: s3Endpoint, region: s3Region)
        configuration.agent.keyPrefix = prefix

        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        let logger = Terminal.makeLogger(level: logLevel)
        let client = ControlPlaneClient(urls: controlPlane.split(separator: ",").map(String.init), key: key, trustRoots: controlPlaneCa, logger: logger)
        let agent: StandaloneAgent
        do {
            agent = try await StandaloneAgent.start(configuration, client: client, objects: objects, logger: logger)
        } catch {
            await client.shutdown()  // AsyncHTTPClient traps on a client released unshut
            throw CommandFailure("\(error)")
        }
        AgentMetrics.describe(group: agent.registration.group, zone: zone)
        let reloading = certificate?.reloadOnHangUp(logger: logger)
        defer { reloading?.cancel() }
        let health = Self.healthServer(at: httpListen, registry: registry, logger: logger)
        let kafkaOn =
            configuration.agent.listeners.isEmpty
            ? "\(listen)" : configuration.agent.listeners.map { "\($0.name)=\($0.securityProtocol.rawValue)://\($0.host):\($0.port)" }.joined(separator: ", ")
        let first = agent.listener.localAddress?.port ?? configuration.agent.listeners.first?.port ?? listen.port
        let announcement = Lifecycle.Announcement(lines: [
            "agent \(agent.registration.nodeId) of group \(agent.registration.group): Kafka on \(kafkaOn), roles \(roles), health and metrics on http://\(httpListen)\(zoneCacheListen.map { ", zone cache on \($0)" } ?? "")",
            "bootstrap: \(advertise?.description ?? (configuration.agent.listeners.first.map { "\($0.host):\(first)" } ?? listen.description))",
        ])
        do {
            // Health first, so it answers until everything else has stopped.
            try await Lifecycle.run([announcement, health] + agent.services, logger: logger)
        } catch {
            await client.shutdown()
            throw CommandFailure("the agent stopped: \(error)")
        }
        await client.shutdown()
        Terminal.say("stopped")
    }

    private static func healthServer(at address: HostPort, registry: PrometheusCollectorRegistry, logger: Logger) -> some ApplicationProtocol {
        let router = Router()
        router.get("/health") { _, _ in "ok\n" }
        router.get("/metrics") { _, _ in
            var text: [UInt8] = []
            registry.emit(into: &text)
            return String(decoding: text, as: UTF8.self)
        }
        var quiet = logger
        quiet.logLevel = .critical  // a bind failure ends the agent with its own message
        return Application(router: router, configuration: .init(address: .hostname(address.host, port: address.port), serverName: "fjord-agent"), logger: quiet)
    }
}
