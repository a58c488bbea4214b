import SaslFuzzing
import Testing

/// A short run of the SASL fuzz (`Infra/fuzz/run.sh sasl` runs the long one): it must not
/// trap, and every kind of outcome must occur, so the mutations reach every step.
@Suite struct SaslFuzzTests {
    @Test func mutatedSaslConversationsNeverTrap() async throws {
        let harness = try await SaslFuzzHarness.make(seed: 42)
        await harness.run(conversations: 1500)
        let report = harness.report
        #expect(report.conversations == 1500)
        #expect(report.authenticated > 0 && report.refused > 0 && report.closed > 0 && report.requestsAfterAuthentication > 0, Comment(rawValue: "\(report)"))
    }
}
