import ArgumentParser
import FjordClient
import Foundation
import KafkaProtocol

/// `fjord bench`: a load generator built on Fjord's own protocol code.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Generate load against any Kafka-compatible cluster and report throughput and latency."
    )

    enum Mode: String, ExpressibleByArgument, CaseIterable {
        case produce, consume, e2e
    }

    @Argument(help: "produce: acknowledged writes; consume: read the topic from the start; e2e: produce and consume together.")
    var mode: Mode

    @Option(help: "Any agent (or Kafka broker) to start from.")
    var bootstrap = "127.0.0.1:9092"

    @Option var topic = "fjord-bench"
    @Option(help: "Partitions, if the topic must be created.")
    var partitions: Int32 = 1
    @Option(help: "Bytes per record value.")
    var recordSize = 1024
    @Option(help: "Records per second; 0 for as fast as acknowledgements allow.")
    var rate = 1000
    @Option(help: "How long to produce, e.g. 10s.")
    var duration = Milliseconds(argument: "10s")!
    @Option(help: "-1 (all), 1 or 0.")
    var acks: Int16 = -1
    @Option(help: "none, gzip, snappy, lz4 or zstd.")
    var compression = "none"
    @Option(help: "Produce requests in flight per agent connection.")
    var maxInFlight = 16

    func run() async throws {
        guard let codec = CompressionCodec.allCases.first(where: { "\($0)" == compression }) else { Terminal.fail("unknown compression '\(compression)'") }
        guard recordSize >= 8 else { Terminal.fail("--record-size must be at least 8 (the timestamp)") }
        var configuration = LoadGenerator.Configuration()
        configuration.topic = topic
        configuration.partitions = partitions
        configuration.recordSize = recordSize
        configuration.rate = rate
        configuration.duration = .milliseconds(duration.value)
        configuration.acks = acks
        configuration.compression = codec
        configuration.maxInFlight = maxInFlight
        configuration.consume = mode == .e2e
        let cluster: ClusterClient
        do {
            cluster = try await ClusterClient.connect(bootstrap: bootstrap)
        } catch {
            Terminal.fail("cannot connect to \(bootstrap): \(error)")
        }
        let generator = LoadGenerator(cluster: cluster, configuration: configuration)
        if mode == .consume {
            let (records, bytes, seconds) = try await generator.drainTopic()
            Terminal.say(String(format: "consume: %d records, %.1f MiB in %.2f s: %.0f rec/s, %.1f MiB/s", records, Double(bytes) / 1_048_576, seconds,
                                Double(records) / max(seconds, 1e-9), Double(bytes) / 1_048_576 / max(seconds, 1e-9)))
            await cluster.close()
            return
        }
        Terminal.say("\(mode.rawValue): \(rate == 0 ? "max" : String(rate)) rec/s of \(recordSize) B to \(topic) (\(partitions) partitions) for \(duration.value) ms, acks \(acks), \(compression)")
        let report = try await generator.run { Terminal.say($0) }
        await cluster.close()
        Terminal.say(Self.summary(report))
    }

    static func summary(_ report: LoadGenerator.Report) -> String {
        func percentiles(_ values: [Double]?) -> String {
            guard let values else { return "n/a" }
            return String(format: "p50 %.1f ms, p99 %.1f ms, p999 %.1f ms", values[0], values[1], values[2])
        }
        var lines = [String(format: "produced %d records (%d failed) in %.2f s: %.0f rec/s, %.2f MiB/s", report.produced, report.failed,
                            report.seconds, report.recordsPerSecond, report.mebibytesPerSecond),
                     "produce latency: " + percentiles(report.produceLatency)]
        if report.endToEndLatency != nil || report.consumed > 0 {
            lines.append("end-to-end latency (\(report.consumed) consumed): " + percentiles(report.endToEndLatency))
        }
        return lines.joined(separator: "\n")
    }
}
