/// A parsed policy file: the cluster, its agent groups, the client rules and the ACLs.
/// `PolicyParser` builds it from YAML; `PolicyEngine` evaluates it.
public struct PolicyDocument: Sendable, Equatable {
    public struct Cluster: Sendable, Equatable {
        public var name: String
        public var bucket: String
        /// Object-key prefix in the bucket, "" or ending in "/".
        public var prefix: String
    }

    public enum Role: String, Sendable, CaseIterable {
        case produce, fetch, jobs
    }

    public struct AgentGroup: Sendable, Equatable {
        public var name: String
        public var roles: Set<Role>
        public var region: String?
        public var zone: String?
        public var network: String?
        /// A fetch group may also coordinate consumer groups and commit offsets.
        public var coordinatesConsumerGroups: Bool
        public var location: SourceLocation

        /// Whether this group runs consumer groups: the fetch role, and saying so.
        public var runsConsumerGroups: Bool { roles.contains(.fetch) && coordinatesConsumerGroups }
    }

    /// Conditions a client must meet; absent ones match anything.
    public struct Match: Sendable, Equatable {
        /// A glob on the whole client.id (`*` any run, `?` one character).
        public var clientId: String?
        /// `key=value` features inside client.id (comma or semicolon separated), all required.
        public var features: [String: String] = [:]
        /// The SASL principal, e.g. `User:etl` (a glob).
        public var principal: String?
        /// The client's source address must be in one of these.
        public var sourceCIDRs: [CIDR] = []
        /// The agent address the client connected to, "host:port" (a glob).
        public var listener: String?
    }

    public struct ClientRule: Sendable, Equatable {
        public var name: String
        public var match: Match
        /// The serving group, or `Self.dialledGroup`: the group of the agent the client dialled.
        public var serve: String
        public var fallback: String?
        public var location: SourceLocation
    }

    /// The `serve` value meaning "the group of the agent the client connected to".
    public static let dialledGroup = "dialled"

    public enum Effect: String, Sendable {
        case allow, deny
    }

    /// The operations ACLs speak of, and what each applies to.
    public enum Operation: String, Sendable, CaseIterable {
        case produce, fetch, describe
        case createTopics = "create_topics"
        case deleteTopics = "delete_topics"
        /// DeleteRecords: moving a partition's log start offset forward.
        case deleteRecords = "delete_records"
        case alterConfigs = "alter_configs"
        case joinGroup = "join_group"
        case commitOffsets = "commit_offsets"
        case describeGroups = "describe_groups"
        case deleteGroups = "delete_groups"
        /// On the cluster: DescribeUserScramCredentials, AlterUserScramCredentials,
        /// DescribeAcls, and CreateAcls with DeleteAcls. They name no topic or group, and
        /// `all` does not include them.
        case describeUsers = "describe_users"
        case alterUsers = "alter_users"
        case describeAcls = "describe_acls"
        case alterAcls = "alter_acls"
        /// On transactional ids: InitProducerId, AddPartitionsToTxn, AddOffsetsToTxn,
        /// TxnOffsetCommit, EndTxn and transactional Produce (Kafka's WRITE), and
        /// DescribeTransactions and ListTransactions (DESCRIBE). `all` does not include them.
        case writeTransactions = "write_transactions"
        case describeTransactions = "describe_transactions"

        /// What an operation names.
        public enum Resource: Sendable {
            case topic, group, cluster, transactionalId
        }

        public var resource: Resource {
            switch self {
            case .joinGroup, .commitOffsets, .describeGroups, .deleteGroups: .group
            case .describeUsers, .alterUsers, .describeAcls, .alterAcls: .cluster
            case .writeTransactions, .describeTransactions: .transactionalId
            case .produce, .fetch, .describe, .createTopics, .deleteTopics, .deleteRecords, .alterConfigs: .topic
            }
        }

        public var onGroups: Bool { resource == .group }
        public var onCluster: Bool { resource == .cluster }
        public var onTransactionalIds: Bool { resource == .transactionalId }
        public var onTopics: Bool { resource == .topic }
    }

    /// A literal name or a prefix.
    public enum NamePattern: Sendable, Equatable {
        case literal(String)
        case prefix(String)
        case any

        public func matches(_ name: String) -> Bool {
            switch self {
            case .literal(let literal): name == literal
            case .prefix(let prefix): name.hasPrefix(prefix)
            case .any: true
            }
        }
    }

    public struct ACLStatement: Sendable, Equatable {
        public var effect: Effect
        /// Globs on the principal (`*` for anyone, including no principal).
        public var principals: [String]
        /// Globs on client.id.
        public var clientIds: [String]
        public var operations: Set<Operation>
        /// For topic operations; nil: the statement says nothing about topics.
        public var topics: NamePattern?
        /// For consumer-group operations.
        public var groups: NamePattern?
        public var location: SourceLocation
        /// The binding this statement was made from, when a client made it through the Kafka
        /// API (CreateAcls); nil for the policy file's statements.
        public var apiManaged: APIManagedACL? = nil
        /// For transactional-id operations.
        public var transactionalIds: NamePattern? = nil

        /// The names this statement's `resource` operations apply to; nil for the cluster.
        public func pattern(for resource: Operation.Resource) -> NamePattern? {
            switch resource {
            case .topic: topics
            case .group: groups
            case .transactionalId: transactionalIds
            case .cluster: nil
            }
        }

        /// Where the statement comes from, for messages: its file position, or its binding.
        public var origin: String { apiManaged.map { "API-managed ACL \($0)" } ?? "the statement at \(location)" }
    }

    public var cluster: Cluster
    public var groups: [AgentGroup]
    public var rules: [ClientRule]
    public var acls: [ACLStatement]
    /// Whether bindings made through the Kafka API (CreateAcls) apply with the file's
    /// statements (`api_managed_acls`, true by default), and where that was said.
    public var apiManagedACLs = true
    public var apiManagedACLsLocation: SourceLocation?

    public func group(named name: String) -> AgentGroup? { groups.first { $0.name == name } }
}

/// Where something was written: file, line and column (1-based).
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// One problem in a policy file.
public struct PolicyError: Error, Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(message)" }
}

/// Every problem found in a file, in file order.
public struct PolicyErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [PolicyError]
    public init(errors: [PolicyError]) { self.errors = errors }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
