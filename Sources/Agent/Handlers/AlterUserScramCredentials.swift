import ControlPlane
import KafkaProtocol

/// AlterUserScramCredentials (51), v0: adds, replaces or deletes SCRAM credentials. The
/// client sends the salted password (never the password); the keys are derived here. Needs
/// the policy's `alter_users`.
struct AlterUserScramCredentialsHandler: ImmediateKafkaApiHandler {
    typealias Request = AlterUserScramCredentialsRequest
    static let versions: ClosedRange<Int16> = 0...0
    let services: AgentServices

    func handle(_ request: AlterUserScramCredentialsRequest, context: RequestContext) async throws -> AlterUserScramCredentialsResponse {
        var response = AlterUserScramCredentialsResponse()
        let refusal = context.denial(.alterUsers, on: "")
        var results: [String: (KafkaErrorCode, String?)] = [:]
        func fail(_ user: String, _ code: KafkaErrorCode, _ message: String) { if results[user] == nil { results[user] = (code, message) } }

        for deletion in request.deletions {
            if let refusal {
                fail(deletion.name, refusal.code, refusal.message)
                continue
            }
            guard let mechanism = ScramMechanism(kafkaCode: deletion.mechanism) else {
                fail(deletion.name, .unsupportedSaslMechanism, "unknown SCRAM mechanism \(deletion.mechanism)")
                continue
            }
            guard !deletion.name.isEmpty else {
                fail(deletion.name, .unacceptableCredential, "the user name is empty")
                continue
            }
            do {
                if try await services.users?.deleteScramCredential(user: deletion.name, mechanism: mechanism) != true {
                    fail(deletion.name, .resourceNotFound, "attempt to delete a user credential that does not exist")
                }
            } catch {
                fail(deletion.name, ControlPlaneError.code(for: error, logger: context.logger), ControlPlaneError.message(for: error))
            }
        }
        for upsertion in request.upsertions {
            if let refusal {
                fail(upsertion.name, refusal.code, refusal.message)
                continue
            }
            guard let mechanism = ScramMechanism(kafkaCode: upsertion.mechanism) else {
                fail(upsertion.name, .unsupportedSaslMechanism, "unknown SCRAM mechanism \(upsertion.mechanism)")
                continue
            }
            guard !upsertion.name.isEmpty else {
                fail(upsertion.name, .unacceptableCredential, "the user name is empty")
                continue
            }
            guard ScramCredential.iterationRange.contains(Int(upsertion.iterations)) else {
                fail(upsertion.name, .unacceptableCredential, "iterations must be in \(ScramCredential.iterationRange)")
                continue
            }
            let salted = Array(buffer: upsertion.saltedPassword)
            let salt = Array(buffer: upsertion.salt)
            guard !salt.isEmpty, salted.count == (mechanism == .sha256 ? 32 : 64) else {
                fail(upsertion.name, .unacceptableCredential, "the salt is empty or the salted password has the wrong length for \(mechanism.rawValue)")
                continue
            }
            do {
                guard let users = services.users else {
                    fail(upsertion.name, .unsupportedVersion, "this agent has no user store")
                    continue
                }
                try await users.setScramCredential(
                    user: upsertion.name,
                    ScramCredential(
                        mechanism: mechanism, saltedPassword: salted, salt: salt,
                        iterations: Int(upsertion.iterations)))
                context.logger.info(
                    "\(context.gate.session.principal ?? "an anonymous client") set the \(mechanism.rawValue) credential of user \(upsertion.name)")
            } catch {
                fail(upsertion.name, ControlPlaneError.code(for: error, logger: context.logger), ControlPlaneError.message(for: error))
            }
        }
        let users = (request.deletions.map(\.name) + request.upsertions.map(\.name)).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        response.results = users.map { user in
            var result = AlterUserScramCredentialsResponse.AlterUserScramCredentialsResult()
            result.user = user
            if let (code, message) = results[user] {
                result.errorCode = code.rawValue
                result.errorMessage = message
            } else {
                result.errorMessage = nil
            }
            return result
        }
        return response
    }
}
