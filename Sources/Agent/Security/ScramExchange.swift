import ControlPlane
import Foundation

/// The server side of one SCRAM exchange (RFC 5802), as pure functions of the messages:
/// client-first in, server-first out; client-final in, server-final out or a failure.
/// No channel binding (Kafka does not use it), so the GS2 header must be `n,,` or `y,,`.
struct ScramExchange: Sendable {
    /// What the client's first message says.
    struct ClientFirst: Sendable, Equatable {
        var user: String
        var nonce: String
        /// `n=...,r=...` and any extensions: part of the AuthMessage.
        var bare: String
        var gs2Header: String
    }

    struct Failure: Error, Equatable {
        var message: String
        init(_ message: String) { self.message = message }
    }

    let mechanism: ScramMechanism
    let clientFirst: ClientFirst
    let credential: ScramCredential
    let nonce: String
    let serverFirst: String

    /// Parses `gs2-header client-first-message-bare`.
    static func parseClientFirst(_ bytes: [UInt8]) throws -> ClientFirst {
        guard let text = String(bytes: bytes, encoding: .utf8) else { throw Failure("the SCRAM client-first message is not UTF-8") }
        let parts = text.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw Failure("malformed SCRAM client-first message") }
        guard parts[0] == "n" || parts[0] == "y" else { throw Failure("SCRAM channel binding is not supported") }
        let bare = String(parts[2])
        let attributes = try Self.attributes(bare)
        guard let user = attributes["n"], let nonce = attributes["r"], !nonce.isEmpty else {
            throw Failure("the SCRAM client-first message has no user name or nonce")
        }
        return ClientFirst(user: try Self.unescape(user), nonce: nonce, bare: bare, gs2Header: "\(parts[0]),\(parts[1]),")
    }

    /// Starts the exchange for a user whose credential was found; `serverNonce` is random
    /// printable ASCII without commas.
    init(clientFirst: ClientFirst, credential: ScramCredential, serverNonce: String) {
        self.mechanism = credential.mechanism
        self.clientFirst = clientFirst
        self.credential = credential
        self.nonce = clientFirst.nonce + serverNonce
        self.serverFirst = "r=\(nonce),s=\(Data(credential.salt).base64EncodedString()),i=\(credential.iterations)"
    }

    /// Checks the client's proof; the answer is the server-final message (`v=` signature).
    func finish(_ bytes: [UInt8]) throws -> String {
        guard let text = String(bytes: bytes, encoding: .utf8) else { throw Failure("the SCRAM client-final message is not UTF-8") }
        guard let proofStart = text.range(of: ",p=", options: .backwards) else { throw Failure("the SCRAM client-final message has no proof") }
        let withoutProof = String(text[..<proofStart.lowerBound])
        let attributes = try Self.attributes(text)
        guard attributes["c"] == Data(clientFirst.gs2Header.utf8).base64EncodedString() else { throw Failure("SCRAM channel-binding data does not match") }
        // librdkafka before 2.6.1 echoes its own nonce in front of the whole nonce (its bug
        // #4895); Kafka 3.8.1-3.9 accepted that, so kcat and older clients work here too. The
        // server's part is still required, which is what defeats replays.
        guard let echoed = attributes["r"], echoed == nonce || echoed == clientFirst.nonce + nonce else { throw Failure("SCRAM nonce mismatch") }
        guard let proofText = attributes["p"], let proof = Data(base64Encoded: proofText).map(Array.init), proof.count == credential.storedKey.count else {
            throw Failure("malformed SCRAM proof")
        }
        let authMessage = Array("\(clientFirst.bare),\(serverFirst),\(withoutProof)".utf8)
        let clientSignature = mechanism.hmac(key: credential.storedKey, authMessage)
        let clientKey = zip(proof, clientSignature).map { $0 ^ $1 }
        guard constantTimeEqual(mechanism.hash(clientKey), credential.storedKey) else { throw Failure("invalid credentials") }
        return "v=" + Data(mechanism.hmac(key: credential.serverKey, authMessage)).base64EncodedString()
    }

    /// `a=1,b=2` as a dictionary; the values may contain `=`.
    private static func attributes(_ text: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for field in text.split(separator: ",") {
            guard field.count >= 2, field[field.index(after: field.startIndex)] == "=" else { throw Failure("malformed SCRAM attribute '\(field.prefix(20))'") }
            result[String(field.prefix(1))] = String(field.dropFirst(2))
        }
        return result
    }

    /// RFC 5802 §5.1: `=2C` is `,` and `=3D` is `=` in a saslname; any other `=` is an error.
    private static func unescape(_ name: String) throws -> String {
        var result = ""
        var rest = Substring(name)
        while let equals = rest.firstIndex(of: "=") {
            result += rest[..<equals]
            let code = rest[equals...].prefix(3)
            switch code {
            case "=2C": result += ","
            case "=3D": result += "="
            default: throw Failure("malformed SCRAM user name")
            }
            rest = rest[equals...].dropFirst(3)
        }
        return result + rest
    }

    /// A fresh server nonce: 24 random bytes, base64 (printable, no commas).
    static func randomNonce() -> String {
        var generator = SystemRandomNumberGenerator()
        return Data((0..<24).map { _ in UInt8.random(in: 0...255, using: &generator) }).base64EncodedString()
    }
}

/// SASL/PLAIN (RFC 4616): `[authzid] NUL authcid NUL passwd`.
enum PlainToken {
    static func parse(_ bytes: [UInt8]) throws -> (user: String, password: String) {
        let parts = bytes.split(separator: 0, omittingEmptySubsequences: false)
        guard parts.count == 3, let authzid = String(bytes: parts[0], encoding: .utf8), let user = String(bytes: parts[1], encoding: .utf8),
            let password = String(bytes: parts[2], encoding: .utf8), !user.isEmpty
        else {
            throw ScramExchange.Failure("malformed SASL/PLAIN token")
        }
        guard authzid.isEmpty || authzid == user else { throw ScramExchange.Failure("SASL/PLAIN: authorization id '\(authzid)' differs from the user") }
        return (user, password)
    }
}
