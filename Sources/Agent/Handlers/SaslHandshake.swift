import KafkaProtocol

/// SaslHandshake (17), v1: picks the SASL mechanism; the exchange follows in SaslAuthenticate
/// requests (v0's raw, unframed tokens are not served).
struct SaslHandshakeHandler: ImmediateKafkaApiHandler {
    typealias Request = SaslHandshakeRequest
    static let versions: ClosedRange<Int16> = 1...1

    func handle(_ request: SaslHandshakeRequest, context: RequestContext) async throws -> SaslHandshakeResponse {
        var response = SaslHandshakeResponse()
        let (code, enabled) = context.gate.session.sasl.withLockedValue { sasl in
            (sasl.handshake(mechanism: request.mechanism), sasl.required ? sasl.enabled.map(\.rawValue) : [])
        }
        response.errorCode = code.rawValue
        response.mechanisms = enabled
        if code != .none {
            context.logger.warning("SASL handshake refused (\(code)): mechanism '\(request.mechanism)' on listener \(context.gate.session.listenerName ?? "-"), client \(context.clientId ?? "-")")
        }
        return response
    }
}
