import NIOCore
import Testing

@testable import KafkaProtocol

/// Every generated message, at every version it defines, survives encode -> decode ->
/// encode with identical values and identical bytes.
@Suite struct GeneratedRoundTripTests {
    static let cases: [(String, any ArbitraryMessage.Type)] = allArbitraryMessages.map { ("\($0)", $0) }

    @Test(arguments: cases.map(\.0))
    func roundTripsAtEveryVersion(name: String) throws {
        let type = Self.cases.first { $0.0 == name }!.1
        try roundTrip(type)
    }

    private func roundTrip<M: ArbitraryMessage>(_ type: M.Type) throws {
        for version in M.validVersions {
            for seed in 0..<25 as Range<UInt64> {
                var values = ArbitraryValues(seed: seed &* 7919 &+ UInt64(version))
                let original = M.arbitrary(version: version, using: &values)
                var encoded = ByteBuffer()
                try original.encode(into: &encoded, version: version)
                let bytes = encoded
                let decoded = try M(from: &encoded, version: version)
                #expect(encoded.readableBytes == 0, "\(M.self) v\(version) left \(encoded.readableBytes) bytes")
                #expect(decoded == original, "\(M.self) v\(version) seed \(seed) decoded differently")
                var again = ByteBuffer()
                try decoded.encode(into: &again, version: version)
                #expect(again == bytes, "\(M.self) v\(version) seed \(seed) re-encoded differently")
            }
        }
    }

    @Test func unsupportedFieldsAreRefusedNotDropped() throws {
        var request = ProduceRequest()
        request.transactionalId = "txn"
        var buffer = ByteBuffer()
        #expect(throws: KafkaEncodingError.fieldNotSupported(field: "transactionalId", version: 2)) {
            try request.encode(into: &buffer, version: 2)
        }
        // Ignorable fields are dropped silently, as Kafka does.
        var response = ApiVersionsResponse()
        response.throttleTimeMs = 5
        try response.encode(into: &buffer, version: 0)
    }

    @Test func unknownTaggedFieldsSurviveARoundTrip() throws {
        var header = RequestHeader()
        header.requestApiKey = 18
        header.requestApiVersion = 3
        header.clientId = "rdkafka"
        header.unknownTaggedFields = [KafkaTaggedField(tag: 7, data: ByteBuffer(bytes: [1, 2, 3]))]
        var buffer = ByteBuffer()
        try header.encode(into: &buffer, version: 2)
        let decoded = try RequestHeader(from: &buffer, version: 2)
        #expect(decoded == header)
    }
}
