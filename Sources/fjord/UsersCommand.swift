import ArgumentParser
import ControlPlane
import Foundation

/// `fjord users`: the SASL users (SCRAM credentials; PLAIN checks the same), in the
/// control plane's PostgreSQL or a playground's data directory.
struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Manage SASL users. Only salted SCRAM credentials are stored, never passwords.",
        subcommands: [Create.self, Delete.self, List.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a user, or set a new password, for one SCRAM mechanism (read from stdin).")
        @OptionGroup var database: ControlPlaneStoreOptions
        @Option(help: "The user name (the principal is User:<name>).")
        var user: String
        @Flag(help: "Read the password from the first line of stdin (required: passwords never go on the command line).")
        var passwordStdin = false
        @Option(help: "SCRAM-SHA-256 or SCRAM-SHA-512.")
        var mechanism = "SCRAM-SHA-512"
        @Option(help: "PBKDF2 iterations, 4096 to 16384.")
        var iterations = 8192

        func run() async throws {
            guard passwordStdin else { throw CommandFailure("--password-stdin is required: pipe the password in") }
            guard let mechanism = ScramMechanism(rawValue: mechanism.uppercased()) else {
                throw CommandFailure("unknown mechanism '\(mechanism)' (SCRAM-SHA-256 or SCRAM-SHA-512)")
            }
            guard let line = readLine(strippingNewline: true), !line.isEmpty else { throw CommandFailure("no password on stdin") }
            guard !user.isEmpty else { throw CommandFailure("the user name is empty") }
            let credential: ScramCredential
            do {
                credential = try ScramCredential.derive(password: line, mechanism: mechanism, iterations: iterations)
            } catch {
                throw CommandFailure("\(error)")
            }
            let (store, close) = try await database.open()
            defer { close() }
            do {
                try await store.setScramCredential(user: user, credential)
                Terminal.say("user \(user): \(mechanism.rawValue) credential stored (\(iterations) iterations)")
            } catch {
                throw CommandFailure(ControlPlaneError.message(for: error))
            }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a user's credential for one mechanism, or for all.")
        @OptionGroup var database: ControlPlaneStoreOptions
        @Option(help: "The user name.")
        var user: String
        @Option(help: "SCRAM-SHA-256 or SCRAM-SHA-512; every mechanism when left out.")
        var mechanism: String?

        func run() async throws {
            let mechanisms: [ScramMechanism]
            if let mechanism {
                guard let parsed = ScramMechanism(rawValue: mechanism.uppercased()) else { throw CommandFailure("unknown mechanism '\(mechanism)'") }
                mechanisms = [parsed]
            } else {
                mechanisms = ScramMechanism.allCases
            }
            let (store, close) = try await database.open()
            defer { close() }
            var deleted = 0
            for mechanism in mechanisms where (try? await store.deleteScramCredential(user: user, mechanism: mechanism)) == true { deleted += 1 }
            guard deleted > 0 else { throw CommandFailure("no such user or credential") }
            Terminal.say("deleted \(deleted) credential(s) of \(user)")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List users and their mechanisms.")
        @OptionGroup var database: ControlPlaneStoreOptions

        func run() async throws {
            let (store, close) = try await database.open()
            defer { close() }
            do {
                for (user, mechanisms) in try await store.scramUsers(nil).sorted(by: { $0.key < $1.key }) {
                    Terminal.say(
                        "\(user)  " + mechanisms.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue)(\($0.value))" }.joined(separator: " "))
                }
            } catch {
                throw CommandFailure(ControlPlaneError.message(for: error))
            }
        }
    }
}
