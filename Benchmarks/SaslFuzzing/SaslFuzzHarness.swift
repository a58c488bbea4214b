import Agent
import ControlPlane
import Foundation
import KafkaProtocol
import Logging
import NIOCore
import ObjectStore
import ProtocolFuzzing

/// Fuzzes what a SASL listener exposes, through the agent's real dispatch (`KafkaAgent.respond`)
/// on a connection that requires SASL: SaslHandshake, SaslAuthenticate with PLAIN and SCRAM
/// (a real client side computes valid proofs, so mutations reach every step of the exchange),
/// requests sent before authenticating, and, once authenticated, mutated requests of every
/// API. A run passes when nothing traps; each outcome is counted.
public final class SaslFuzzHarness {
    public struct Report: CustomStringConvertible {
        public var conversations = 0
        public var authenticated = 0
        /// Answered with an error code (SASL_AUTHENTICATION_FAILED, UNSUPPORTED_SASL_MECHANISM, ...).
        public var refused = 0
        /// Ended as Kafka ends them: the connection closed (a malformed frame, a request before
        /// authenticating, anything after a failure).
        public var closed = 0
        /// Requests served after authenticating (mutated, of every API).
        public var requestsAfterAuthentication = 0

        public var description: String {
            "\(conversations) conversations: \(authenticated) authenticated, \(refused) refused with an error code, \(closed) closed the connection, \(requestsAfterAuthentication) requests after authentication, 0 crashes"
        }
    }

    private let agent: KafkaAgent
    private var mutator: FuzzHarness
    private var random: SplitMix64
    public private(set) var report = Report()
    static let user = "fuzz", password = "fuzz-password"

    private init(agent: KafkaAgent, seed: UInt64) {
        self.agent = agent
        self.mutator = FuzzHarness(seed: seed)
        self.random = SplitMix64(seed: seed ^ 0x5A5A)
    }

    /// An agent over an in-memory store with one user, `fuzz`, for both SCRAM mechanisms.
    public static func make(seed: UInt64) async throws -> SaslFuzzHarness {
        let store = try SQLiteMetadataStore(path: ":memory:")
        for mechanism in ScramMechanism.allCases {
            try await store.setScramCredential(user: user, .derive(password: password, mechanism: mechanism, iterations: 4096))
        }
        let controlPlane = try await ControlPlane(store: store)
        _ = try await controlPlane.createTopic(name: "fuzz", partitions: 2, configs: [:])
        let quiet = Logger(label: "fuzz") { _ in SwiftLogNoOpLogHandler() }
        let cache = BatchCache(capacityBytes: 1 << 20)
        let objects = InMemoryObjectStore()
        let writer = SegmentWriter(store: objects, controlPlane: controlPlane, keyPrefix: "", configuration: .init(), cache: cache, logger: quiet)
        var services = AgentServices(
            nodeId: 1, controlPlane: controlPlane, cluster: ClusterView(nodes: [.init(nodeId: 1, host: "127.0.0.1", port: 9092)]),
            writer: writer, reader: FetchReader(store: objects, cache: cache))
        services.users = store
        services.maxFetchWait = .milliseconds(1)
        return SaslFuzzHarness(agent: KafkaAgent(services: services, logger: quiet), seed: seed)
    }

