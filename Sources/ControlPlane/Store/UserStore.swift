/// The SASL users: one SCRAM credential per (user, mechanism). SASL/PLAIN checks passwords
/// against the same credentials, so there is a single list of users. Passwords are never
/// stored, only what RFC 5802 needs to check a proof.
public protocol UserStore: Sendable {
    /// The user's credentials, of every mechanism (none for an unknown user).
    func scramCredentials(user: String) async throws -> [ScramCredential]
    /// Adds or replaces the user's credential for `credential.mechanism`.
    func setScramCredential(user: String, _ credential: ScramCredential) async throws
    /// Removes the user's credential for `mechanism`; false when there was none.
    func deleteScramCredential(user: String, mechanism: ScramMechanism) async throws -> Bool
    /// The users (all, or those named) and, per mechanism, the iteration count.
    func scramUsers(_ names: [String]?) async throws -> [String: [ScramMechanism: Int]]
}

extension UserStore {
    /// Rows of (user, mechanism, iterations) as `scramUsers` answers them.
    static func grouped(_ rows: [(String, String, Int)]) -> [String: [ScramMechanism: Int]] {
        var result: [String: [ScramMechanism: Int]] = [:]
        for (user, mechanism, iterations) in rows {
            guard let mechanism = ScramMechanism(rawValue: mechanism) else { continue }
            result[user, default: [:]][mechanism] = iterations
        }
        return result
    }
}
