#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An IPv4 or IPv6 network, e.g. `10.0.0.0/8` or `fd00::/8`.
public struct CIDR: Sendable, Equatable, CustomStringConvertible {
    /// The network address: 4 or 16 bytes.
    public let address: [UInt8]
    public let prefixLength: Int

    /// Nil when `text` is not a valid CIDR (or a bare address, taken as /32 or /128).
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let address = IPAddress.parse(String(parts[0])) else { return nil }
        let maximum = address.count * 8
        let length: Int
        if parts.count == 2 {
            guard let parsed = Int(parts[1]), (0...maximum).contains(parsed) else { return nil }
            length = parsed
        } else {
            length = maximum
        }
        self.address = IPAddress.masked(address, to: length)
        self.prefixLength = length
    }

    public func contains(_ address: [UInt8]) -> Bool {
        address.count == self.address.count && IPAddress.masked(address, to: prefixLength) == self.address
    }

    /// Whether every address of `other` is in this network.
    public func contains(_ other: CIDR) -> Bool {
        other.address.count == address.count && other.prefixLength >= prefixLength && contains(other.address)
    }

    public var description: String { "\(IPAddress.format(address))/\(prefixLength)" }
}

/// IPv4 and IPv6 addresses as bytes.
public enum IPAddress {
    public static func parse(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 { return withUnsafeBytes(of: &v6) { Array($0) } }
        return nil
    }

    static func masked(_ bytes: [UInt8], to length: Int) -> [UInt8] {
        bytes.enumerated().map { index, byte in
            let bits = max(0, min(8, length - index * 8))
            return bits == 8 ? byte : byte & UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
        }
    }

    static func format(_ bytes: [UInt8]) -> String {
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        return stride(from: 0, to: bytes.count, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }.joined(separator: ":")
    }
}

/// Glob matching: `*` any run of characters, `?` one character, everything else literal.
public enum Glob {
    public static func matches(_ pattern: String, _ text: String) -> Bool {
        matches(Array(pattern.utf8), Array(text.utf8))
    }

    static func matches(_ p: [UInt8], _ t: [UInt8]) -> Bool {
        var pi = 0
        var ti = 0
        var star = -1
        var mark = 0
        while ti < t.count {
            if pi < p.count, p[pi] == UInt8(ascii: "?") || p[pi] == t[ti] {
                pi += 1
                ti += 1
            } else if pi < p.count, p[pi] == UInt8(ascii: "*") {
                star = pi
                mark = ti
                pi += 1
            } else if star >= 0 {
                pi = star + 1
                mark += 1
                ti = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.count
    }

    /// A glob prepared once: its bytes, and the literal run before its first wildcard, which
    /// rejects most texts without running the matcher.
    struct Compiled: Sendable {
        let pattern: [UInt8]
        let prefix: [UInt8]
        let isLiteral: Bool

        init(_ text: String) {
            pattern = Array(text.utf8)
            let wildcard = pattern.firstIndex { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") }
            prefix = Array(pattern[..<(wildcard ?? pattern.endIndex)])
            isLiteral = wildcard == nil
        }

        func matches(_ text: [UInt8]) -> Bool {
            if isLiteral { return text == pattern }
            guard text.count >= prefix.count else { return false }
            for index in prefix.indices where text[index] != prefix[index] { return false }
            return Glob.matches(pattern, text)
        }
    }

    /// Whether every string `narrower` matches is matched by `wider` (sound, not complete:
    /// false may also mean "cannot tell").
    public static func covers(_ wider: String, _ narrower: String) -> Bool {
        if wider == narrower || wider == "*" { return true }
        if !narrower.contains(where: { $0 == "*" || $0 == "?" }) { return matches(wider, narrower) }
        // A literal prefix followed by a single trailing `*` covers anything starting with it.
        if wider.hasSuffix("*"), !wider.dropLast().contains(where: { $0 == "*" || $0 == "?" }) {
            let prefix = wider.dropLast()
            let narrowerLiteral = narrower.prefix { $0 != "*" && $0 != "?" }
            return narrowerLiteral.hasPrefix(prefix)
        }
        return false
    }
}