    public func run(conversations count: Int) async {
        // The agent's segment writer flushes only while its loop runs (the flusher service's
        // job in a real agent).
        let writer = agent.services.writer
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await writer.run() }
            for _ in 0..<count { await converse() }
            group.cancelAll()
        }
    }

    private func chance(_ oneIn: UInt64) -> Bool { random.next() % oneIn == 0 }

    /// One connection's worth of requests; returns when the connection would be closed or done.
    private func converse() async {
        report.conversations += 1
        let session = ClientSession(sourceAddress: nil, listener: "fuzz", listenerName: "SASL_SSL", requiresSASL: true)
        let mechanism = ["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512", "GSSAPI", ""][Int(random.next() % 5)]
        let mutateStep = Int(random.next() % 5)  // 0: handshake, 1: first token, 2: final token, 3-4: none
        let wrongPassword = chance(4)
        do {
            if chance(8) {  // a request before authenticating: any API, mutated
                _ = try await send(Array(mutator.nextInput().dropFirst(4)), session)
            }
            var handshake = SaslHandshakeRequest()
            handshake.mechanism = mechanism
            guard let handshakeAnswer = try await exchange(handshake, version: 1, mutate: mutateStep == 0, session, as: SaslHandshakeResponse.self),
                handshakeAnswer.errorCode == 0
            else {
                report.refused += 1
                return
            }
            let nonce = String(random.next(), radix: 36)
            let user = chance(6) ? "nobody" : Self.user
            let first: [UInt8] =
                mechanism == "PLAIN"
                ? [0] + Array(user.utf8) + [0] + Array((wrongPassword ? "guess" : Self.password).utf8)
                : Array("n,,n=\(user),r=\(nonce)".utf8)
            let version = Int16(random.next() % 3)
            guard let firstAnswer = try await authenticate(first, version: version, mutate: mutateStep == 1, session) else { return }
            if mechanism != "PLAIN" {
                let scram: ScramMechanism = mechanism == "SCRAM-SHA-256" ? .sha256 : .sha512
                guard
                    let final = Self.clientFinal(
                        serverFirst: firstAnswer, clientFirstBare: "n=\(user),r=\(nonce)", mechanism: scram,
                        password: wrongPassword ? "guess" : Self.password),
                    try await authenticate(Array(final.utf8), version: version, mutate: mutateStep == 2, session) != nil
                else { return }
            }
            guard session.principal != nil else {
                report.refused += 1
                return
            }
            report.authenticated += 1
            for _ in 0..<Int(random.next() % 4) {  // behind SASL: mutated requests of every API
                _ = try await send(Array(mutator.nextInput().dropFirst(4)), session)
                report.requestsAfterAuthentication += 1
            }
        } catch {
            report.closed += 1
        }
    }

    /// SaslAuthenticate; the server's token, or nil (counted) when it answered an error.
    private func authenticate(_ token: [UInt8], version: Int16, mutate: Bool, _ session: ClientSession) async throws -> [UInt8]? {
        var request = SaslAuthenticateRequest()
        request.authBytes = ByteBuffer(bytes: mutate && chance(2) ? mutator.mutated(token) : token)
        guard let answer = try await exchange(request, version: version, mutate: mutate && chance(2), session, as: SaslAuthenticateResponse.self) else {
            return nil
        }
        guard answer.errorCode == 0 else {
            report.refused += 1
            return nil
        }
        return Array(buffer: answer.authBytes)
    }

    private func exchange<R: KafkaRequest, Response: KafkaResponse>(
        _ request: R, version: Int16, mutate: Bool, _ session: ClientSession,
        as: Response.Type
    ) async throws -> Response? {
        var buffer = ByteBuffer()
        try buffer.writeKafkaRequest(request, version: version, correlationId: 7, clientId: "fuzz")
        var bytes = Array(buffer.readableBytesView.dropFirst(4))
        if mutate { bytes = mutator.mutated(bytes) }
        guard var answer = try await send(bytes, session), answer.readableBytes >= 4 else { return nil }
        answer.moveReaderIndex(forwardBy: 4)  // the frame's size
        _ = try ResponseHeader(from: &answer, version: Response.responseHeaderVersion(for: version))
        return try? Response(from: &answer, version: version)
    }

    private func send(_ frame: [UInt8], _ session: ClientSession) async throws -> ByteBuffer? {
        try await agent.respond(to: ByteBuffer(bytes: frame), session: session)
    }

    /// RFC 5802's client-final message for the server-first message `serverFirst`;
    /// `librdkafkaBug` echoes the client nonce twice, as librdkafka before 2.6.1 does.
    public static func clientFinal(
        serverFirst: [UInt8], clientFirstBare: String, mechanism: ScramMechanism, password: String,
        librdkafkaBug: Bool = false
    ) -> String? {
        guard let text = String(bytes: serverFirst, encoding: .utf8) else { return nil }
        var fields: [String: String] = [:]
        for field in text.split(separator: ",") where field.count > 2 { fields[String(field.prefix(1))] = String(field.dropFirst(2)) }
        guard let nonce = fields["r"], let salt = fields["s"].flatMap({ Data(base64Encoded: $0) }), let iterations = fields["i"].flatMap(Int.init),
            let salted = try? mechanism.saltedPassword(password, salt: Array(salt), iterations: iterations)
        else { return nil }
        let clientNonce = clientFirstBare.split(separator: ",").first { $0.hasPrefix("r=") }.map { String($0.dropFirst(2)) } ?? ""
        let withoutProof = "c=biws,r=\(librdkafkaBug ? clientNonce : "")\(nonce)"
        let authMessage = Array("\(clientFirstBare),\(text),\(withoutProof)".utf8)
        let clientKey = mechanism.hmac(key: salted, Array("Client Key".utf8))
        let signature = mechanism.hmac(key: mechanism.hash(clientKey), authMessage)
        let proof = zip(clientKey, signature).map { $0 ^ $1 }
        return "\(withoutProof),p=\(Data(proof).base64EncodedString())"
    }
}
