import AsyncHTTPClient
import CoreMetrics
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOSSL

/// An S3-compatible object store over AsyncHTTPClient, signed with SigV4.
///
/// Every request has a time limit and is retried with exponential backoff on 5xx, SlowDown,
/// time-outs and connection errors. A GET slower than the recent p99 is hedged: a second GET
/// starts and the first answer wins. Errors name their cause: wrong credentials, a missing
/// bucket, or an unreachable endpoint.
public final class S3ObjectStore: ObjectStore {
    public let configuration: S3Configuration
    private let client: HTTPClient
    private let latencies = NIOLockedValueBox(LatencyWindow(capacity: 256))
    /// Hedged GETs started; for metrics and tests.
    public var hedgedReads: Int { latencies.withLockedValue { $0.hedged } }

    public init(configuration: S3Configuration, client: HTTPClient = .shared) {
        self.configuration = configuration
        self.client = client
    }

    /// A store whose endpoint's certificate is checked against the CA bundle at
    /// `caBundlePath` (PEM) rather than the system's CAs; nil for the system's.
    public convenience init(configuration: S3Configuration, caBundlePath: String?) throws {
        self.init(configuration: configuration, client: try S3HTTPClient.client(caBundlePath: caBundlePath))
    }

    // MARK: ObjectStore

    public func putIfAbsent(_ key: String, data: ByteBuffer) async throws {
        try ObjectStoreError.validate(key)
        var headers = ["if-none-match": "*", "content-length": String(data.readableBytes)]
        let payloadHash: String
        if configuration.isTLS {
            // Hashing every byte for the signature was a fifth of the produce path's CPU
            // (docs/benchmarks.md). Over TLS the body is signed as UNSIGNED-PAYLOAD and S3
            // checks a CRC32C instead, at a small fraction of the cost.
            payloadHash = SigV4Signer.unsignedPayload
            headers["x-amz-checksum-crc32c"] = S3Checksum.crc32c(data)
        } else {
            payloadHash = data.withUnsafeReadableBytes { SigV4Signer.hexSHA256(UnsafeRawBufferPointer($0)) }
        }
        var uncertain = false
        let response = try await send("PUT", key: key, headers: headers, body: data, payloadHash: payloadHash, uncertain: &uncertain)
        switch response.status {
        case 200, 201, 204: return
        case 412 where uncertain:
            // An earlier attempt got no answer (the connection dropped after the store took
            // the body, say) and may be what is there now: if the stored bytes are ours, the
            // put succeeded. Otherwise the segment would fail and leave an orphan for nothing.
            if let stored = try? await get(key, range: nil), stored == data { return }
            throw ObjectStoreError.alreadyExists(key: key)
        case 412: throw ObjectStoreError.alreadyExists(key: key)
        default: throw error(for: response, key: key)
        }
    }

    public func get(_ key: String, range: Range<Int>?) async throws -> ByteBuffer {
        try ObjectStoreError.validate(key)
        if let range, range.isEmpty {
            guard range.lowerBound >= 0 else { throw ObjectStoreError.invalidRange(key: key, range: range, size: -1) }
            return ByteBuffer()
        }
        let headers = range.map { ["range": "bytes=\($0.lowerBound)-\($0.upperBound - 1)"] } ?? [:]
        let response = try await hedged { try await self.send("GET", key: key, headers: headers) }
        switch response.status {
        case 200, 206:
            if let range, response.body.readableBytes != range.count {
                throw ObjectStoreError.invalidRange(key: key, range: range, size: response.body.readableBytes)
            }
            return response.body
        case 416: throw ObjectStoreError.invalidRange(key: key, range: range ?? 0..<0, size: -1)
        default: throw error(for: response, key: key)
        }
    }

    public func list(prefix: String) async throws -> [ObjectInfo] {
        var result: [ObjectInfo] = []
        var token: String?
        repeat {
            var query = [("list-type", "2"), ("prefix", prefix)]
            if let token { query.append(("continuation-token", token)) }
            let response = try await send("GET", key: nil, query: query)
            guard response.status == 200 else { throw error(for: response, key: nil) }
            let page = try ListBucketResultParser.parse(response.body)
            result += page.objects
            token = page.isTruncated ? page.nextToken : nil
        } while token != nil
        return result.sorted { $0.key < $1.key }
    }

