import Agent
import ControlPlane
import KafkaProtocol
import Logging
import NIOCore
import ObjectStore
import Policy

/// A policy of 1,000 rules and 1,000 ACL statements; the client matches the last of each
/// (the worst case of a first-match scan).
func benchmarkPolicy(groups: [String] = (0..<10).map { "g\($0)" }) throws -> PolicyDocument {
    var yaml = "cluster: {name: bench, bucket: b}\ngroups:\n"
    for group in groups { yaml += "  - {name: \(group), roles: [produce, fetch]}\n" }
    yaml += "rules:\n"
    for index in 0..<1000 {
        yaml += "  - {match: {client_id: \"team-\(index)-*\", source_cidr: [10.\(index % 256).0.0/16]}, serve: \(groups[index % groups.count])}\n"
    }
    yaml += "acls:\n"
    for index in 0..<1000 {
        yaml += "  - {effect: allow, client_ids: [\"team-\(index)-*\"], operations: [produce, fetch, describe], topics: {prefix: \"t\(index).\"}}\n"
    }
    return try PolicyParser.parse(yaml, file: "bench.yaml")
}

func runPolicyBenchmarks() throws {
    let document = try benchmarkPolicy()
    let engine = PolicyEngine(document)
    let client = PolicyEngine.Client(clientId: "team-999-worker-7", sourceAddress: IPAddress.parse("10.231.4.5"))
    precondition(engine.route(client).group == "g9" && engine.authorize(client, .produce, on: "t999.events").allowed)

    let route = measure { blackHole(engine.route(client)) }
    report("policy.route.1000-rules", route.fractionalNanoseconds, "ns")
    let acl = measure { blackHole(engine.authorize(client, .produce, on: "t999.events")) }
    report("policy.acl.1000-statements", acl.fractionalNanoseconds, "ns")
    // What an agent's connection pays per request once it has decided: the decision it
    // keeps (ClientSession, as the handlers ask it), behind the connection's lock.
    let policy = AgentPolicy(group: "g9")
    policy.install(version: 1, document: document)
    let installed = policy.installed!
    let session = ClientSession(sourceAddress: IPAddress.parse("10.231.4.5"), listener: "10.0.0.1:9092")
    precondition(session.decision(clientId: client.clientId, policy: installed, dialledGroup: "g9", .produce, on: "t999.events").decision.allowed)
    let cached = measure { blackHole(session.decision(clientId: "team-999-worker-7", policy: installed, dialledGroup: "g9", .produce, on: "t999.events")) }
    report("policy.cached-decision", cached.fractionalNanoseconds, "ns")

    // No policy file, 1,000 API-managed bindings (CreateAcls): one allow per topic prefix,
    // the client's the last; uncached (OpenACLs) and as a connection pays per request.
    let bindings = (0..<1000).map { index in
        APIManagedACL(
            id: Int64(index + 1),
            binding: KafkaACLBinding(
                resourceType: 2, resourceName: "t\(index).", patternType: 4, principal: "User:team-\(index)", host: "*", operation: 4, permissionType: 3),
            createdBy: "User:admin", createdAtMs: 0)
    }
    let open = OpenACLs(APIManagedACLs(version: 1, acls: bindings))
    let principal = PolicyEngine.Client(clientId: "w", principal: "User:team-999")
    precondition(open.authorize(principal, .produce, on: "t999.events").allowed && !open.authorize(client, .produce, on: "t999.events").allowed)
    let openACL = measure { blackHole(open.authorize(principal, .produce, on: "t999.events")) }
    report("policy.open-acl.1000-bindings", openACL.fractionalNanoseconds, "ns")
    let openSession = ClientSession(sourceAddress: nil, listener: nil)
    let openCached = measure {
        blackHole(openSession.decision(clientId: "w", open: open, generation: 1, dialledGroup: "g9", .produce, on: "t999.events"))
    }
    report("policy.open-acl.cached-decision", openCached.fractionalNanoseconds, "ns")
}

/// A whole Metadata answer, request bytes to response bytes, through the agent's handler:
/// 1,000 partitions (10 topics of 100) and 50 agents in the client's group over 3 zones,
/// with the 1,000-rule policy deciding the route and which topics the client may describe.
func runMetadataBenchmark() async throws {
    let store = try SQLiteMetadataStore(path: ":memory:")
    let controlPlane = try await ControlPlane(store: store)
    for index in 0..<10 { _ = try await controlPlane.createTopic(name: "t999.topic-\(index)", partitions: 100, configs: [:]) }
    let nodes = (1...50).map { ClusterView.Node(nodeId: Int32($0), host: "10.0.\($0 / 256).\($0 % 256)", port: 9092, rack: "zone-\($0 % 3)", group: "g9") }
    let cluster = ClusterView(nodes: nodes, ownGroup: "g9")
    let quiet = Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }
    let cache = BatchCache(capacityBytes: 1 << 20)
    let objects = InMemoryObjectStore()
    let writer = SegmentWriter(store: objects, controlPlane: controlPlane, keyPrefix: "", configuration: .init(), cache: cache, logger: quiet)
    let services = AgentServices(nodeId: 1, controlPlane: controlPlane, cluster: cluster, writer: writer, reader: FetchReader(store: objects, cache: cache))
    services.policy.install(version: 1, document: try benchmarkPolicy(groups: ["g9"]))
    let agent = KafkaAgent(services: services, logger: quiet)
    let session = ClientSession(sourceAddress: IPAddress.parse("10.231.4.5"), listener: "10.0.0.1:9092")

    var request = MetadataRequest()
    request.topics = nil  // all topics
    var frame = ByteBuffer()
    try frame.writeKafkaRequest(request, version: 12, correlationId: 7, clientId: "team-999-worker-7;fjord_zone=zone-1")
    frame.moveReaderIndex(forwardBy: 4)  // the connection's decoder strips the length prefix
    let first = try await agent.respond(to: frame, session: session)!
    var check = first
    check.moveReaderIndex(forwardBy: 4 + 4 + 1)  // length, correlation id, header tagged fields
    let decoded = try MetadataResponse(from: &check, version: 12)
    precondition(decoded.brokers.count == 50 && decoded.topics.reduce(0) { $0 + $1.partitions.count } == 1000, "unexpected Metadata answer")
    let answer = try await measureAsync { blackHole(try await agent.respond(to: frame, session: session)) }
    report("metadata.1000-partitions.50-agents", answer.fractionalNanoseconds / 1000, "us")
    report("metadata.response-bytes", Double(first.readableBytes), "bytes")
    await writer.drain()
}

extension Duration {
    /// Nanoseconds with their fraction: per-call averages are often under one.
    var fractionalNanoseconds: Double { Double(components.seconds) * 1e9 + Double(components.attoseconds) / 1e9 }
}
