import ControlPlane
import Foundation
import KafkaProtocol
import SaslFuzzing
import Testing

@testable import Agent

/// SASL without sockets: the RFC 7677 SCRAM-SHA-256 example, PLAIN, and what a connection
/// may do before it authenticates.
@Suite struct SaslStateMachineTests {
    /// RFC 7677 §3: user "user", password "pencil".
    static let salt = Array(Data(base64Encoded: "W22ZaJ0SNY7soEsUEjb6gQ==")!)
    static func pencil() throws -> ScramCredential { try .derive(password: "pencil", mechanism: .sha256, iterations: 4096, salt: salt) }

    @Test func rfc7677Example() throws {
        var sasl = SaslStateMachine(required: true)
        #expect(sasl.handshake(mechanism: "SCRAM-SHA-256") == .none)
        #expect(sasl.receive(token: Array("n,,n=user,r=rOprNGfwEbeRWgbNEkqO".utf8)) == .lookUp(user: "user", mechanism: .sha256))
        let first = sasl.received([try Self.pencil()], serverNonce: "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0")
        #expect(first == .reply(Array("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096".utf8), principal: nil))
        let final = sasl.receive(
            token: Array("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=".utf8))
        #expect(final == .reply(Array("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=".utf8), principal: "User:user"))
        #expect(sasl.principal == "User:user" && sasl.refusal(apiKey: ProduceRequest.apiKey) == nil)
    }

    /// librdkafka before 2.6.1 (kcat 1.7 ships 2.0.2) echoes its nonce twice in client-final;
    /// that is accepted, a nonce without the server's part is not.
    @Test func olderLibrdkafkasDoubledNonceIsAccepted() throws {
        for (bug, expected) in [(true, true), (false, true)] {
            var sasl = SaslStateMachine(required: true)
            _ = sasl.handshake(mechanism: "SCRAM-SHA-512")
            _ = sasl.receive(token: Array("n,,n=user,r=clientnonce".utf8))
            guard
                case .reply(let serverFirst, _) = sasl.received([try .derive(password: "pencil", mechanism: .sha512, iterations: 4096)], serverNonce: "SERVER")
            else {
                Issue.record("no server-first")
                return
            }
            let final = SaslFuzzHarness.clientFinal(
                serverFirst: serverFirst, clientFirstBare: "n=user,r=clientnonce", mechanism: .sha512,
                password: "pencil", librdkafkaBug: bug)!
            guard case .reply(_, let principal) = sasl.receive(token: Array(final.utf8)) else {
                Issue.record("refused: \(final)")
                return
            }
            #expect((principal == "User:user") == expected)
        }
        var replay = SaslStateMachine(required: true)
        _ = replay.handshake(mechanism: "SCRAM-SHA-512")
        _ = replay.receive(token: Array("n,,n=user,r=clientnonce".utf8))
        _ = replay.received([try .derive(password: "pencil", mechanism: .sha512, iterations: 4096)], serverNonce: "SERVER")
        guard case .fail = replay.receive(token: Array("c=biws,r=clientnonce,p=AAAA".utf8)) else {
            Issue.record("a nonce without the server's part passed")
            return
        }
    }

    /// After SaslHandshake v0 the tokens come bare, until authentication ends.
    @Test func handshakeV0ExpectsBareTokens() throws {
        var sasl = SaslStateMachine(required: true)
        #expect(!sasl.expectsRawToken)
        #expect(sasl.handshake(mechanism: "PLAIN", version: 0) == .none)
        #expect(sasl.expectsRawToken)
        _ = sasl.receive(token: [0] + Array("user".utf8) + [0] + Array("pencil".utf8))
        #expect(sasl.received([try Self.pencil()]) == .reply([], principal: "User:user"))
        #expect(!sasl.expectsRawToken)
    }

