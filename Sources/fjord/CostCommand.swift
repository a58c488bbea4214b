import ArgumentParser
import AsyncHTTPClient
import Cost
import Foundation
import NIOCore

/// `fjord cost`: measures a running cluster for a while and turns what it did into a month's
/// bill, beside a three-zone Kafka cluster carrying the same throughput.
struct CostCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost",
        abstract: "Measure a running cluster and price a month of it, beside three-zone Kafka at the same throughput.",
        discussion: """
            Scrapes the /metrics of every agent and control-plane replica given, twice, --duration
            apart, adds the object-store requests, bytes and control-plane calls up by agent group,
            and prices a month at those rates. Prices are AWS us-east-1 list prices unless given;
            docs/operations.md ("What a cluster costs") lists them and what the bill assumes.
            """
    )

    @Option(name: .customLong("metrics"), help: "An agent's or replica's metrics URL (http://HOST:PORT/metrics); repeat for each.")
    var targets: [String] = []
    @Option(help: "How long to measure, e.g. 60s.")
    var duration = Milliseconds(argument: "60s")!

    @Option(help: "Hours records are kept.")
    var retentionHours = 168.0
    @Option(help: "Agents to price (default: as many as were measured).")
    var agents: Int?
    @Option(help: "Control-plane replicas to price.")
    var replicas = 2
    @Option(help: "Kafka brokers to price.")
    var kafkaBrokers = 3
    @Option(help: "Kafka controllers to price.")
    var kafkaControllers = 3

    @Option(help: "Dollars per 1,000 PUTs.")
    var putPrice = MonthlyBill.Prices().putPer1000
    @Option(help: "Dollars per 1,000 GETs.")
    var getPrice = MonthlyBill.Prices().getPer1000
    @Option(help: "Dollars per 1,000 LISTs.")
    var listPrice = MonthlyBill.Prices().listPer1000
    @Option(help: "Object storage, dollars per GB-month.")
    var objectStoragePrice = MonthlyBill.Prices().objectStorageGBMonth
    @Option(help: "Transfer between zones, dollars per GB (both directions' charges).")
    var crossZonePrice = MonthlyBill.Prices().crossZonePerGB
    @Option(help: "Kafka's disks, dollars per GB-month.")
    var diskPrice = MonthlyBill.Prices().blockStorageGBMonth
    @Option(help: "One instance (agent, replica, broker or controller), dollars per hour.")
    var instancePrice = MonthlyBill.Prices().instanceHourly
    @Option(help: "The control plane's PostgreSQL, dollars per month.")
    var postgresPrice = MonthlyBill.Prices().postgresMonthly

    func validate() throws {
        guard !targets.isEmpty else { throw ValidationError("give at least one --metrics URL (an agent's http://HOST:PORT/metrics)") }
        guard duration.value > 0 else { throw ValidationError("--duration must be positive") }
    }

    func run() async throws {
        let client = HTTPClient.shared
        let seconds = Double(duration.value) / 1000
        Terminal.say("measuring \(targets.count) targets for \(MonthlyBill.format(seconds)) s")
        // Each target is scraped in the same order both times, so its two scrapes are as far
        // apart as the two rounds' starts.
        let started = ContinuousClock.now
        let before = try await scrape(client)
        try await Task.sleep(until: started + .milliseconds(duration.value))
        let elapsed = started.duration(to: .now)
        let after = try await scrape(client)
        let run: MeasuredRun
        do {
            run = try MeasuredRun.between(
                before: before, after: after, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        } catch let unknown as MeasuredRun.UnknownTarget {
            throw CommandFailure("\(targets[unknown.index]): \(unknown)")
        }
        print(CostReport(run: run, bill: MonthlyBill(run, prices: prices, deployment: deployment)).text)
    }

    var prices: MonthlyBill.Prices {
        var prices = MonthlyBill.Prices()
        prices.putPer1000 = putPrice
        prices.getPer1000 = getPrice
        prices.listPer1000 = listPrice
        prices.objectStorageGBMonth = objectStoragePrice
        prices.crossZonePerGB = crossZonePrice
        prices.blockStorageGBMonth = diskPrice
        prices.instanceHourly = instancePrice
        prices.postgresMonthly = postgresPrice
        return prices
    }

    var deployment: MonthlyBill.Deployment {
        var deployment = MonthlyBill.Deployment()
        deployment.retentionHours = retentionHours
        deployment.agents = agents
        deployment.replicas = replicas
        deployment.kafkaBrokers = kafkaBrokers
        deployment.kafkaControllers = kafkaControllers
        return deployment
    }

    private func scrape(_ client: HTTPClient) async throws -> [[PrometheusSample]] {
        var scrapes: [[PrometheusSample]] = []
        for target in targets {
            do {
                let response = try await client.execute(HTTPClientRequest(url: target), timeout: .seconds(10))
                let body = try await response.body.collect(upTo: 64 << 20)
                guard response.status == .ok else { throw CommandFailure("\(target) answered \(response.status)") }
                scrapes.append(PrometheusSample.parse(String(buffer: body)))
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure("could not scrape \(target): \(error)")
            }
        }
        return scrapes
    }
}
