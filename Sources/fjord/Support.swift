import ArgumentParser
import Foundation
import Logging
import NIOConcurrencyHelpers
import ServiceLifecycle

/// Parses "HOST:PORT".
struct HostPort: ExpressibleByArgument, CustomStringConvertible {
    var host: String
    var port: Int

    init?(argument: String) {
        guard let colon = argument.lastIndex(of: ":"), let port = Int(argument[argument.index(after: colon)...]), (0...65535).contains(port) else { return nil }
        host = String(argument[..<colon])
        self.port = port
    }

    var description: String { "\(host):\(port)" }
}

/// Parses "250ms", "2s" or a plain number of milliseconds.
struct Milliseconds: ExpressibleByArgument {
    var value: Int64

    init?(argument: String) {
        if argument.hasSuffix("ms"), let number = Int64(argument.dropLast(2)) {
            value = number
        } else if argument.hasSuffix("s"), let number = Double(argument.dropLast()) {
            value = Int64(number * 1000)
        } else if let number = Int64(argument) {
            value = number
        } else {
            return nil
        }
        guard value > 0 else { return nil }
    }

    var defaultValueDescription: String { value % 1000 == 0 ? "\(value / 1000)s" : "\(value)ms" }
}

enum Terminal {
    /// Writes one line to standard output at once (unbuffered), so a script reading it sees it.
    /// A closed pipe (the reader went away) loses the line rather than crashing the process.
    static func say(_ line: String) {
        try? FileHandle.standardOutput.write(contentsOf: Data((line + "\n").utf8))
    }

    static func makeLogger(level: Logger.Level) -> Logger {
        var logger = Logger(label: "fjord") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = level
        return logger
    }
}

/// Why a command stops: printed as one line, `fjord: <message>`, by `FjordCommand.main`,
/// the one place the process exits with a failure code.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var code: Int32

    init(_ message: String, code: Int32 = 1) {
        self.message = message
        self.code = code
    }

    var description: String { message }
}

/// Runs a process's long-lived parts under one `ServiceGroup` until SIGTERM or SIGINT, then
/// shuts them down gracefully in the reverse of their order, each after the one before has
/// finished; parts still running `gracePeriod` after the signal are cancelled.
enum Lifecycle {
    static func run(_ services: [any Service], logger: Logger, gracePeriod: Duration = .seconds(30)) async throws {
        try await group(services, logger: logger, gracePeriod: gracePeriod).run()
    }

    /// Prints `lines` once the group runs, when SIGTERM and SIGINT are already trapped: a script
    /// that signals as soon as it reads them (the bootstrap line) gets a graceful shutdown.
    struct Announcement: Service {
        let lines: [String]

        func run() async {
            for line in lines { Terminal.say(line) }
            try? await gracefulShutdown()
        }
    }

    /// The group `run` runs, for a command that also ends it itself (`triggerGracefulShutdown`).
    static func group(_ services: [any Service], logger: Logger, gracePeriod: Duration = .seconds(30)) -> ServiceGroup {
        let backstop = Backstop(limit: gracePeriod + .seconds(5), logger: logger)
        // Last, so the signal reaches it first (the group shuts services down in reverse).
        var configuration = ServiceGroupConfiguration(services: services + [backstop], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        configuration.maximumGracefulShutdownDuration = gracePeriod
        return ServiceGroup(configuration: configuration)
    }

    /// The last resort of a shutdown: a task group waits for all its children, so a part that
    /// ignores cancellation would keep the process alive forever. `limit` after the signal
    /// (the grace period, then 5 s for cancellation) the process exits, saying so. Everything
    /// that keeps a promise (stop accepting, answer, flush, leave) runs before that.
    struct Backstop: Service {
        let limit: Duration
        let logger: Logger

        func run() async {
            guard (try? await gracefulShutdown()) != nil else { return }
            let limit = limit
            let logger = logger
            // Detached on purpose: it must outlive a group that cannot finish.
            Task.detached {
                try? await Task.sleep(for: limit)
                logger.error("shutdown did not finish within \(limit) of the signal; exiting (a part ignored cancellation)")
                Foundation.exit(0)
            }
        }
    }
}

// swift-format-ignore: AvoidRetroactiveConformances
// Logging and ArgumentParser are both dependencies; --log-level parses a Logger.Level directly.
extension Logger.Level: @retroactive ExpressibleByArgument {}

/// Runs `reload` on every SIGHUP, for as long as the returned source is kept (certificate
/// rotation: the operator replaces the files, then signals the process).
func onHangUp(_ reload: @escaping @Sendable () -> Void) -> any DispatchSourceSignal {
    signal(SIGHUP, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .main)
    source.setEventHandler(handler: reload)
    source.resume()
    return source
}