    public func delete(_ key: String) async throws {
        try ObjectStoreError.validate(key)
        let response = try await send("DELETE", key: key)
        guard [200, 202, 204, 404].contains(response.status) else { throw error(for: response, key: key) }
    }

    // MARK: Requests

    struct Response: Sendable {
        var status: Int
        var body: ByteBuffer
    }

    /// One signed request, retried on transient failures.
    private func send(
        _ method: String, key: String?, query: [(String, String)] = [], headers: [String: String] = [:],
        body: ByteBuffer? = nil, payloadHash: String = SigV4Signer.emptyPayloadHash
    ) async throws -> Response {
        var uncertain = false
        return try await send(method, key: key, query: query, headers: headers, body: body, payloadHash: payloadHash, uncertain: &uncertain)
    }

    /// Sends with retries; `uncertain` is set when an attempt before the answer returned got
    /// no HTTP answer at all, so the store may have acted on it.
    private func send(
        _ method: String, key: String?, query: [(String, String)] = [], headers: [String: String] = [:],
        body: ByteBuffer? = nil, payloadHash: String = SigV4Signer.emptyPayloadHash, uncertain: inout Bool
    ) async throws -> Response {
        var attempt = 0
        while true {
            attempt += 1
            let outcome: Result<Response, any Error>
            do {
                outcome = .success(try await sendOnce(method, key: key, query: query, headers: headers, body: body, payloadHash: payloadHash))
            } catch {
                outcome = .failure(error)
            }
            Self.count(method, key: key, sent: body?.readableBytes ?? 0, outcome: outcome)
            let retryable: Bool
            switch outcome {
            case .success(let response): retryable = response.status >= 500 || response.status == 429
            // (an ObjectStoreError here is the credential source's own answer, retried inside it;
            // a refused TLS handshake, an untrusted certificate say, fails the same way again)
            case .failure(let error):
                retryable = !(error is CancellationError) && !(error is ObjectStoreError) && !Self.isHandshakeFailure(error)
            }
            guard retryable, attempt < configuration.maxAttempts, !Task.isCancelled else {
                switch outcome {
                case .success(let response): return response
                case .failure(let error as ObjectStoreError): throw error
                case .failure(let error):
                    throw ObjectStoreError.unavailable(
                        "\(method) \(configuration.endpoint.absoluteString) failed after \(attempt) attempt\(attempt == 1 ? "" : "s"): \(Self.describe(error))")
                }
            }
            if case .failure = outcome { uncertain = true }
            // Exponential backoff with full jitter.
            let ceiling = configuration.retryBaseDelay * (1 << min(attempt - 1, 8))
            try await Task.sleep(for: ceiling * Double.random(in: 0.5...1.0))
        }
    }

    /// `fjord_object_store_requests_total{operation, result}`: every attempt, with its
    /// status class (2xx, 4xx, 5xx), `denied` (401, 403), or `error` when no answer came; and
    /// `fjord_object_store_bytes_total{direction}`, the bodies sent and received.
    private static func count(_ method: String, key: String?, sent: Int, outcome: Result<Response, any Error>) {
        if sent > 0 { Counter(label: "fjord_object_store_bytes_total", dimensions: [("direction", "sent")]).increment(by: sent) }
        if case .success(let response) = outcome, response.body.readableBytes > 0 {
            Counter(label: "fjord_object_store_bytes_total", dimensions: [("direction", "received")]).increment(by: response.body.readableBytes)
        }
        let operation = key == nil ? "list" : method.lowercased()
        let result: String
        switch outcome {
        case .success(let response) where response.status == 401 || response.status == 403: result = "denied"
        case .success(let response): result = "\(response.status / 100)xx"
        case .failure: result = "error"
        }
        Counter(label: "fjord_object_store_requests_total", dimensions: [("operation", operation), ("result", result)]).increment()
    }

