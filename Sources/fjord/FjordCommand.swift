import ArgumentParser

/// The `fjord` command line.
@main
struct FjordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fjord",
        abstract: "A Kafka-compatible streaming platform on object storage.",
        subcommands: [
            PlaygroundCommand.self, ControlPlaneCommand.self, AgentCommand.self, KeysCommand.self, UsersCommand.self, PolicyCommand.self, DemoCommand.self,
            BenchCommand.self,
        ]
    )
}
