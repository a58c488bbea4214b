import ArgumentParser
import Foundation
import Logging
import NIOConcurrencyHelpers

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

    /// Prints one line to standard error and exits with `code`.
    static func fail(_ message: String, code: Int32 = 1) -> Never {
        FileHandle.standardError.write(Data("fjord: \(message)\n".utf8))
        exit(code)
    }

    /// Waits for `task` to finish, or `limit` to pass, whichever comes first. (A task group
    /// would not do: it waits for all its children, and a task's value ignores cancellation.)
    static func wait(for task: Task<Void, Never>, atMost limit: Duration) async {
        let resumed = NIOLockedValueBox(false)
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let resumeOnce: @Sendable () -> Void = {
                if resumed.withLockedValue({ done in
                    defer { done = true }
                    return !done
                }) {
                    continuation.resume()
                }
            }
            Task {
                await task.value
                resumeOnce()
            }
            Task {
                try? await Task.sleep(for: limit)
                resumeOnce()
            }
        }
    }

    static func makeLogger(level: Logger.Level) -> Logger {
        var logger = Logger(label: "fjord") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = level
        return logger
    }
}

/// SIGINT and SIGTERM, caught from the moment `install` runs, so a signal that arrives while
/// the cluster starts is not lost (nor fatal).
final class ShutdownSignal: @unchecked Sendable {
    // Safe: `state` is a lock; `sources` is a constant set in `init`, before the object is
    // shared, and dispatch sources may be cancelled from any thread.
    private let state = NIOLockedValueBox<(fired: Bool, waiter: CheckedContinuation<Void, Never>?)>((false, nil))
    private let sources: [any DispatchSourceSignal]

    private init(sources: [any DispatchSourceSignal]) { self.sources = sources }

    static func install() -> ShutdownSignal {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let sources = [SIGINT, SIGTERM].map { DispatchSource.makeSignalSource(signal: $0, queue: .main) }
        let shutdown = ShutdownSignal(sources: sources)
        for source in sources {
            source.setEventHandler { shutdown.fire() }
            source.resume()
        }
        return shutdown
    }

    private func fire() {
        let waiter = state.withLockedValue { state -> CheckedContinuation<Void, Never>? in
            state.fired = true
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume()
    }

    /// Returns once a signal has arrived (at once if one already has).
    func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let fired = state.withLockedValue { state -> Bool in
                if state.fired { return true }
                state.waiter = continuation
                return false
            }
            if fired { continuation.resume() }
        }
        for source in sources { source.cancel() }
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
