import KafkaProtocol

/// SaslHandshake (17), v0-1: picks the SASL mechanism. After v1 the exchange follows in
/// SaslAuthenticate requests; after v0, as bare length-prefixed tokens (see
/// `KafkaConnection.dispatch`). librdkafka takes a broker without v0 for one without SASL.
struct SaslHandshakeHandler: ImmediateKafkaApiHandler {
    typealias Request = SaslHandshakeRequest
    static let versions: ClosedRange<Int16> = 0...1

    func handle(_ request: SaslHandshakeRequest, context: RequestContext) async throws -> SaslHandshakeResponse {
        var response = SaslHandshakeResponse()
        let (code, enabled) = context.gate.session.sasl.withLockedValue { sasl in
            (sasl.handshake(mechanism: request.mechanism, version: context.apiVersion), sasl.required ? sasl.enabled.map(\.rawValue) : [])
        }
        response.errorCode = code.rawValue
        response.mechanisms = enabled
        if code != .none {
            context.logger.warning(
                "SASL handshake refused (\(code)): mechanism '\(request.mechanism)' on listener \(context.gate.session.listenerName ?? "-"), client \(context.clientId ?? "-")"
            )
        }
        return response
    }
}
