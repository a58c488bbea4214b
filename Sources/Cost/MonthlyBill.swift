/// A measured run turned into a month's bill, beside a three-zone Kafka cluster carrying the
/// same throughput. Every price is a parameter; the defaults are AWS us-east-1 list prices
/// (`docs/operations.md`, "What a cluster costs").
public struct MonthlyBill: Sendable {
    public struct Prices: Sendable {
        /// S3 Standard, per 1,000 requests: PUT, COPY, POST and LIST; GET.
        public var putPer1000 = 0.005
        public var listPer1000 = 0.005
        public var getPer1000 = 0.0004
        /// S3 Standard storage, per GB-month.
        public var objectStorageGBMonth = 0.023
        /// Transfer between availability zones, per GB: $0.01 out of one and $0.01 into the other.
        public var crossZonePerGB = 0.02
        /// EBS gp3, per GB-month.
        public var blockStorageGBMonth = 0.08
        /// One on-demand instance, per hour, for agents, replicas and Kafka's brokers and
        /// controllers alike (m6i.xlarge: 4 vCPU, 16 GiB).
        public var instanceHourly = 0.192
        /// The control plane's PostgreSQL, per month (0: not priced).
        public var postgresMonthly = 0.0
        public init() {}
    }

    /// What the bill assumes of the deployment beyond what was measured.
    public struct Deployment: Sendable {
        /// How long records are kept.
        public var retentionHours = 168.0
        /// Fjord agents; nil: as many as were measured.
        public var agents: Int?
        public var replicas = 2
        public var kafkaBrokers = 3
        public var kafkaControllers = 3
        public var replicationFactor = 3.0
        public var zones = 3.0
        public init() {}
    }

    public struct Line: Sendable, Hashable {
        public var item: String
        public var quantity: String
        public var dollars: Double
    }

    public var fjord: [Line]
    public var kafka: [Line]
    public var fjordTotal: Double { fjord.reduce(0) { $0 + $1.dollars } }
    public var kafkaTotal: Double { kafka.reduce(0) { $0 + $1.dollars } }

    static let monthSeconds = 730.0 * 3600
    static let gigabyte = 1e9

    public init(_ run: MeasuredRun, prices: Prices = Prices(), deployment: Deployment = Deployment()) {
        let month = Self.monthSeconds
        let instanceMonth = prices.instanceHourly * 730
        func requests(_ operation: String) -> Double { run.groups.reduce(0) { $0 + ($1.requests[operation] ?? 0) } * month }
        func count(_ value: Double) -> String { value >= 1e6 ? "\(Self.format(value / 1e6)) M" : Self.format(value) }
        let retainedGB = run.producedBytes * deployment.retentionHours * 3600 / Self.gigabyte
        let agents = deployment.agents ?? run.agents

        let puts = requests("put")
        let gets = requests("get")
        let lists = requests("list")
        fjord = [
            Line(item: "object-store PUTs", quantity: count(puts), dollars: puts / 1000 * prices.putPer1000),
            Line(item: "object-store GETs", quantity: count(gets), dollars: gets / 1000 * prices.getPer1000),
            Line(item: "object-store LISTs", quantity: count(lists), dollars: lists / 1000 * prices.listPer1000),
            Line(item: "object storage", quantity: "\(Self.format(retainedGB)) GB", dollars: retainedGB * prices.objectStorageGBMonth),
            Line(item: "cross-zone transfer (clients use their zone's agents)", quantity: "0 GB", dollars: 0),
            Line(item: "agents", quantity: "\(agents) instances", dollars: Double(agents) * instanceMonth),
            Line(item: "control-plane replicas", quantity: "\(deployment.replicas) instances", dollars: Double(deployment.replicas) * instanceMonth),
            Line(item: "PostgreSQL", quantity: prices.postgresMonthly == 0 ? "not priced (--postgres-price)" : "", dollars: prices.postgresMonthly),
        ]

        // A client in one zone reaches a leader in another (zones - 1) / zones of the time, for
        // produce and for fetch (no fetch-from-follower); the leader sends each byte to
        // replicationFactor - 1 followers, each in another zone.
        let away = (deployment.zones - 1) / deployment.zones
        let crossZoneGB =
            (run.producedBytes * away + run.producedBytes * (deployment.replicationFactor - 1) + run.fetchedBytes * away) * month / Self.gigabyte
        let diskGB = retainedGB * deployment.replicationFactor
        kafka = [
            Line(item: "cross-zone transfer", quantity: "\(Self.format(crossZoneGB)) GB", dollars: crossZoneGB * prices.crossZonePerGB),
            Line(
                item: "broker disks (replication factor \(Self.format(deployment.replicationFactor)))", quantity: "\(Self.format(diskGB)) GB",
                dollars: diskGB * prices.blockStorageGBMonth),
            Line(item: "brokers", quantity: "\(deployment.kafkaBrokers) instances", dollars: Double(deployment.kafkaBrokers) * instanceMonth),
            Line(item: "controllers", quantity: "\(deployment.kafkaControllers) instances", dollars: Double(deployment.kafkaControllers) * instanceMonth),
        ]
    }

    /// A number with at most one decimal, thousands separated.
    public static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        var whole = String(tenths / 10)
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole = String(whole.dropLast(3))
        }
        let fraction = tenths % 10
        return whole + grouped + (fraction == 0 ? "" : ".\(fraction)")
    }
}
