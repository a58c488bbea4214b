import Foundation
import NIOCore
import ProtocolFuzzing
import Testing

@testable import KafkaProtocol

/// A short fuzz run in every `swift test`; Infra/fuzz/run.sh does the long one.
@Suite struct RobustnessTests {
    @Test func mutatedFramesNeverTrap() {
        let golden = GoldenFixtureTests.fixtures.map(\.bytes)
        var harness = FuzzHarness(seed: UInt64(Date().timeIntervalSince1970), extraSeeds: golden)
        harness.run(count: 30_000)
        #expect(harness.report.inputs == 30_000)
        // The mutations must reach the body decoders, or the run proves little.
        #expect(harness.report.bodiesDecoded > 1_000)
        #expect(harness.report.errors > 1_000)
    }

    @Test func everyTruncationOfEveryGoldenFrameIsATypedError() throws {
        for fixture in GoldenFixtureTests.fixtures {
            var full = ByteBuffer(bytes: fixture.bytes)
            full.moveReaderIndex(forwardBy: 4)
            let request = try KafkaRequestFrame(frame: full)
            let type = try #require(KafkaApiRegistry.requestTypes[request.apiKey])
            for cut in stride(from: 0, to: request.body.readableBytes, by: max(1, request.body.readableBytes / 64)) {
                var truncated = request
                truncated.body = request.body.getSlice(at: request.body.readerIndex, length: cut)!
                #expect(throws: KafkaDecodingError.self, "\(fixture) cut at \(cut)") { try decode(type, truncated) }
            }
        }
    }

    private func decode<R: KafkaRequest>(_ type: R.Type, _ frame: KafkaRequestFrame) throws(KafkaDecodingError) {
        _ = try frame.decodeBody(as: R.self)
    }
}
