import ArgumentParser
import Foundation
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
            throw PolicyErrors(errors: [PolicyError(location: SourceLocation(file: path, line: 1, column: 1), message: "cannot read: \(error.localizedDescription)")])
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
        @Option(help: "The listener or bootstrap host the client dialled.")
        var listener: String?
        @Option(help: "The group of the agent the client dialled (for rules that serve 'dialled').")
        var dialledGroup: String?
        @Option(help: "An operation to check: \(PolicyDocument.Operation.allCases.map(\.rawValue).joined(separator: ", ")).")
        var operation: String?
        @Option(help: "The topic the operation is on.")
        var topic: String?
        @Option(help: "The consumer group the operation is on.")
        var group: String?

        func run() async throws {
            let policy: PolicyDocument
            do {
                policy = try PolicyCommand.load(file)
            } catch let errors as PolicyErrors {
                Terminal.fail("the policy is invalid:\n\(errors)")
            }
            var address: [UInt8]?
            if let sourceIp {
                guard let parsed = IPAddress.parse(sourceIp) else { Terminal.fail("--source-ip '\(sourceIp)' is not an IPv4 or IPv6 address") }
                address = parsed
            }
            let engine = PolicyEngine(policy)
            let client = PolicyEngine.Client(clientId: clientId, principal: principal, sourceAddress: address, listener: listener, dialledGroup: dialledGroup)
            let route = engine.route(client)
            if let rule = route.rule {
                Terminal.say("rule:     '\(rule.name)' (\(rule.location))")
                Terminal.say("group:    \(route.group ?? "nothing: the rule serves the dialled group; pass --dialled-group")\(route.fallback.map { ", falling back to \($0)" } ?? "")")
                if let name = route.group, let group = policy.group(named: name) {
                    Terminal.say("roles:    \(group.roles.map(\.rawValue).sorted().joined(separator: ", "))\(group.coordinatesConsumerGroups ? " (and consumer-group coordination)" : "")")
                }
            } else {
                Terminal.say("rule:     none matches; the client is served by no group")
            }
            guard let operation else { return }
            guard let parsed = PolicyDocument.Operation(rawValue: operation) else {
                Terminal.fail("unknown operation '\(operation)' (\(PolicyDocument.Operation.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard let name = parsed.onGroups ? group : topic else { Terminal.fail("--operation \(operation) needs --\(parsed.onGroups ? "group" : "topic")") }
            let decision = engine.authorize(client, parsed, on: name)
            let reason = decision.statement.map { "\($0.effect.rawValue) statement at \($0.location)" } ?? "no statement allows it (denied by default)"
            Terminal.say("acl:      \(decision.allowed ? "ALLOWED" : "DENIED") \(operation) on '\(name)': \(reason)")
        }
    }
}
