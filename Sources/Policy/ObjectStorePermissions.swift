import Foundation

/// Least-privilege object-store permissions for each agent group, from its roles: what
/// `fjord policy render-permissions` writes. Segments live under `<prefix>data/`, so:
///
/// - produce: write objects there, nothing else;
/// - fetch: read objects there, nothing else;
/// - jobs: read, write and delete objects there, and list that prefix (retention, compaction
///   and orphan clean-up).
public enum ObjectStorePermissions {
    /// What one group may do in the bucket.
    public struct Grant: Sendable, Equatable {
        public var group: String
        public var get = false, put = false, delete = false, list = false

        public init(group: String, get: Bool = false, put: Bool = false, delete: Bool = false, list: Bool = false) {
            self.group = group
            (self.get, self.put, self.delete, self.list) = (get, put, delete, list)
        }
    }

    public struct Credentials: Sendable, Equatable {
        public var accessKey: String
        public var secretKey: String
        public init(accessKey: String, secretKey: String) {
            self.accessKey = accessKey
            self.secretKey = secretKey
        }
    }

    /// The key prefix every segment of the cluster lives under.
    public static func dataPrefix(_ policy: PolicyDocument) -> String { "\(policy.cluster.prefix)data/" }

    public static func grants(_ policy: PolicyDocument) -> [Grant] {
        policy.groups.map { group in
            var grant = Grant(group: group.name)
            for role in group.roles {
                switch role {
                case .produce: grant.put = true
                case .fetch: grant.get = true
                case .jobs: (grant.get, grant.put, grant.delete, grant.list) = (true, true, true, true)
                }
            }
            return grant
        }
    }

    /// SeaweedFS's S3 identities file (`weed s3 -config`), one identity per group named
    /// `fjord-<group>`. SeaweedFS matches `Action:bucket/key*` prefixes; its `Write` action
    /// also covers deletes, so there a produce group could delete under its prefix, which the
    /// AWS output does not allow.
    public static func seaweedFS(_ policy: PolicyDocument, credentials: [String: Credentials]) throws -> String {
        struct Identity: Encodable {
            struct Key: Encodable { var accessKey, secretKey: String }
            var name: String
            var credentials: [Key]
            var actions: [String]
        }
        let bucket = policy.cluster.bucket
        let data = dataPrefix(policy)
        let identities = try grants(policy).map { grant in
            guard let keys = credentials[grant.group] else { throw MissingCredentials(group: grant.group) }
            var actions: [String] = []
            if grant.get { actions.append("Read:\(bucket)/\(data)*") }
            if grant.put || grant.delete { actions.append("Write:\(bucket)/\(data)*") }
            if grant.list { actions.append("List:\(bucket)") }
            return Identity(name: "fjord-\(grant.group)", credentials: [.init(accessKey: keys.accessKey, secretKey: keys.secretKey)], actions: actions)
        }
        return try encode(["identities": identities])
    }

    /// One AWS IAM policy document per group, keyed by group name.
    public static func awsIAM(_ policy: PolicyDocument) throws -> String {
        // IAM's own field names, capitalised, come from the coding keys.
        struct Statement: Encodable {
            var sid: String
            var effect = "Allow"
            var action: [String]
            var resource: [String]
            var condition: [String: [String: [String]]]?
            enum CodingKeys: String, CodingKey {
                case sid = "Sid"
                case effect = "Effect"
                case action = "Action"
                case resource = "Resource"
                case condition = "Condition"
            }
        }
        struct Document: Encodable {
            var version = "2012-10-17"
            var statement: [Statement]
            enum CodingKeys: String, CodingKey {
                case version = "Version"
                case statement = "Statement"
            }
        }
        let bucket = policy.cluster.bucket
        let data = dataPrefix(policy)
        var documents: [String: Document] = [:]
        for grant in grants(policy) {
            var statements: [Statement] = []
            let objectActions = [(grant.get, "s3:GetObject"), (grant.put, "s3:PutObject"), (grant.delete, "s3:DeleteObject")].filter(\.0).map(\.1)
            if !objectActions.isEmpty {
                statements.append(Statement(sid: "Segments", action: objectActions, resource: ["arn:aws:s3:::\(bucket)/\(data)*"]))
            }
            if grant.list {
                statements.append(
                    Statement(
                        sid: "ListSegments", action: ["s3:ListBucket"], resource: ["arn:aws:s3:::\(bucket)"],
                        condition: ["StringLike": ["s3:prefix": ["\(data)*"]]]))
            }
            documents[grant.group] = Document(statement: statements)
        }
        return try encode(documents)
    }

    public struct MissingCredentials: Error, CustomStringConvertible {
        public var group: String
        public var description: String {
            "no credentials for agent group '\(group)' (pass --credentials \(group)=ACCESS_KEY:SECRET_KEY, or --generate-credentials)"
        }
    }

    private static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
