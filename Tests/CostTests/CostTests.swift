import Testing

@testable import Cost

@Suite struct CostTests {
    /// What swift-prometheus serves, with label values that need escaping.
    static let scrape = #"""
        # TYPE fjord_object_store_requests_total counter
        fjord_object_store_requests_total{operation="put",result="2xx"} 100
        fjord_object_store_requests_total{operation="put",result="5xx"} 4
        fjord_object_store_requests_total{operation="get",result="2xx"} 50
        fjord_agent_info{group="prod",zone="a \"west\""} 1.0
        fjord_segment_bytes_written_total 1.048576e6
        fjord_kafka_request_seconds_bucket{api="Produce",le="+Inf"} 7
        not a sample
        """#

    @Test func parsesTheExpositionFormat() {
        let samples = PrometheusSample.parse(Self.scrape)
        #expect(samples.count == 6)
        #expect(samples[1] == PrometheusSample(name: "fjord_object_store_requests_total", labels: ["operation": "put", "result": "5xx"], value: 4))
        #expect(samples[3].labels == ["group": "prod", "zone": "a \"west\""])
        #expect(samples[4].value == 1_048_576)
        #expect(samples[5].labels["le"] == "+Inf" && samples[5].value == 7)
    }

    static func agent(group: String, puts: Double, gets: Double, produced: Double, fetched: Double) -> [PrometheusSample] {
        [
            .init(name: "fjord_agent_info", labels: ["group": group, "zone": "a"], value: 1),
            .init(name: "fjord_object_store_requests_total", labels: ["operation": "put", "result": "2xx"], value: puts),
            .init(name: "fjord_object_store_requests_total", labels: ["operation": "get", "result": "2xx"], value: gets),
            .init(name: "fjord_segment_bytes_written_total", value: produced),
            .init(name: "fjord_fetch_bytes_total", value: fetched),
        ]
    }

    static func replica(_ calls: [String: Double]) -> [PrometheusSample] {
        [.init(name: "fjord_control_plane_info", labels: ["replica": "r1"], value: 1)]
            + calls.map { .init(name: "fjord_control_plane_calls_total", labels: ["call": "commit", "status": "200", "agent_group": $0.key], value: $0.value) }
    }

    @Test func ratesAreAddedUpByAgentGroup() throws {
        let before = [
            Self.agent(group: "prod", puts: 100, gets: 0, produced: 0, fetched: 0),
            Self.agent(group: "prod", puts: 50, gets: 0, produced: 0, fetched: 0),
            Self.agent(group: "analytics", puts: 0, gets: 10, produced: 0, fetched: 0), Self.replica(["prod": 10, "analytics": 0]),
        ]
        let after = [
            Self.agent(group: "prod", puts: 140, gets: 0, produced: 20_000_000, fetched: 0),
            // restarted during the window: counts from zero
            Self.agent(group: "prod", puts: 30, gets: 0, produced: 10_000_000, fetched: 0),
            Self.agent(group: "analytics", puts: 0, gets: 210, produced: 0, fetched: 60_000_000), Self.replica(["prod": 110, "analytics": 40]),
        ]
        let run = try MeasuredRun.between(before: before, after: after, seconds: 10)
        #expect(run.groups.map(\.group) == ["analytics", "prod"])
        let prod = run.groups[1]
        #expect(prod.agents == 2 && prod.requests["put"] == 7 && prod.producedBytes == 3_000_000 && prod.controlPlaneCalls == 10)
        let analytics = run.groups[0]
        #expect(analytics.requests["get"] == 20 && analytics.fetchedBytes == 6_000_000 && analytics.controlPlaneCalls == 4)
    }

    @Test func aTargetThatIsNeitherIsRefused() {
        #expect(throws: MeasuredRun.UnknownTarget.self) {
            try MeasuredRun.between(before: [[]], after: [[.init(name: "up", value: 1)]], seconds: 1)
        }
    }

    /// 1 MB/s produced and 3 MB/s fetched, 5 PUTs/s and 20 GETs/s, a day's retention.
    @Test func theBillFollowsThePrices() {
        var usage = MeasuredRun.GroupUsage(group: "prod")
        usage.agents = 3
        usage.requests = ["put": 5, "get": 20]
        usage.producedBytes = 1e6
        usage.fetchedBytes = 3e6
        let run = MeasuredRun(seconds: 60, groups: [usage])
        var deployment = MonthlyBill.Deployment()
        deployment.retentionHours = 24
        let bill = MonthlyBill(run, deployment: deployment)
        let month = 730.0 * 3600
        func dollars(_ lines: [MonthlyBill.Line], _ prefix: String) -> Double { lines.first { $0.item.hasPrefix(prefix) }!.dollars }
        #expect(abs(dollars(bill.fjord, "object-store PUTs") - 5 * month / 1000 * 0.005) < 1e-6)
        #expect(abs(dollars(bill.fjord, "object-store GETs") - 20 * month / 1000 * 0.0004) < 1e-6)
        #expect(abs(dollars(bill.fjord, "object storage") - 86.4 * 0.023) < 1e-6)  // 1 MB/s for a day: 86.4 GB
        #expect(abs(dollars(bill.fjord, "agents") - 3 * 0.192 * 730) < 1e-6)
        // Kafka: 2/3 of produce and of fetch cross zones, and every byte twice to followers.
        let crossZoneGB = (1e6 * 2 / 3 + 1e6 * 2 + 3e6 * 2 / 3) * month / 1e9
        #expect(abs(dollars(bill.kafka, "cross-zone") - crossZoneGB * 0.02) < 1e-6)
        #expect(abs(dollars(bill.kafka, "broker disks") - 86.4 * 3 * 0.08) < 1e-6)
        #expect(bill.kafkaTotal > bill.fjordTotal)
        #expect(MonthlyBill.format(1_234_567.25) == "1,234,567.3" && MonthlyBill.format(12) == "12")
    }
}
