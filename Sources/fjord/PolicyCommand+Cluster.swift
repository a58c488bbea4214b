import ArgumentParser
import ControlPlane
import ControlPlaneServer
import Foundation
import Policy

extension PolicyCommand {
    struct RenderPermissions: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "render-permissions",
            abstract:
                "Write least-privilege object-store permissions for each agent group: produce may only put segments, fetch only get them, jobs get, put, delete and list."
        )
        @Argument(help: "The policy file.")
        var file: String
        @Option(help: "seaweedfs (an identities file for `weed s3 -config`) or aws-iam (one IAM policy document per group).")
        var format: String
        @Option(help: "seaweedfs: a group's keys, GROUP=ACCESS_KEY:SECRET_KEY (repeatable).")
        var credentials: [String] = []
        @Flag(help: "seaweedfs: make random keys for groups without --credentials (they are in the output only).")
        var generateCredentials = false

        func run() async throws {
            let policy: PolicyDocument
            do {
                policy = try PolicyCommand.load(file)
            } catch {
                throw CommandFailure("the policy is invalid:\n\(error)")
            }
            switch format {
            case "aws-iam":
                print(try ObjectStorePermissions.awsIAM(policy), terminator: "")
            case "seaweedfs":
                var keys: [String: ObjectStorePermissions.Credentials] = [:]
                for entry in credentials {
                    let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
                    let pair = parts.count == 2 ? parts[1].split(separator: ":", maxSplits: 1).map(String.init) : []
                    guard pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty else {
                        throw CommandFailure("--credentials '\(entry)' is not GROUP=ACCESS_KEY:SECRET_KEY")
                    }
                    guard policy.group(named: parts[0]) != nil else {
                        throw CommandFailure("--credentials names group '\(parts[0])', which \(file) does not declare")
                    }
                    keys[parts[0]] = .init(accessKey: pair[0], secretKey: pair[1])
                }
                if generateCredentials {
                    for group in policy.groups where keys[group.name] == nil {
                        keys[group.name] = .init(accessKey: "FJ" + AgentKeys.randomHex(bytes: 9).uppercased(), secretKey: AgentKeys.randomHex(bytes: 20))
                    }
                }
                do {
                    print(try ObjectStorePermissions.seaweedFS(policy, credentials: keys), terminator: "")
                } catch {
                    throw CommandFailure("\(error)")
                }
            default:
                throw CommandFailure("--format must be seaweedfs or aws-iam, not '\(format)'")
            }
        }
    }

    struct Apply: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Store a policy file as the cluster's next version. Agents enforce it within seconds; an invalid file is refused and the version in force stays."
        )
        @Argument(help: "The policy file.")
        var file: String
        @OptionGroup var database: KeysCommand.Database
        @Option(help: "Who is applying it, for the history (default: $USER).")
        var appliedBy = ProcessInfo.processInfo.environment["USER"] ?? "unknown"

        func run() async throws {
            let source: String
            do {
                (source, _) = try PolicyCommand.read(file)
                _ = try PolicyParser.parse(source, file: file)
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                throw CommandFailure("refused: \(file) is invalid; the policy in force is unchanged")
            }
            let store = try await database.open()
            defer { store.shutdown() }
            do {
                switch try await PolicyVersions.apply(source: source, file: file, appliedBy: appliedBy, in: store) {
                case .stored(let version): Terminal.say("applied \(file) as policy v\(version); agents enforce it within seconds")
                case .unchanged(let version): Terminal.say("\(file) is already policy v\(version); nothing changed")
                }
            } catch {
                throw CommandFailure(ControlPlaneError.message(for: error))
            }
        }
    }

    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every policy version applied to the cluster, newest last, then every ACL binding made through the Kafka API.")
        @OptionGroup var database: ControlPlaneStoreOptions
        @Option(help: "Print this version's YAML instead.")
        var show: Int64?

        func run() async throws {
            let (store, close) = try await database.open()
            defer { close() }
            var versions: [PolicyVersions.Version] = []
            let acls: [APIManagedACL]
            do {
                // A playground (--data-dir) has no policy versions: it runs without a policy.
                if let postgres = store as? PostgresMetadataStore { versions = try await PolicyVersions.history(in: postgres) }
                acls = try await store.apiManagedACLHistory()
            } catch {
                throw CommandFailure(ControlPlaneError.message(for: error))
            }
            if let show {
                guard let version = versions.first(where: { $0.version == show }) else { throw CommandFailure("no policy v\(show)") }
                print(version.source, terminator: version.source.hasSuffix("\n") ? "" : "\n")
                return
            }
            if versions.isEmpty { Terminal.say("no policy applied: every agent key may do everything") }
            for version in versions {
                Terminal.say("v\(version.version)  \(version.appliedAt)  \(version.appliedBy)  \(version.file)  sha256:\(version.sha256.prefix(12))")
            }
            if acls.isEmpty { return }
            Terminal.say("API-managed ACLs (CreateAcls and DeleteAcls):")
            for acl in acls {
                let deleted = acl.deletedAtMs.map { "  deleted \(Self.time($0)) by \(acl.deletedBy ?? "?")" } ?? "  in force"
                Terminal.say("#\(acl.id)  \(acl.binding)  created \(Self.time(acl.createdAtMs)) by \(acl.createdBy)\(deleted)")
            }
        }

        private static func time(_ ms: Int64) -> String {
            ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(ms) / 1000))
        }
    }
}
