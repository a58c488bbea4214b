import Crypto
import CryptoExtras
import Foundation

/// The SCRAM mechanisms Kafka speaks (RFC 5802 with RFC 7677's SHA-256, and SHA-512).
public enum ScramMechanism: String, Sendable, Codable, CaseIterable {
    case sha256 = "SCRAM-SHA-256"
    case sha512 = "SCRAM-SHA-512"

    /// Kafka's code for the mechanism in DescribeUserScramCredentials and
    /// AlterUserScramCredentials.
    public var kafkaCode: Int8 { self == .sha256 ? 1 : 2 }

    public init?(kafkaCode: Int8) {
        switch kafkaCode {
        case 1: self = .sha256
        case 2: self = .sha512
        default: return nil
        }
    }

    public func hmac(key: [UInt8], _ data: [UInt8]) -> [UInt8] {
        let key = SymmetricKey(data: key)
        switch self {
        case .sha256: return Array(HMAC<SHA256>.authenticationCode(for: data, using: key))
        case .sha512: return Array(HMAC<SHA512>.authenticationCode(for: data, using: key))
        }
    }

    public func hash(_ data: [UInt8]) -> [UInt8] {
        switch self {
        case .sha256: return Array(SHA256.hash(data: data))
        case .sha512: return Array(SHA512.hash(data: data))
        }
    }

    /// RFC 5802's Hi(): PBKDF2 with this mechanism's HMAC.
    public func saltedPassword(_ password: String, salt: [UInt8], iterations: Int) throws -> [UInt8] {
        let key = try KDF.Insecure.PBKDF2.deriveKey(
            from: Array(password.utf8), salt: salt, using: self == .sha256 ? .sha256 : .sha512,
            outputByteCount: self == .sha256 ? 32 : 64, unsafeUncheckedRounds: iterations)
        return key.withUnsafeBytes { Array($0) }
    }
}

/// A SCRAM credential as stored: never the password, only the salt, the iteration count and
/// the two keys that check a client's proof and prove the server knows them (RFC 5802 §3).
public struct ScramCredential: Sendable, Codable, Equatable {
    public var mechanism: ScramMechanism
    public var salt: [UInt8]
    public var iterations: Int
    public var storedKey: [UInt8]
    public var serverKey: [UInt8]

    /// Kafka's bounds on the iteration count (and RFC 7677's minimum).
    public static let iterationRange = 4096...16384

    public init(mechanism: ScramMechanism, salt: [UInt8], iterations: Int, storedKey: [UInt8], serverKey: [UInt8]) {
        self.mechanism = mechanism
        self.salt = salt
        self.iterations = iterations
        self.storedKey = storedKey
        self.serverKey = serverKey
    }

    /// The credential for a salted password, which is what AlterUserScramCredentials carries.
    public init(mechanism: ScramMechanism, saltedPassword: [UInt8], salt: [UInt8], iterations: Int) {
        let clientKey = mechanism.hmac(key: saltedPassword, Array("Client Key".utf8))
        self.init(
            mechanism: mechanism, salt: salt, iterations: iterations, storedKey: mechanism.hash(clientKey),
            serverKey: mechanism.hmac(key: saltedPassword, Array("Server Key".utf8)))
    }

    /// A new credential for `password`, with a random 32-byte salt unless one is given.
    public static func derive(password: String, mechanism: ScramMechanism, iterations: Int = 8192, salt: [UInt8]? = nil) throws -> ScramCredential {
        guard iterationRange.contains(iterations) else { throw ScramCredentialError("iterations must be in \(iterationRange), not \(iterations)") }
        var generator = SystemRandomNumberGenerator()
        let salt = salt ?? (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return ScramCredential(
            mechanism: mechanism, saltedPassword: try mechanism.saltedPassword(password, salt: salt, iterations: iterations),
            salt: salt, iterations: iterations)
    }

    /// Whether `password` is the one this credential was made from (SASL/PLAIN checks
    /// passwords against the SCRAM credentials, so there is one store of users).
    public func verifies(password: String) -> Bool {
        guard let salted = try? mechanism.saltedPassword(password, salt: salt, iterations: iterations) else { return false }
        let candidate = ScramCredential(mechanism: mechanism, saltedPassword: salted, salt: salt, iterations: iterations)
        return constantTimeEqual(candidate.storedKey, storedKey)
    }
}

public struct ScramCredentialError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Compares secrets without leaking, through timing, how long the common prefix is.
public func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a.count == b.count else { return false }
    var difference: UInt8 = 0
    for index in a.indices { difference |= a[index] ^ b[index] }
    return difference == 0
}
