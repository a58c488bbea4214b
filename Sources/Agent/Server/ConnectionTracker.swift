import NIOConcurrencyHelpers
import NIOCore

/// An agent's open client connections, so a graceful shutdown can reach each one: it stops
/// reading requests, answers those in flight, and closes.
final class ConnectionTracker: Sendable {
    struct Entry: Sendable {
        let channel: any Channel
        let machine: NIOLockedValueBox<ConnectionStateMachine>
    }

    private struct State {
        var entries: [ObjectIdentifier: Entry] = [:]
        var shuttingDown = false
    }

    private let state = NIOLockedValueBox(State())

    /// Tracks a new connection; false if the agent is already shutting down (close it).
    func add(_ entry: Entry) -> Bool {
        state.withLockedValue { state in
            guard !state.shuttingDown else { return false }
            state.entries[ObjectIdentifier(entry.channel)] = entry
            return true
        }
    }

    func remove(_ channel: any Channel) {
        _ = state.withLockedValue { $0.entries.removeValue(forKey: ObjectIdentifier(channel)) }
    }

    var count: Int { state.withLockedValue { $0.entries.count } }

    /// Tells every connection the agent is shutting down: idle ones close now, the others once
    /// their last answer is out (or their shutdown timeout passes).
    func shutDown() {
        let entries = state.withLockedValue { state -> [Entry] in
            state.shuttingDown = true
            return Array(state.entries.values)
        }
        for entry in entries {
            if case .close = entry.machine.withLockedValue({ $0.shutdownRequested(now: .now) }) {
                entry.channel.close(promise: nil)
            }
        }
    }
}
