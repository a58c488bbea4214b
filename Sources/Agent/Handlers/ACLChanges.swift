import ControlPlane
import Foundation
import KafkaProtocol
import Policy

/// What CreateAcls and DeleteAcls share: the checks before a change (somewhere to store it,
/// the policy allows API-managed ACLs, the client may `alter_acls`), who made it, and
/// installing the result at once, so this agent enforces it before it answers. Other agents
/// get it with their next heartbeat, which the control plane asks them for at once.
struct ACLChanges {
    let services: AgentServices
    let context: RequestContext

    /// The store to change, or why the request is refused as a whole.
    func store() -> Result<any ACLStore, Refusal> {
        guard let store = services.acls else {
            return .failure(Refusal(code: .securityDisabled, message: "this agent has no control plane to store ACLs in"))
        }
        if let installed = services.policy.installed, !installed.engine.document.apiManagedACLs {
            return .failure(Refusal(code: .securityDisabled, message: installed.engine.document.apiManagedACLsOff(version: installed.version)))
        }
        if let refusal = context.denial(.alterAcls, on: "") { return .failure(refusal) }
        return .success(store)
    }

    /// Who is changing ACLs, for the history: the principal, else the client.id.
    var actor: String {
        context.gate.session.principal ?? "client.id '\(context.clientId ?? "")' (no principal)"
    }

    var nowMs: Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    /// Installs the bindings now in force, and tells the operator what changed.
    func installed(_ acls: APIManagedACLs, _ verb: String, _ changed: [APIManagedACL]) {
        services.policy.install(acls)
        for acl in changed { context.logger.notice("\(actor) \(verb) API-managed ACL #\(acl.id): \(acl.binding) (ACLs v\(acls.version))") }
    }
}
