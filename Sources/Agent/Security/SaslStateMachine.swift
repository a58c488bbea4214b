import ControlPlane
import KafkaProtocol

/// Where one connection is in SASL authentication, as a pure state machine (Kafka's
/// `SaslServerAuthenticator`): the connection asks it whether a request may be served; the
/// SaslHandshake and SaslAuthenticate handlers feed it the client's messages and the
/// credentials they looked up, and send what it returns.
struct SaslStateMachine: Sendable {
    enum Mechanism: String, Sendable, CaseIterable {
        case plain = "PLAIN"
        case scramSHA256 = "SCRAM-SHA-256"
        case scramSHA512 = "SCRAM-SHA-512"

        var scram: ScramMechanism? { self == .plain ? nil : ScramMechanism(rawValue: rawValue) }
    }

    enum State: Sendable {
        case awaitingHandshake
        case awaitingFirstToken(Mechanism)
        /// PLAIN: the password, until the user's credentials are looked up.
        case checkingPassword(user: String, password: String)
        /// SCRAM: the client-first message, until the user's credential is looked up.
        case lookingUp(ScramExchange.ClientFirst, ScramMechanism)
        case awaitingClientFinal(ScramExchange)
        case authenticated(principal: String)
        case failed
    }

    /// What a handler does next.
    enum Step: Sendable, Equatable {
        /// Look up `user`'s SCRAM credentials (of `mechanism`, or every one for PLAIN), then call `received`.
        case lookUp(user: String, mechanism: ScramMechanism?)
        /// Answer the client with this token; `principal` when authentication just completed.
        case reply([UInt8], principal: String?)
        /// Answer with this error; the connection is closed at the client's next request.
        case fail(KafkaErrorCode, String)
    }

    /// Whether the listener requires SASL (SASL_PLAINTEXT, SASL_SSL).
    let required: Bool
    let enabled: [Mechanism]
    private(set) var state: State = .awaitingHandshake
    /// SaslHandshake v0 was used: the tokens come as bare length-prefixed frames, not in
    /// SaslAuthenticate requests (Kafka before 1.0).
    private(set) var rawTokens = false

    /// Whether the next frame is a bare SASL token (after a v0 handshake).
    var expectsRawToken: Bool {
        guard rawTokens else { return false }
        switch state {
        case .awaitingFirstToken, .awaitingClientFinal: return true
        case .awaitingHandshake, .checkingPassword, .lookingUp, .authenticated, .failed: return false
        }
    }

    init(required: Bool, enabled: [Mechanism] = Mechanism.allCases) {
        self.required = required
        self.enabled = enabled
    }

    var principal: String? {
        if case .authenticated(let principal) = state { return principal }
        return nil
    }

    var isAuthenticated: Bool { principal != nil }

    /// Why a request must not be served (the connection is then closed, as Kafka does), or nil.
    func refusal(apiKey: Int16) -> String? {
        if case .failed = state { return "a request after failed SASL authentication" }
        guard required, !isAuthenticated else { return nil }
        switch apiKey {
        case ApiVersionsRequest.apiKey, SaslHandshakeRequest.apiKey, SaslAuthenticateRequest.apiKey: return nil
        default: return "\(KafkaApiRegistry.name(of: apiKey)) before SASL authentication"
        }
    }

    /// SaslHandshake: picks the mechanism. The error code for the response.
    mutating func handshake(mechanism name: String, version: Int16 = 1) -> KafkaErrorCode {
        guard required, case .awaitingHandshake = state else { return .illegalSaslState }
        guard let mechanism = Mechanism(rawValue: name), enabled.contains(mechanism) else { return .unsupportedSaslMechanism }
        state = .awaitingFirstToken(mechanism)
        rawTokens = version == 0
        return .none
    }

    /// SaslAuthenticate: the client's next token.
    mutating func receive(token: [UInt8]) -> Step {
        switch state {
        case .awaitingFirstToken(.plain):
            do {
                let (user, password) = try PlainToken.parse(token)
                state = .checkingPassword(user: user, password: password)
                return .lookUp(user: user, mechanism: nil)
            } catch {
                return fail(error)
            }
        case .awaitingFirstToken(let mechanism):
            guard let scram = mechanism.scram else { return fail(ScramExchange.Failure("\(mechanism.rawValue) is not a SCRAM mechanism")) }
            do {
                let first = try ScramExchange.parseClientFirst(token)
                state = .lookingUp(first, scram)
                return .lookUp(user: first.user, mechanism: scram)
            } catch {
                return fail(error)
            }
        case .awaitingClientFinal(let exchange):
            do {
                let serverFinal = try exchange.finish(token)
                let principal = "User:\(exchange.clientFirst.user)"
                state = .authenticated(principal: principal)
                return .reply(Array(serverFinal.utf8), principal: principal)
            } catch {
                return fail(error)
            }
        case .awaitingHandshake, .checkingPassword, .lookingUp, .authenticated, .failed:
            state = .failed
            return .fail(.illegalSaslState, "unexpected SaslAuthenticate: no SaslHandshake came first, or authentication already ended")
        }
    }

    /// The credentials found for the user `lookUp` named (none for an unknown user).
    mutating func received(_ credentials: [ScramCredential], serverNonce: String = ScramExchange.randomNonce()) -> Step {
        switch state {
        case .checkingPassword(let user, let password):
            guard credentials.contains(where: { $0.verifies(password: password) }) else { return fail(ScramExchange.Failure("invalid credentials")) }
            state = .authenticated(principal: "User:\(user)")
            return .reply([], principal: "User:\(user)")
        case .lookingUp(let first, let mechanism):
            guard let credential = credentials.first(where: { $0.mechanism == mechanism }) else { return fail(ScramExchange.Failure("invalid credentials")) }
            let exchange = ScramExchange(clientFirst: first, credential: credential, serverNonce: serverNonce)
            state = .awaitingClientFinal(exchange)
            return .reply(Array(exchange.serverFirst.utf8), principal: nil)
        case .awaitingHandshake, .awaitingFirstToken, .awaitingClientFinal, .authenticated, .failed:
            state = .failed
            return .fail(.illegalSaslState, "credentials arrived in the wrong state")
        }
    }

    /// Kafka's wording, without saying whether the user or the password was wrong.
    private mutating func fail(_ error: any Error) -> Step {
        let mechanism = enabledMechanismName
        state = .failed
        let reason = (error as? ScramExchange.Failure)?.message ?? "\(error)"
        return .fail(.saslAuthenticationFailed, "Authentication failed during authentication due to \(reason) with SASL mechanism \(mechanism)")
    }

    private var enabledMechanismName: String {
        switch state {
        case .awaitingFirstToken(let mechanism): return mechanism.rawValue
        case .lookingUp(_, let mechanism): return mechanism.rawValue
        case .awaitingClientFinal(let exchange): return exchange.mechanism.rawValue
        case .checkingPassword: return Mechanism.plain.rawValue
        case .awaitingHandshake, .authenticated, .failed: return "-"
        }
    }
}
