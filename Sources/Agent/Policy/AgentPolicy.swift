import NIOConcurrencyHelpers
import Policy

/// The policy this agent enforces, replaced when the control plane hands out a new version.
/// Without one (the embedded playground, a cluster with no policy applied) every client is
/// served by the agent's own group and every operation is allowed.
public final class AgentPolicy: Sendable {
    /// One installed version, with this agent's group resolved in it.
    public struct Installed: Sendable {
        public var version: Int64
        public var engine: PolicyEngine
        /// This agent's group as the policy declares it; nil when the policy does not.
        public var ownGroup: PolicyDocument.AgentGroup?
    }

    /// The group of this agent (its key decides it).
    public let group: String
    private let state = NIOLockedValueBox<Installed?>(nil)

    public init(group: String) { self.group = group }

    public var installed: Installed? { state.withLockedValue { $0 } }

    /// The version installed, 0 when none is.
    public var version: Int64 { state.withLockedValue { $0?.version ?? 0 } }

    public func install(version: Int64, document: PolicyDocument) {
        let installed = Installed(version: version, engine: PolicyEngine(document), ownGroup: document.group(named: group))
        state.withLockedValue { $0 = installed }
    }
}

/// What an agent group must be allowed to do for a request to be served.
public enum AgentCapability: String, Sendable {
    case produce, fetch
    /// Coordinating consumer groups and committing their offsets: a fetch group that says so.
    case consumerGroups = "consumer-group coordination"

    func granted(by group: PolicyDocument.AgentGroup) -> Bool {
        switch self {
        case .produce: group.roles.contains(.produce)
        case .fetch: group.roles.contains(.fetch)
        case .consumerGroups: group.runsConsumerGroups
        }
    }
}