    @Test func aWrongProofFailsAndTheNextRequestCloses() throws {
        var sasl = SaslStateMachine(required: true)
        _ = sasl.handshake(mechanism: "SCRAM-SHA-256")
        _ = sasl.receive(token: Array("n,,n=user,r=rOprNGfwEbeRWgbNEkqO".utf8))
        _ = sasl.received([try Self.pencil()], serverNonce: "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0")
        let final = sasl.receive(
            token: Array("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=AAAAZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=".utf8))
        guard case .fail(let code, let message) = final else {
            Issue.record("expected a failure, got \(final)")
            return
        }
        #expect(code == .saslAuthenticationFailed && message.contains("invalid credentials") && message.contains("SCRAM-SHA-256"))
        #expect(sasl.refusal(apiKey: ApiVersionsRequest.apiKey) != nil)
    }

    @Test func anUnknownUserAndAForeignMechanismFail() throws {
        var sasl = SaslStateMachine(required: true)
        #expect(sasl.handshake(mechanism: "GSSAPI") == .unsupportedSaslMechanism)
        #expect(sasl.handshake(mechanism: "SCRAM-SHA-512") == .none)
        _ = sasl.receive(token: Array("n,,n=nobody,r=abc".utf8))
        guard case .fail(.saslAuthenticationFailed, _) = sasl.received([]) else {
            Issue.record("an unknown user must fail")
            return
        }
    }

    @Test func plainChecksThePasswordAgainstTheScramCredential() throws {
        let credential = try Self.pencil()
        var good = SaslStateMachine(required: true)
        _ = good.handshake(mechanism: "PLAIN")
        #expect(good.receive(token: [0] + Array("user".utf8) + [0] + Array("pencil".utf8)) == .lookUp(user: "user", mechanism: nil))
        #expect(good.received([credential]) == .reply([], principal: "User:user"))

        var bad = SaslStateMachine(required: true)
        _ = bad.handshake(mechanism: "PLAIN")
        _ = bad.receive(token: [0] + Array("user".utf8) + [0] + Array("pen".utf8))
        guard case .fail(.saslAuthenticationFailed, _) = bad.received([credential]) else {
            Issue.record("a wrong password must fail")
            return
        }
        var malformed = SaslStateMachine(required: true)
        _ = malformed.handshake(mechanism: "PLAIN")
        guard case .fail(.saslAuthenticationFailed, _) = malformed.receive(token: Array("user".utf8)) else {
            Issue.record("a malformed token must fail")
            return
        }
    }

    @Test func beforeAuthenticationOnlyTheSaslApisAndApiVersionsAreServed() {
        var sasl = SaslStateMachine(required: true)
        #expect(sasl.refusal(apiKey: ApiVersionsRequest.apiKey) == nil)
        #expect(sasl.refusal(apiKey: SaslHandshakeRequest.apiKey) == nil)
        #expect(sasl.refusal(apiKey: MetadataRequest.apiKey) == "Metadata before SASL authentication")
        #expect(
            sasl.receive(token: []) == .fail(.illegalSaslState, "unexpected SaslAuthenticate: no SaslHandshake came first, or authentication already ended"))

        var plaintext = SaslStateMachine(required: false)
        #expect(plaintext.refusal(apiKey: MetadataRequest.apiKey) == nil)
        #expect(plaintext.handshake(mechanism: "PLAIN") == .illegalSaslState)
    }

    @Test func scramUserNamesAreUnescaped() throws {
        let first = try ScramExchange.parseClientFirst(Array("n,,n=a=2Cb=3Dc,r=xyz".utf8))
        #expect(first.user == "a,b=c" && first.nonce == "xyz" && first.gs2Header == "n,,")
        #expect(throws: ScramExchange.Failure.self) { try ScramExchange.parseClientFirst(Array("p=tls-unique,,n=u,r=x".utf8)) }
        #expect(throws: ScramExchange.Failure.self) { try ScramExchange.parseClientFirst(Array("n,,n=a=2Xb,r=x".utf8)) }
    }
}
