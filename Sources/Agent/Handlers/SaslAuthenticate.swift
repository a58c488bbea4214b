import ControlPlane
import KafkaProtocol
import NIOCore

/// SaslAuthenticate (36), v0-2: one SASL token each way. PLAIN takes one round, SCRAM two;
/// the credentials come from the control plane's users (`fjord users`). A failure answers
/// SASL_AUTHENTICATION_FAILED after `ConnectionLimits.failedAuthenticationDelay`, and the
/// connection is closed at the client's next request.
struct SaslAuthenticateHandler: ImmediateKafkaApiHandler {
    typealias Request = SaslAuthenticateRequest
    static let versions: ClosedRange<Int16> = 0...2
    let services: AgentServices

    func handle(_ request: SaslAuthenticateRequest, context: RequestContext) async throws -> SaslAuthenticateResponse {
        let session = context.gate.session
        var step = session.sasl.withLockedValue { $0.receive(token: Array(buffer: request.authBytes)) }
        if case .lookUp(let user, let mechanism) = step {
            var credentials: [ScramCredential] = []
            do {
                credentials = try await services.users?.scramCredentials(user: user).filter { mechanism == nil || $0.mechanism == mechanism } ?? []
            } catch {
                // The user store is unreachable: refuse, saying so to the operator only.
                context.logger.error("cannot look up SASL user '\(user)': \(ControlPlaneError.message(for: error))")
            }
            step = session.sasl.withLockedValue { $0.received(credentials) }
        }
        var response = SaslAuthenticateResponse()
        switch step {
        case .reply(let token, let principal):
            response.authBytes = ByteBuffer(bytes: token)
            if let principal { context.logger.info("authenticated \(principal) on listener \(session.listenerName ?? "-")") }
        case .fail(let code, let message):
            response.errorCode = code.rawValue
            response.errorMessage = message
            context.logger.warning("SASL authentication failed for client \(context.clientId ?? "-") from \(context.clientHost): \(message)")
            try? await Task.sleep(for: session.failedAuthenticationDelay)  // slows password guessing; nothing else is read meanwhile
        case .lookUp:
            response.errorCode = KafkaErrorCode.illegalSaslState.rawValue
        }
        return response
    }
}
