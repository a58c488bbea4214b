import ArgumentParser
import ControlPlane
import Foundation
import Policy

/// `fjord acls`: the ACL bindings clients made through the Kafka API (CreateAcls), read and
/// deleted in the control plane's store directly. This is the operator's way out when a
/// binding shuts out the clients that could delete it (a deny of ALTER on the cluster for
/// User:*): it needs the database, not a Kafka principal.
struct AclsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "acls",
        abstract: "List and delete the ACLs clients made through the Kafka API (CreateAcls), in the control plane's store.",
        subcommands: [List.self, Delete.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the API-managed ACL bindings in force, with their numbers.")
        @OptionGroup var database: ControlPlaneStoreOptions

        func run() async throws {
            let (store, close) = try await database.open()
            defer { close() }
            let acls: APIManagedACLs
            do {
                acls = try await store.apiManagedACLs()
            } catch {
                throw CommandFailure(ControlPlaneError.message(for: error))
            }
            if acls.acls.isEmpty { Terminal.say("no API-managed ACLs (version \(acls.version))") }
            for acl in acls.acls { Terminal.say("#\(acl.id)  \(acl.binding)  created by \(acl.createdBy)") }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete API-managed ACL bindings by number (from `fjord acls list`). Agents apply the change within a heartbeat.")
        @OptionGroup var database: ControlPlaneStoreOptions
        @Option(name: .customLong("id"), help: "A binding's number (repeatable).")
        var ids: [Int64]
        @Option(help: "Who is deleting them, for the history (default: $USER).")
        var deletedBy = ProcessInfo.processInfo.environment["USER"] ?? "unknown"

        func validate() throws {
            guard !ids.isEmpty else { throw ValidationError("give at least one --id") }
        }

        func run() async throws {
            let (store, close) = try await database.open()
            defer { close() }
            do {
                let inForce = try await store.apiManagedACLs().acls
                let missing = ids.filter { id in !inForce.contains { $0.id == id } }
                guard missing.isEmpty else {
                    throw CommandFailure("no API-managed ACL in force numbered \(missing.map { "#\($0)" }.joined(separator: ", ")) (fjord acls list)")
                }
                let filters = inForce.filter { ids.contains($0.id) }.map { KafkaACLFilter(exactly: $0.binding) }
                let outcome = try await store.deleteACLs(
                    matching: filters, by: "\(deletedBy) (fjord acls delete)", atMs: Int64(Date().timeIntervalSince1970 * 1000))
                for acl in outcome.deleted.joined() { Terminal.say("deleted #\(acl.id)  \(acl.binding)") }
                Terminal.say("API-managed ACLs now at version \(outcome.acls.version); agents apply it within a heartbeat")
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure(ControlPlaneError.message(for: error))
            }
        }
    }
}
