import Foundation
import NIOCore
import Testing

@testable import ObjectStore

/// The object-store contract against a real S3 server that checks signatures (SeaweedFS,
/// started by Infra/dev/test.sh, which exports FJORD_TEST_S3_ENDPOINT and the admin keys).
@Suite(.enabled(if: S3TestEnvironment.configuration != nil, "needs FJORD_TEST_S3_ENDPOINT (Infra/dev/test.sh sets it)"))
struct S3ObjectStoreTests {
    static var environment: S3Configuration? { S3TestEnvironment.configuration }
}

enum S3TestEnvironment {
    static var configuration: S3Configuration? {
        let env = ProcessInfo.processInfo.environment
        guard let endpoint = env["FJORD_TEST_S3_ENDPOINT"].flatMap(URL.init(string:)), let key = env["AWS_ACCESS_KEY_ID"],
            let secret = env["AWS_SECRET_ACCESS_KEY"]
        else { return nil }
        var configuration = S3Configuration(
            endpoint: endpoint, region: env["AWS_REGION"] ?? "us-east-1", bucket: env["FJORD_TEST_S3_BUCKET"] ?? "fjord-test",
            accessKeyId: key, secretAccessKey: secret)
        configuration.maxAttempts = 2
        configuration.requestTimeout = .seconds(5)
        return configuration
    }
}

extension S3ObjectStoreTests {
    @Test func contract() async throws {
        try await ObjectStoreContract.run(S3ObjectStore(configuration: Self.environment!), prefix: "contract-\(UUID().uuidString.prefix(8))")
    }

    @Test func listingPagesThroughManyObjects() async throws {
        let store = S3ObjectStore(configuration: Self.environment!)
        let prefix = "paging-\(UUID().uuidString.prefix(8))/"
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<1010 { group.addTask { try await store.putIfAbsent(prefix + String(format: "%05d", index), data: ByteBuffer(string: "x")) } }
            try await group.waitForAll()
        }
        let listed = try await store.list(prefix: prefix)
        #expect(listed.count == 1010)  // S3 pages at 1,000 keys
    }

    @Test func wrongSecretIsAccessDenied() async throws {
        var configuration = Self.environment!
        let key = ProcessInfo.processInfo.environment["AWS_ACCESS_KEY_ID"]!
        configuration.credentials = StaticCredentialSource(.init(accessKeyId: key, secretAccessKey: "not-the-secret"))
        await #expect {
            try await S3ObjectStore(configuration: configuration).putIfAbsent("denied/x", data: ByteBuffer(string: "x"))
        } throws: { error in
            guard case ObjectStoreError.accessDenied(let detail) = error else { return false }
            return detail.contains("SignatureDoesNotMatch") || detail.contains("AccessDenied") || detail.contains("InvalidAccessKeyId")
        }
    }

    @Test func missingBucketIsNamed() async throws {
        var configuration = Self.environment!
        configuration.bucket = "fjord-no-such-bucket"
        await #expect {
            try await S3ObjectStore(configuration: configuration).get("x")
        } throws: { error in
            if case ObjectStoreError.bucketNotFound(let name) = error { return name.contains("fjord-no-such-bucket") }
            return false
        }
    }

    @Test func unreachableEndpointIsUnavailable() async throws {
        var configuration = Self.environment!
        configuration.endpoint = URL(string: "http://127.0.0.1:9")!  // discard port: nothing listens
        await #expect {
            try await S3ObjectStore(configuration: configuration).get("x")
        } throws: { error in
            if case ObjectStoreError.unavailable(let detail) = error { return detail.contains("127.0.0.1:9") }
            return false
        }
    }
}

/// The same SeaweedFS over TLS (FJORD_TEST_S3_HTTPS_ENDPOINT, its certificate signed by the
/// throwaway CA in FJORD_TEST_S3_CA_FILE): PUTs are signed UNSIGNED-PAYLOAD and carry
/// x-amz-checksum-crc32c, and the server still checks every signature. SeaweedFS answers
/// BadDigest to a wrong checksum, so a passing contract also proves the checksum right.
@Suite(.enabled(if: S3TLSTestEnvironment.value != nil, "needs FJORD_TEST_S3_HTTPS_ENDPOINT (Infra/dev/test.sh sets it)"))
struct S3OverTLSTests {
    static var environment: (configuration: S3Configuration, caFile: String)? { S3TLSTestEnvironment.value }
}

enum S3TLSTestEnvironment {
    static var value: (configuration: S3Configuration, caFile: String)? {
        let env = ProcessInfo.processInfo.environment
        guard var configuration = S3TestEnvironment.configuration, let endpoint = env["FJORD_TEST_S3_HTTPS_ENDPOINT"].flatMap(URL.init(string:)),
            let caFile = env["FJORD_TEST_S3_CA_FILE"]
        else { return nil }
        configuration.endpoint = endpoint
        return (configuration, caFile)
    }
}

extension S3OverTLSTests {
    @Test func contract() async throws {
        let (configuration, caFile) = Self.environment!
        #expect(configuration.isTLS)
        let store = try S3ObjectStore(configuration: configuration, caBundlePath: caFile)
        try await ObjectStoreContract.run(store, prefix: "contract-tls-\(UUID().uuidString.prefix(8))")
        // A megabyte, so the checksum covers more than one block of every code path.
        var big = ByteBuffer()
        big.writeBytes((0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let key = "contract-tls-big/\(UUID().uuidString)"
        try await store.putIfAbsent(key, data: big)
        #expect(try await store.get(key) == big)
    }

    @Test func wrongSecretIsStillRefusedOverTLS() async throws {
        var (configuration, caFile) = Self.environment!
        let key = ProcessInfo.processInfo.environment["AWS_ACCESS_KEY_ID"]!
        configuration.credentials = StaticCredentialSource(.init(accessKeyId: key, secretAccessKey: "not-the-secret"))
        await #expect {
            try await S3ObjectStore(configuration: configuration, caBundlePath: caFile).putIfAbsent("denied/x", data: ByteBuffer(string: "x"))
        } throws: { error in
            guard case ObjectStoreError.accessDenied(let detail) = error else { return false }
            return detail.contains("SignatureDoesNotMatch") || detail.contains("AccessDenied")
        }
    }

    @Test func endpointNotSignedByTheBundleIsRefused() async throws {
        var (configuration, _) = Self.environment!
        configuration.maxAttempts = 1
        // The system's CAs do not know the throwaway CA.
        await #expect {
            try await S3ObjectStore(configuration: configuration, caBundlePath: nil).putIfAbsent("untrusted/x", data: ByteBuffer(string: "x"))
        } throws: { error in
            guard case ObjectStoreError.unavailable(let detail) = error else { return false }
            return detail.contains(configuration.endpoint.absoluteString)
        }
    }

    @Test func unreadableBundleIsNamed() throws {
        let (configuration, _) = Self.environment!
        #expect {
            try S3ObjectStore(configuration: configuration, caBundlePath: "/nonexistent/ca.pem")
        } throws: { error in
            guard case ObjectStoreError.unavailable(let detail) = error else { return false }
            return detail.contains("AWS_CA_BUNDLE /nonexistent/ca.pem")
        }
    }
}
