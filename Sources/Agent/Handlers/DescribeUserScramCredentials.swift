import ControlPlane
import KafkaProtocol

/// DescribeUserScramCredentials (50), v0: the SASL users and their mechanisms and iteration
/// counts (never a salt or key). Needs the policy's `describe_users`.
struct DescribeUserScramCredentialsHandler: ImmediateKafkaApiHandler {
    typealias Request = DescribeUserScramCredentialsRequest
    static let versions: ClosedRange<Int16> = 0...0
    let services: AgentServices

    func handle(_ request: DescribeUserScramCredentialsRequest, context: RequestContext) async throws -> DescribeUserScramCredentialsResponse {
        var response = DescribeUserScramCredentialsResponse()
        if let refusal = context.denial(.describeUsers, on: "") {
            response.errorCode = refusal.code.rawValue
            response.errorMessage = refusal.message
            return response
        }
        guard let users = services.users else {
            response.errorCode = KafkaErrorCode.unsupportedVersion.rawValue
            response.errorMessage = "this agent has no user store"
            return response
        }
        let names = request.users.map { $0.map(\.name) }
        let found: [String: [ScramMechanism: Int]]
        do {
            found = try await users.scramUsers(names)
        } catch {
            response.errorCode = ControlPlaneError.code(for: error, logger: context.logger).rawValue
            response.errorMessage = ControlPlaneError.message(for: error)
            return response
        }
        let wanted = names ?? found.keys.sorted()
        response.results = wanted.map { name in
            var result = DescribeUserScramCredentialsResponse.DescribeUserScramCredentialsResult()
            result.user = name
            if let mechanisms = found[name] {
                result.credentialInfos = mechanisms.sorted { $0.key.kafkaCode < $1.key.kafkaCode }.map { mechanism, iterations in
                    var info = DescribeUserScramCredentialsResponse.CredentialInfo()
                    info.mechanism = mechanism.kafkaCode
                    info.iterations = Int32(iterations)
                    return info
                }
            } else {
                result.errorCode = KafkaErrorCode.resourceNotFound.rawValue
                result.errorMessage = "attempt to describe a user credential that does not exist"
            }
            return result
        }
        return response
    }
}
