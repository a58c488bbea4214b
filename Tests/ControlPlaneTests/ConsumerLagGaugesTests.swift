import MetricsTestKit
import Testing

@testable import ControlPlaneServer

@Suite struct ConsumerLagGaugesTests {
    @Test func aGroupThatIsGoneLosesItsGauge() throws {
        let metrics = TestMetrics()
        var gauges = ConsumerLagGauges(factory: metrics)
        gauges.update([(group: "billing", lag: 200), (group: "fast", lag: 3)])
        #expect(try metrics.expectGauge("fjord_consumer_group_lag", [("group", "billing")]).lastValue == 200)
        #expect(try metrics.expectGauge("fjord_consumer_group_lag", [("group", "fast")]).lastValue == 3)

        gauges.update([(group: "fast", lag: 0)])  // billing was deleted
        #expect(throws: (any Error).self) { try metrics.expectGauge("fjord_consumer_group_lag", [("group", "billing")]) }
        #expect(try metrics.expectGauge("fjord_consumer_group_lag", [("group", "fast")]).lastValue == 0)

        gauges.update([(group: "billing", lag: 7)])  // a new group of the same name
        #expect(try metrics.expectGauge("fjord_consumer_group_lag", [("group", "billing")]).lastValue == 7)
    }
}
