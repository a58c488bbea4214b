import ControlPlane
import KafkaProtocol
import Logging
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
        var response = SaslAuthenticateResponse()
        switch await Self.exchange(
            Array(buffer: request.authBytes), session: context.gate.session, users: services.users,
            client: "\(context.clientId ?? "-") from \(context.clientHost)", logger: context.logger)
        {
        case .reply(let token, _):
            response.authBytes = ByteBuffer(bytes: token)
        case .fail(let code, let message):
            response.errorCode = code.rawValue
            response.errorMessage = message
        case .lookUp:
            response.errorCode = KafkaErrorCode.illegalSaslState.rawValue
        }
        return response
    }

    /// One SASL token in, the step to answer with out: looks the user up when the state
    /// machine asks, logs the outcome, and delays a failure. Shared with SaslHandshake v0's
    /// bare tokens.
    static func exchange(_ token: [UInt8], session: ClientSession, users: (any UserStore)?, client: String, logger: Logger) async -> SaslStateMachine.Step {
        var step = session.sasl.withLockedValue { $0.receive(token: token) }
        if case .lookUp(let user, let mechanism) = step {
            var credentials: [ScramCredential] = []
            do {
                credentials = try await users?.scramCredentials(user: user).filter { mechanism == nil || $0.mechanism == mechanism } ?? []
            } catch {
                // The user store is unreachable: refuse, saying so to the operator only.
                logger.error("cannot look up SASL user '\(user)': \(ControlPlaneError.message(for: error))")
            }
            step = session.sasl.withLockedValue { $0.received(credentials) }
        }
        switch step {
        case .reply(_, let principal?):
            logger.info("authenticated \(principal) on listener \(session.listenerName ?? "-")")
        case .fail(_, let message):
            logger.warning("SASL authentication failed for client \(client): \(message)")
            try? await Task.sleep(for: session.failedAuthenticationDelay)  // slows password guessing; nothing else is read meanwhile
        default:
            break
        }
        return step
    }
}
