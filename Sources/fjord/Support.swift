import ArgumentParser
import Foundation
import Logging

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
        if argument.hasSuffix("ms"), let number = Int64(argument.dropLast(2)) { value = number }
        else if argument.hasSuffix("s"), let number = Double(argument.dropLast()) { value = Int64(number * 1000) }
        else if let number = Int64(argument) { value = number }
        else { return nil }
        guard value > 0 else { return nil }
    }
}

enum Terminal {
    /// Writes one line to standard output at once (unbuffered), so a script reading it sees it.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Prints one line to standard error and exits with `code`.
    static func fail(_ message: String, code: Int32 = 1) -> Never {
        FileHandle.standardError.write(Data("fjord: \(message)\n".utf8))
        exit(code)
    }

    static func makeLogger(level: Logger.Level) -> Logger {
        var logger = Logger(label: "fjord") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = level
        return logger
    }
}

/// Waits for SIGINT or SIGTERM.
enum ShutdownSignal {
    static func wait() async {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let sources = [SIGINT, SIGTERM].map { DispatchSource.makeSignalSource(signal: $0, queue: .main) }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let resumed = ResumeOnce(continuation)
            for source in sources {
                source.setEventHandler { resumed.resume() }
                source.resume()
            }
        }
        for source in sources { source.cancel() }
    }

    /// Resumes a continuation at most once, from whichever signal comes first.
    private final class ResumeOnce: @unchecked Sendable {
        // Safe: `continuation` is only touched under `lock`.
        private let lock = NSLock()
        private var continuation: CheckedContinuation<Void, Never>?
        init(_ continuation: CheckedContinuation<Void, Never>) { self.continuation = continuation }
        func resume() {
            lock.lock()
            let pending = continuation
            continuation = nil
            lock.unlock()
            pending?.resume()
        }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
