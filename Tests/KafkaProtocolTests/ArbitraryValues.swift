import NIOCore
import ProtocolFuzzing

@testable import KafkaProtocol

/// A seeded source of random field values (SplitMix64), so a failing round trip can be replayed.
struct ArbitraryValues {
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { random.next() }

    mutating func coin() -> Bool { next() & 1 == 0 }

    mutating func integer<T: FixedWidthInteger>(_: T.Type) -> T {
        // Mix small values (common on the wire, and varint edge cases) with full-range ones.
        switch next() % 4 {
        case 0: return T(truncatingIfNeeded: next() % 3) - (T.isSigned ? 1 : 0)
        case 1: return next() & 1 == 0 ? T.max : T.min
        default: return T(truncatingIfNeeded: next())
        }
    }

    mutating func float64() -> Double { Double(next() % 1_000_000) / 7.0 }

    mutating func count() -> Int { Int(next() % 4) }

    mutating func string() -> String {
        let alphabet = Array("abcXYZ09-_.é☃")
        return String((0..<Int(next() % 12)).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] })
    }

    mutating func bytes() -> ByteBuffer {
        var buffer = ByteBuffer()
        for _ in 0..<Int(next() % 40) { buffer.writeInteger(UInt8(truncatingIfNeeded: next())) }
        return buffer
    }

    mutating func uuid() -> KafkaUUID { KafkaUUID(mostSignificantBits: next(), leastSignificantBits: next()) }
}

/// A generated message that can build random instances of itself at a version.
protocol ArbitraryMessage: KafkaMessage {
    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self
}
