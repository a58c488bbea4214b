import ArgumentParser
import Foundation

/// The `fjord` command line.
@main
struct FjordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fjord",
        abstract: "A Kafka-compatible streaming platform on object storage.",
        subcommands: [
            PlaygroundCommand.self, ControlPlaneCommand.self, AgentCommand.self, KeysCommand.self, UsersCommand.self, AclsCommand.self, PolicyCommand.self,
            DemoCommand.self,
            BenchCommand.self, CostCommand.self,
        ]
    )

    /// The outermost layer, and the only place the process exits on its own: a
    /// `CommandFailure` from any command is printed as one line, other errors as
    /// ArgumentParser prints them.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("fjord: \(failure.message)\n".utf8))
            Foundation.exit(failure.code)
        } catch {
            exit(withError: error)
        }
    }
}
