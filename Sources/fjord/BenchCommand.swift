import ArgumentParser
import ControlPlane
import FjordClient
import Foundation
import KafkaProtocol
import NIOCore

/// `fjord bench`: a load generator built on Fjord's own protocol code.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Generate load against any Kafka-compatible cluster and report throughput and latency."
    )

    enum Mode: String, ExpressibleByArgument, CaseIterable {
        case produce, consume, e2e, put, commit
    }

    @Argument(
        help:
            "produce: acknowledged writes; consume: read the topic from the start; e2e: produce and consume together; put: raw PUT latency to --bucket, the baseline for produce latency; commit: segment commits against --postgres."
    )
    var mode: Mode

    @Option(help: "For put: s3://BUCKET/PREFIX (credentials from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY).")
    var bucket: String?
    @Option(help: "For put: the S3 endpoint.")
    var s3Endpoint: String?
    @Option(help: "For put: the S3 region.")
    var s3Region = "us-east-1"
    @Option(help: "For put: object size in bytes.")
    var objectSize = 1 << 20
    @Option(help: "For put: number of objects.")
    var objects = 100

    @Option(help: "For commit: the control plane's PostgreSQL URL.")
    var postgres: String?
    @Option(help: "For commit: batches (each on its own partition) per commit.")
    var batchesPerCommit = 1
    @Option(help: "For commit with --rate 0: concurrent committers.")
    var workers = 64
    @Flag(
        help:
            "For commit: commit under a registry session, as agents do (a placeholder agent is registered and listed as a broker while the run lasts: use a scratch database)."
    )
    var agentSession = false

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
        if mode == .commit {
            guard let postgres else { throw CommandFailure("bench commit needs --postgres URL") }
            do {
                try await CommitBenchmark.run(
                    postgres: postgres, batchesPerCommit: batchesPerCommit, rate: rate, workers: workers, duration: .milliseconds(duration.value),
                    agentSession: agentSession)
            } catch {
                throw CommandFailure(ControlPlaneError.message(for: error))
            }
            return
        }
        guard let codec = CompressionCodec.allCases.first(where: { "\($0)" == compression }) else {
            throw CommandFailure("unknown compression '\(compression)'")
        }
        guard recordSize >= 8 else { throw CommandFailure("--record-size must be at least 8 (the timestamp)") }
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
        if mode == .put {
            try await runPut()
            return
        }
        let cluster: ClusterClient
        do {
            cluster = try await ClusterClient.connect(bootstrap: bootstrap)
        } catch {
            throw CommandFailure("cannot connect to \(bootstrap): \(error)")
        }
        let generator = LoadGenerator(cluster: cluster, configuration: configuration)
        if mode == .consume {
            let (records, bytes, seconds) = try await generator.drainTopic()
            Terminal.say(
                String(
                    format: "consume: %d records, %.1f MiB in %.2f s: %.0f rec/s, %.1f MiB/s", records, Double(bytes) / 1_048_576, seconds,
                    Double(records) / max(seconds, 1e-9), Double(bytes) / 1_048_576 / max(seconds, 1e-9)))
            await cluster.close()
            return
        }
        Terminal.say(
            "\(mode.rawValue): \(rate == 0 ? "max" : String(rate)) rec/s of \(recordSize) B to \(topic) (\(partitions) partitions) for \(duration.value) ms, acks \(acks), \(compression)"
        )
        let report = try await generator.run { Terminal.say($0) }
        await cluster.close()
        Terminal.say(Self.summary(report))
    }

    /// PUTs `objects` objects of `objectSize` bytes one after another, as a flush would.
    private func runPut() async throws {
        guard let bucket else { throw CommandFailure("put needs --bucket s3://BUCKET/PREFIX") }
        let (store, prefix) = try S3Options.store(bucket: bucket, endpoint: s3Endpoint, region: s3Region)
        var payload = ByteBuffer()
        payload.writeRepeatingByte(0x61, count: objectSize)
        let latencies = LatencyRecorder()
        let started = ContinuousClock.now
        for index in 0..<objects {
            let begin = ContinuousClock.now
            try await store.putIfAbsent("\(prefix)bench-put/\(UUID().uuidString)-\(index)", data: payload)
            latencies.record(microseconds: (ContinuousClock.now - begin).microseconds)
        }
        let seconds = (ContinuousClock.now - started).seconds
        let p = latencies.percentiles([50, 99, 99.9])!
        Terminal.say(
            String(
                format: "put: %d objects of %d B in %.2f s: %.1f PUT/s, %.1f MiB/s; latency p50 %.1f ms, p99 %.1f ms, p999 %.1f ms",
                objects, objectSize, seconds, Double(objects) / seconds, Double(objects * objectSize) / 1_048_576 / seconds, p[0], p[1], p[2]))
    }

    static func summary(_ report: LoadGenerator.Report) -> String {
        func percentiles(_ values: [Double]?) -> String {
            guard let values else { return "n/a" }
            return String(format: "p50 %.1f ms, p99 %.1f ms, p999 %.1f ms", values[0], values[1], values[2])
        }
        var lines = [
            String(
                format: "produced %d records (%d failed) in %.2f s: %.0f rec/s, %.2f MiB/s", report.produced, report.failed,
                report.seconds, report.recordsPerSecond, report.mebibytesPerSecond),
            "produce latency: " + percentiles(report.produceLatency),
        ]
        if report.endToEndLatency != nil || report.consumed > 0 {
            lines.append("end-to-end latency (\(report.consumed) consumed): " + percentiles(report.endToEndLatency))
        }
        return lines.joined(separator: "\n")
    }
}
