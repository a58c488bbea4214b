import Foundation
import NIOConcurrencyHelpers
import NIOCore
import Testing

@testable import ObjectStore

@Suite struct CredentialSourceTests {
    @Test func temporaryCredentialsSignTheirSessionToken() {
        let signer = SigV4Signer(accessKeyId: "ASIAEXAMPLE", secretAccessKey: "secret", sessionToken: "token/+=", region: "us-east-1")
        let headers = signer.sign(method: "GET", path: "/b/k", query: [], headers: ["host": "s3"], payloadHash: SigV4Signer.emptyPayloadHash, date: Date())
        #expect(headers["x-amz-security-token"] == "token/+=")
        #expect(headers["Authorization"]?.contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token,") == true)
        let unsigned = SigV4Signer(accessKeyId: "AKIA", secretAccessKey: "secret", region: "us-east-1")
            .sign(method: "GET", path: "/b/k", query: [], headers: ["host": "s3"], payloadHash: SigV4Signer.emptyPayloadHash, date: Date())
        #expect(unsigned["x-amz-security-token"] == nil)
    }

    /// The example answer in AWS STS's AssumeRoleWithWebIdentity reference, trimmed.
    @Test func readsAnSTSAnswerAndItsErrors() throws {
        let answer = """
            <AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <AssumeRoleWithWebIdentityResult>
                <Credentials>
                  <SessionToken>AQoDYXdzEE0a8ANXXXXXXXXNO1ewxE5TijQyp+IEXAMPLE</SessionToken>
                  <SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey>
                  <Expiration>2014-10-24T23:00:23Z</Expiration>
                  <AccessKeyId>ASgeIAIOSFODNN7EXAMPLE</AccessKeyId>
                </Credentials>
              </AssumeRoleWithWebIdentityResult>
            </AssumeRoleWithWebIdentityResponse>
            """
        let credentials = try STSCredentialsParser.parse(ByteBuffer(string: answer))
        #expect(credentials.accessKeyId == "ASgeIAIOSFODNN7EXAMPLE" && credentials.secretAccessKey == "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY")
        #expect(credentials.sessionToken == "AQoDYXdzEE0a8ANXXXXXXXXNO1ewxE5TijQyp+IEXAMPLE")
        #expect(credentials.expiration == Date(timeIntervalSince1970: 1_414_191_623))
        let refusal =
            "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>Not authorized to perform sts:AssumeRoleWithWebIdentity</Message></Error></ErrorResponse>"
        #expect(throws: ObjectStoreError.accessDenied("STS: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity")) {
            try STSCredentialsParser.parse(ByteBuffer(string: refusal))
        }
    }

    @Test func theEnvironmentChoosesTheSourceInTheSDKsOrder() throws {
        let keys = ["AWS_ACCESS_KEY_ID": "AKIA", "AWS_SECRET_ACCESS_KEY": "s", "AWS_SESSION_TOKEN": "t"]
        let role = ["AWS_ROLE_ARN": "arn:aws:iam::1:role/r", "AWS_WEB_IDENTITY_TOKEN_FILE": "/var/run/token"]
        let container = ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://169.254.170.23/v1/credentials"]
        let fromKeys = try AWSCredentialProviders.fromEnvironment(keys.merging(role) { $1 }, region: "eu-west-1")
        #expect((fromKeys as? StaticCredentialSource)?.value == S3Credentials(accessKeyId: "AKIA", secretAccessKey: "s", sessionToken: "t"))
        let fromRole = try AWSCredentialProviders.fromEnvironment(role.merging(container) { $1 }, region: "eu-west-1")
        #expect(fromRole.description == "role arn:aws:iam::1:role/r through STS at https://sts.eu-west-1.amazonaws.com")
        let fromContainer = try AWSCredentialProviders.fromEnvironment(container, region: "eu-west-1")
        #expect(fromContainer.description == "container credentials from http://169.254.170.23/v1/credentials")
        #expect(throws: AWSCredentialProviders.NoCredentials.self) { try AWSCredentialProviders.fromEnvironment(["AWS_ACCESS_KEY_ID": "only"], region: "x") }
    }

    @Test func refreshesBeforeExpiryAndSharesOneFetch() async throws {
        let clock = NIOLockedValueBox(Date(timeIntervalSince1970: 0))
        let fetches = NIOLockedValueBox(0)
        let now: @Sendable () -> Date = { clock.withLockedValue { $0 } }
        let source = RefreshingCredentialSource(description: "test", now: now) {
            let n = fetches.withLockedValue {
                $0 += 1
                return $0
            }
            try await Task.sleep(for: .milliseconds(20))
            return S3Credentials(accessKeyId: "k\(n)", secretAccessKey: "s", sessionToken: "t", expiration: Date(timeIntervalSince1970: 3600 * Double(n)))
        }
        let first = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { try await source.credentials().accessKeyId } }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(first == ["k1"] && fetches.withLockedValue { $0 } == 1)
        clock.withLockedValue { $0 = Date(timeIntervalSince1970: 3600 - 301) }  // just outside the 5-minute margin
        #expect(try await source.credentials().accessKeyId == "k1")
        clock.withLockedValue { $0 = Date(timeIntervalSince1970: 3600 - 299) }
        #expect(try await source.credentials().accessKeyId == "k2")
    }

    @Test func aFailedRefreshKeepsWorkingCredentialsUntilTheyExpire() async throws {
        let clock = NIOLockedValueBox(Date(timeIntervalSince1970: 0))
        let failing = NIOLockedValueBox(false)
        struct Down: Error {}
        let now: @Sendable () -> Date = { clock.withLockedValue { $0 } }
        let source = RefreshingCredentialSource(description: "role r", now: now) {
            if failing.withLockedValue({ $0 }) { throw Down() }
            return S3Credentials(accessKeyId: "k", secretAccessKey: "s", sessionToken: "t", expiration: Date(timeIntervalSince1970: 600))
        }
        _ = try await source.credentials()
        failing.withLockedValue { $0 = true }
        clock.withLockedValue { $0 = Date(timeIntervalSince1970: 500) }  // inside the margin: refresh fails, cached still valid
        #expect(try await source.credentials().accessKeyId == "k")
        clock.withLockedValue { $0 = Date(timeIntervalSince1970: 601) }
        await #expect(throws: ObjectStoreError.self) { try await source.credentials() }
        failing.withLockedValue { $0 = false }
        #expect(try await source.credentials().accessKeyId == "k")
    }
}
