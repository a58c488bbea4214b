import Agent
import ArgumentParser
import ControlPlane
import ControlPlaneRPC
import Foundation
import Logging
import Policy

/// `fjord policy validate|explain`: check policy files and see what they decide.
struct PolicyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Check policy files (Policies/), explain their decisions, render object-store permissions, and apply them to a cluster.",
        subcommands: [Validate.self, Explain.self, RenderPermissions.self, Apply.self, History.self]
    )

    /// The file's text; an unreadable file is a PolicyErrors naming it.
    static func read(_ path: String) throws -> (source: String, file: String) {
        do {
            return (try String(contentsOfFile: path, encoding: .utf8), path)
        } catch {
            throw PolicyErrors(errors: [
                PolicyError(location: SourceLocation(file: path, line: 1, column: 1), message: "cannot read: \(error.localizedDescription)")
            ])
        }
    }

    static func load(_ path: String) throws -> PolicyDocument {
        try PolicyParser.parse(try read(path).source, file: path)
    }

    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Report every problem in the files as file:line:col: message; exit 1 if any.")
        @Argument(help: "Policy files.")
        var files: [String]

        func run() async throws {
            var failed = false
            for file in files {
                do {
                    let policy = try PolicyCommand.load(file)
                    Terminal.say("\(file): ok (\(policy.groups.count) groups, \(policy.rules.count) rules, \(policy.acls.count) ACL statements)")
                } catch let errors as PolicyErrors {
                    failed = true
                    FileHandle.standardError.write(Data((errors.description + "\n").utf8))
                }
            }
            if failed { throw ExitCode(1) }
        }
    }

    struct Explain: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show which rule serves a client, from which group, and what the ACLs decide.")
        @Argument(help: "The policy file.")
        var file: String
        @Option(help: "The client's client.id.")
        var clientId: String
        @Option(help: "The client's SASL principal, e.g. User:etl.")
        var principal: String?
        @Option(help: "The client's source address.")
        var sourceIp: String?
        @Option(help: "The agent address the client connected to, host:port.")
        var listener: String?
        @Option(help: "The group of the agent the client dialled (for rules that serve 'dialled').")
        var dialledGroup: String?
        @Option(help: "An operation to check: \(PolicyDocument.Operation.allCases.map(\.rawValue).joined(separator: ", ")).")
        var operation: String?
        @Option(help: "The topic the operation is on.")
        var topic: String?
        @Option(help: "The consumer group the operation is on.")
        var group: String?
        @Option(help: "The transactional id the operation is on.")
        var transactionalId: String?
        @Option(help: "A control-plane URL: also list the live agents the client would be told about.")
        var controlPlane: String?
        @Option(help: "An agent key for --control-plane; or set FJORD_AGENT_KEY.")
        var key: String?
        @Option(help: "CA certificates (PEM) for an https:// --control-plane with a private CA.")
        var controlPlaneCa: String?
        @Option(help: "The zone of the agent the client dialled (a `fjord_zone=` in client.id wins).")
        var zone: String?
        @Option(help: "PostgreSQL URL of the control plane: also apply the ACLs clients made through the Kafka API (CreateAcls).")
        var postgres: String?
        @Option(help: "A playground's data directory, instead of --postgres: apply its API-managed ACLs.")
        var dataDir: String?

        func run() async throws {
            let policy: PolicyDocument
            do {
                policy = try PolicyCommand.load(file)
            } catch let errors as PolicyErrors {
                throw CommandFailure("the policy is invalid:\n\(errors)")
            }
            var address: [UInt8]?
            if let sourceIp {
                guard let parsed = IPAddress.parse(sourceIp) else { throw CommandFailure("--source-ip '\(sourceIp)' is not an IPv4 or IPv6 address") }
                address = parsed
            }
            var apiManaged = APIManagedACLs.none
            if let (store, close) = try await ControlPlaneStoreOptions.open(postgres: postgres, dataDir: dataDir) {
                defer { close() }
                do {
                    apiManaged = try await store.apiManagedACLs()
                } catch {
                    throw CommandFailure("cannot read the API-managed ACLs: \(ControlPlaneError.message(for: error))")
                }
                Terminal.say(
                    policy.apiManagedACLs
                        ? "api acls: \(apiManaged.acls.count) API-managed bindings (v\(apiManaged.version)) apply with the file's statements"
                        : "api acls: turned off by 'api_managed_acls: false'\(policy.apiManagedACLsLocation.map { " at \($0)" } ?? ""); \(apiManaged.acls.count) stored bindings do not apply"
                )
            }
            let engine = PolicyEngine(policy, apiManaged: apiManaged)
            let client = PolicyEngine.Client(clientId: clientId, principal: principal, sourceAddress: address, listener: listener, dialledGroup: dialledGroup)
            let route = engine.route(client)
            if let rule = route.rule {
                Terminal.say("rule:     '\(rule.name)' (\(rule.location))")
                Terminal.say(
                    "group:    \(route.group ?? "nothing: the rule serves the dialled group; pass --dialled-group")\(route.fallback.map { ", falling back to \($0)" } ?? "")"
                )
                if let name = route.group, let group = policy.group(named: name) {
                    Terminal.say(
                        "roles:    \(group.roles.map(\.rawValue).sorted().joined(separator: ", "))\(group.coordinatesConsumerGroups ? " (and consumer-group coordination)" : "")"
                    )
                }
            } else {
                Terminal.say("rule:     none matches; the client is served by no group")
            }
            if let controlPlane { try await showAgents(route, client: client, controlPlane: controlPlane) }
            guard let operation else { return }
            guard let parsed = PolicyDocument.Operation(rawValue: operation) else {
                throw CommandFailure("unknown operation '\(operation)' (\(PolicyDocument.Operation.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let (name, option): (String?, String) =
                switch parsed.resource {
                case .cluster: ("", "")
                case .group: (group, "group")
                case .transactionalId: (transactionalId, "transactional-id")
                case .topic: (topic, "topic")
                }
            guard let name else { throw CommandFailure("--operation \(operation) needs --\(option)") }
            let decision = engine.authorize(client, parsed, on: name)
            let reason =
                decision.statement.map {
                    $0.apiManaged == nil ? "\($0.effect.rawValue) by \($0.origin)" : "\($0.effect.rawValue) by \($0.origin) [API-managed]"
                }
                ?? "no statement allows it (denied by default)"
            Terminal.say("acl:      \(decision.allowed ? "ALLOWED" : "DENIED") \(operation) on '\(name)': \(reason)")
        }

        /// The agents the client would see now, as an agent would answer its Metadata request.
        private func showAgents(_ route: PolicyEngine.Route, client: PolicyEngine.Client, controlPlane: String) async throws {
            guard let key = key ?? ProcessInfo.processInfo.environment["FJORD_AGENT_KEY"] else {
                throw CommandFailure("--control-plane needs --key or FJORD_AGENT_KEY")
            }
            let rpc = ControlPlaneClient(
                urls: controlPlane.split(separator: ",").map(String.init), key: key, trustRoots: controlPlaneCa,
                logger: Logger(label: "fjord") { _ in SwiftLogNoOpLogHandler() })
            let live: [RPC.RegisteredAgent]
            do {
                live = try await rpc.liveAgents()
            } catch {
                await rpc.shutdown()
                throw CommandFailure("cannot list the live agents: \(ControlPlaneError.message(for: error))")
            }
            await rpc.shutdown()
            let serving = ClusterView(nodes: ClusterView.clientFacing(live)).serving(route, zone: client.features["fjord_zone"] ?? zone)
            if serving.brokers.isEmpty {
                Terminal.say(
                    "agents:   none live in \([route.group, route.fallback].compactMap { $0 }.joined(separator: " or ")); the client would see no brokers")
                return
            }
            let leaders = Set(serving.leaders.map(\.nodeId))
            Terminal.say(
                "agents:   \(serving.brokers.count) live, of group \(serving.brokers[0].group)\(leaders.count < serving.brokers.count ? " (partition leaders only in the client's zone, marked *)" : "")"
            )
            for node in serving.brokers {
                Terminal.say(
                    "          \(leaders.count < serving.brokers.count && leaders.contains(node.nodeId) ? "*" : " ") node \(node.nodeId) at \(node.host):\(node.port)\(node.rack.map { " zone \($0)" } ?? "")"
                )
            }
        }
    }
}
