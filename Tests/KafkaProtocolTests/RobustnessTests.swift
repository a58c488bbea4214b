import Foundation
import NIOCore
import ProtocolFuzzing
import Testing

@testable import KafkaProtocol

/// A short fuzz run in every `swift test`; Infra/fuzz/run.sh does the long one.
@Suite struct RobustnessTests {
    /// A new seed each run (more inputs over time), printed first so that a trap, which ends
    /// the process before any expectation can report, can be replayed:
    /// `FJORD_FUZZ_SEED=<seed> swift test --filter RobustnessTests`.
    @Test func mutatedFramesNeverTrap() {
        let seed = ProcessInfo.processInfo.environment["FJORD_FUZZ_SEED"].flatMap(UInt64.init) ?? UInt64(Date().timeIntervalSince1970)
        print("RobustnessTests: fuzz seed \(seed) (replay with FJORD_FUZZ_SEED=\(seed))")
        let golden = GoldenFixtureTests.fixtures.map(\.bytes)
        var harness = FuzzHarness(seed: seed, extraSeeds: golden)
        harness.run(count: 30_000)
        #expect(harness.report.inputs == 30_000, "fuzz seed \(seed)")
        // The mutations must reach the body decoders, or the run proves little.
        #expect(harness.report.bodiesDecoded > 1_000, "fuzz seed \(seed)")
        #expect(harness.report.errors > 1_000, "fuzz seed \(seed)")
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