    private func sendOnce(
        _ method: String, key: String?, query: [(String, String)], headers: [String: String],
        body: ByteBuffer?, payloadHash: String
    ) async throws -> Response {
        let location = configuration.location(of: key)
        var toSign = headers
        toSign["host"] = location.host
        toSign.removeValue(forKey: "content-length")
        let signer = SigV4Signer(try await configuration.credentials.credentials(), region: configuration.region)
        let signature = signer.sign(method: method, path: location.path, query: query, headers: toSign, payloadHash: payloadHash, date: Date())
        let queryString = query.map { "\(SigV4Signer.encode($0.0))=\(SigV4Signer.encode($0.1))" }.joined(separator: "&")
        var request = HTTPClientRequest(url: location.url + (queryString.isEmpty ? "" : "?" + queryString))
        request.method = HTTPMethod(rawValue: method)
        for (name, value) in toSign.merging(signature, uniquingKeysWith: { $1 }) where name != "host" {
            request.headers.add(name: name, value: value)
        }
        if let body {
            request.body = .bytes(body)
        }
        let timeout = TimeAmount(configuration.requestTimeout)
        let response = try await client.execute(request, timeout: timeout)
        let bytes = try await response.body.collect(upTo: 256 << 20)
        return Response(status: Int(response.status.code), body: bytes)
    }

    /// Runs `read`; if it takes longer than the recent p99, starts a second one and takes the first answer.
    private func hedged(_ read: @escaping @Sendable () async throws -> Response) async throws -> Response {
        let threshold = configuration.hedgeReads ? latencies.withLockedValue { $0.p99 } : nil
        let started = ContinuousClock.now
        let response: Response
        if let threshold {
            response = try await withThrowingTaskGroup(of: Response?.self) { group in
                group.addTask { try await read() }
                group.addTask {
                    try await Task.sleep(for: threshold)
                    self.latencies.withLockedValue { $0.hedged += 1 }
                    return try await read()
                }
                defer { group.cancelAll() }
                while let next = try await group.next() {
                    if let next { return next }
                }
                throw CancellationError()
            }
        } else {
            response = try await read()
        }
        let elapsed = ContinuousClock.now - started
        latencies.withLockedValue { $0.record(elapsed) }
        return response
    }

    // MARK: Errors

    private func error(for response: Response, key: String?) -> ObjectStoreError {
        let (code, message) = S3ErrorParser.parse(response.body)
        let detail = "\(code ?? "HTTP \(response.status)")\(message.map { ": \($0)" } ?? "")"
        switch (response.status, code) {
        case (404, "NoSuchBucket"): return .bucketNotFound("\(configuration.bucket) at \(configuration.endpoint.absoluteString)")
        case (404, _): return .notFound(key: key ?? configuration.bucket)
        case (403, _), (401, _): return .accessDenied("\(detail) (\(configuration.credentials), bucket \(configuration.bucket))")
        default: return .unavailable("\(configuration.endpoint.absoluteString) answered \(detail)")
        }
    }

    private static func isHandshakeFailure(_ error: any Error) -> Bool {
        if case .handshakeFailed = error as? NIOSSLError { return true }
        return false
    }

    private static func describe(_ error: any Error) -> String {
        if case .handshakeFailed(let underlying) = error as? NIOSSLError {
            return "the TLS handshake failed (is the endpoint's certificate signed by a CA in the system's store, or in AWS_CA_BUNDLE?): \(underlying)"
        }
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout, .deadlineExceeded: return "timed out"
            default: return "\(error)"
            }
        }
        let text = "\(error)"
        return text.contains("connection refused") || text.contains("connectionRefused") ? "connection refused" : text
    }
}

/// Recent request latencies, for the hedging threshold.
struct LatencyWindow {
    private var samples: RecentSamples<Duration>
    var hedged = 0

    init(capacity: Int) { samples = RecentSamples(capacity: capacity) }

    mutating func record(_ latency: Duration) { samples.record(latency) }

    /// The 99th percentile once there are enough samples, never below 10 ms.
    var p99: Duration? { samples.quantile(0.99, minimum: 32).map { max($0, .milliseconds(10)) } }
}
