import Policy

/// A policy of 1,000 rules and 1,000 ACL statements; the client matches the last of each
/// (the worst case of a first-match scan).
func runPolicyBenchmarks() throws {
    var yaml = "cluster: {name: bench, bucket: b}\ngroups:\n"
    for index in 0..<10 { yaml += "  - {name: g\(index), roles: [produce, fetch]}\n" }
    yaml += "rules:\n"
    for index in 0..<1000 { yaml += "  - {match: {client_id: \"team-\(index)-*\", source_cidr: [10.\(index % 256).0.0/16]}, serve: g\(index % 10)}\n" }
    yaml += "acls:\n"
    for index in 0..<1000 { yaml += "  - {effect: allow, client_ids: [\"team-\(index)-*\"], operations: [produce, fetch], topics: {prefix: \"t\(index).\"}}\n" }
    let engine = PolicyEngine(try PolicyParser.parse(yaml, file: "bench.yaml"))
    let client = PolicyEngine.Client(clientId: "team-999-worker-7", sourceAddress: IPAddress.parse("10.231.4.5"))
    precondition(engine.route(client).group == "g9" && engine.authorize(client, .produce, on: "t999.events").allowed)

    let route = measure { blackHole(engine.route(client)) }
    report("policy.route.1000-rules", Double(route.components.attoseconds) / 1e9 + Double(route.components.seconds) * 1e9, "ns")
    let acl = measure { blackHole(engine.authorize(client, .produce, on: "t999.events")) }
    report("policy.acl.1000-statements", Double(acl.components.attoseconds) / 1e9 + Double(acl.components.seconds) * 1e9, "ns")
    // What a connection pays per request once its route is decided: a lookup of the decision
    // it keeps, here keyed by (operation, topic).
    var cache: [String: Bool] = ["produce/t999.events": true]
    let cached = measure { blackHole(cache["produce/t999.events"]); cache["x"] = nil }
    report("policy.cached-decision", Double(cached.components.attoseconds) / 1e9 + Double(cached.components.seconds) * 1e9, "ns")
}
