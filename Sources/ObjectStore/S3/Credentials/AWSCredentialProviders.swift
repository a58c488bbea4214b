import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The temporary-credential sources of AWS's standard chain that Fjord's deployments use, read
/// from the same environment variables as the AWS SDKs:
///
/// 1. `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` (and `AWS_SESSION_TOKEN`): static keys.
/// 2. `AWS_ROLE_ARN` and `AWS_WEB_IDENTITY_TOKEN_FILE`: STS AssumeRoleWithWebIdentity, as EKS
///    IAM roles for service accounts set them. `AWS_ROLE_SESSION_NAME` names the session;
///    `AWS_ENDPOINT_URL_STS` overrides the regional STS endpoint.
/// 3. `AWS_CONTAINER_CREDENTIALS_FULL_URI` (with `AWS_CONTAINER_AUTHORIZATION_TOKEN` or
///    `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE`) or `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`:
///    the container credentials endpoint of EKS Pod Identity and ECS.
public enum AWSCredentialProviders {
    public struct NoCredentials: Error, CustomStringConvertible {
        public var description: String {
            "no S3 credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE (EKS IAM roles for service accounts), or AWS_CONTAINER_CREDENTIALS_FULL_URI (EKS Pod Identity, ECS)"
        }
    }

    /// The first source the environment configures, in the AWS SDKs' order.
    public static func fromEnvironment(
        _ environment: [String: String], region: String, client: HTTPClient = .shared
    ) throws -> any S3CredentialSource {
        let value = { (name: String) in environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        if let key = value("AWS_ACCESS_KEY_ID"), let secret = value("AWS_SECRET_ACCESS_KEY") {
            return StaticCredentialSource(.init(accessKeyId: key, secretAccessKey: secret, sessionToken: value("AWS_SESSION_TOKEN")))
        }
        if let role = value("AWS_ROLE_ARN"), let tokenFile = value("AWS_WEB_IDENTITY_TOKEN_FILE") {
            let endpoint = value("AWS_ENDPOINT_URL_STS") ?? "https://sts.\(region).amazonaws.com"
            let session = value("AWS_ROLE_SESSION_NAME") ?? "fjord-\(ProcessInfo.processInfo.hostName.prefix(50))"
            return RefreshingCredentialSource(description: "role \(role) through STS at \(endpoint)") {
                try await assumeRoleWithWebIdentity(endpoint: endpoint, role: role, session: session, tokenFile: tokenFile, client: client)
            }
        }
        let containerURI =
            value("AWS_CONTAINER_CREDENTIALS_FULL_URI") ?? value("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI").map { "http://169.254.170.2\($0)" }
        if let uri = containerURI {
            let token = value("AWS_CONTAINER_AUTHORIZATION_TOKEN")
            let tokenFile = value("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE")
            return RefreshingCredentialSource(description: "container credentials from \(uri)") {
                try await containerCredentials(uri: uri, token: token, tokenFile: tokenFile, client: client)
            }
        }
        throw NoCredentials()
    }

    /// STS AssumeRoleWithWebIdentity: an unsigned call; the token file is read each time,
    /// since Kubernetes rotates projected service-account tokens.
    static func assumeRoleWithWebIdentity(
        endpoint: String, role: String, session: String, tokenFile: String, client: HTTPClient
    ) async throws -> S3Credentials {
        let token: String
        do {
            token = try String(contentsOfFile: tokenFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        } catch {
            throw ObjectStoreError.accessDenied("cannot read the web identity token \(tokenFile): \(error.localizedDescription)")
        }
        let form = [
            ("Action", "AssumeRoleWithWebIdentity"), ("Version", "2011-06-15"), ("RoleArn", role),
            ("RoleSessionName", session), ("WebIdentityToken", token), ("DurationSeconds", "3600"),
        ]
        .map { "\($0.0)=\(SigV4Signer.encode($0.1))" }.joined(separator: "&")
        var request = HTTPClientRequest(url: endpoint)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/x-www-form-urlencoded")
        request.body = .bytes(ByteBuffer(string: form))
        let (status, body) = try await execute(request, client: client, what: "STS at \(endpoint)")
        do {
            return try STSCredentialsParser.parse(body)
        } catch {
            throw ObjectStoreError.accessDenied("STS at \(endpoint) refused role \(role) (HTTP \(status)): \(error)")
        }
    }

    /// The container credentials endpoint's JSON: AccessKeyId, SecretAccessKey, Token, Expiration.
    static func containerCredentials(uri: String, token: String?, tokenFile: String?, client: HTTPClient) async throws -> S3Credentials {
        var request = HTTPClientRequest(url: uri)
        var authorization = token
        if let tokenFile {
            authorization = try? String(contentsOfFile: tokenFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            guard authorization != nil else { throw ObjectStoreError.accessDenied("cannot read the container authorization token \(tokenFile)") }
        }
        if let authorization { request.headers.add(name: "authorization", value: authorization) }
        let (status, body) = try await execute(request, client: client, what: "the container credentials endpoint \(uri)")
        struct Answer: Decodable {
            var accessKeyId: String
            var secretAccessKey: String
            var token: String?
            var expiration: String?
            enum CodingKeys: String, CodingKey {
                case accessKeyId = "AccessKeyId"
                case secretAccessKey = "SecretAccessKey"
                case token = "Token"
                case expiration = "Expiration"
            }
        }
        guard status == 200, let answer = try? JSONDecoder().decode(Answer.self, from: Data(body.readableBytesView)) else {
            throw ObjectStoreError.accessDenied("the container credentials endpoint \(uri) answered HTTP \(status): \(String(buffer: body).prefix(200))")
        }
        return S3Credentials(
            accessKeyId: answer.accessKeyId, secretAccessKey: answer.secretAccessKey, sessionToken: answer.token,
            expiration: answer.expiration.flatMap(ISO8601.date))
    }

    private static func execute(_ request: HTTPClientRequest, client: HTTPClient, what: String) async throws -> (Int, ByteBuffer) {
        do {
            let response = try await client.execute(request, timeout: .seconds(10))
            return (Int(response.status.code), try await response.body.collect(upTo: 1 << 20))
        } catch {
            throw ObjectStoreError.unavailable("\(what) is unreachable: \(error)")
        }
    }
}
