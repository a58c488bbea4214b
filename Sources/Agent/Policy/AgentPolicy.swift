import NIOConcurrencyHelpers
import Policy

/// The policy this agent enforces, replaced when the control plane hands out a new version,
/// and the ACL bindings clients made through the Kafka API. Without a policy (the embedded
/// playground, a cluster with no policy applied) every client is served by the agent's own
/// group, and every operation is allowed unless an API-managed binding says otherwise
/// (`OpenACLs`: Kafka's allow-if-no-ACL-found).
public final class AgentPolicy: Sendable {
    /// One installed version, with this agent's group resolved in it.
    public struct Installed: Sendable {
        public var version: Int64
        public var engine: PolicyEngine
        /// This agent's group as the policy declares it; nil when the policy does not.
        public var ownGroup: PolicyDocument.AgentGroup?
        /// Raised by every install of a policy or of ACLs: decisions cached under another
        /// generation are stale.
        public var generation: UInt64
    }

    private struct State {
        var policy: (version: Int64, document: PolicyDocument)?
        var acls = APIManagedACLs.none
        var installed: Installed?
        var open: OpenACLs?
        var generation: UInt64 = 0

        mutating func rebuild(group: String) {
            generation &+= 1
            if let policy {
                installed = Installed(
                    version: policy.version, engine: PolicyEngine(policy.document, apiManaged: acls), ownGroup: policy.document.group(named: group),
                    generation: generation)
                open = nil
            } else {
                installed = nil
                open = acls.acls.isEmpty ? nil : OpenACLs(acls)
            }
        }
    }

    /// The group of this agent (its key decides it).
    public let group: String
    private let state = NIOLockedValueBox(State())

    public init(group: String) { self.group = group }

    public var installed: Installed? { state.withLockedValue { $0.installed } }

    /// The API-managed ACLs that decide when no policy is in force, and the generation they
    /// were installed in (for cached decisions); nil when there are none.
    public var openACLs: (acls: OpenACLs, generation: UInt64)? {
        state.withLockedValue { state in state.open.map { ($0, state.generation) } }
    }

    /// The version installed, 0 when none is.
    public var version: Int64 { state.withLockedValue { $0.policy?.version ?? 0 } }

    /// The API-managed ACLs held, and their version (0: none yet).
    public var apiManagedACLs: APIManagedACLs { state.withLockedValue { $0.acls } }

    public func install(version: Int64, document: PolicyDocument) {
        state.withLockedValue {
            $0.policy = (version, document)
            $0.rebuild(group: group)
        }
    }

    /// Installs API-managed ACLs, unless those held are newer (two changes' answers may
    /// arrive out of order).
    public func install(_ acls: APIManagedACLs) {
        state.withLockedValue {
            guard acls.version >= $0.acls.version, acls != $0.acls else { return }
            $0.acls = acls
            $0.rebuild(group: group)
        }
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
