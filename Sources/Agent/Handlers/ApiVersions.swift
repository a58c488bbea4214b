import KafkaProtocol

/// ApiVersions (18), v0-4: the versions of every API this agent serves, built from the handler
/// declarations. Versions above 4 are answered by `ApiVersionsAnswer` in the connection. No
/// tagged fields are sent, so librdkafka before 2.2 (Debian's kcat) can read the answer.
struct ApiVersionsHandler: ImmediateKafkaApiHandler {
    typealias Request = ApiVersionsRequest
    static let versions: ClosedRange<Int16> = 0...4
    let apis: [ApiVersionsResponse.ApiVersion]

    func handle(_ request: ApiVersionsRequest, context: RequestContext) async throws -> ApiVersionsResponse {
        var response = ApiVersionsResponse()
        response.apiKeys = apis
        return response
    }
}
