// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// ShareGroupDescribeRequest, versions 0-0 (flexible from v0).
public struct ShareGroupDescribeRequest: KafkaRequest {
    public typealias Response = ShareGroupDescribeResponse
    public static let apiKey: Int16 = 77
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["broker"]
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The ids of the groups to describe (entity: groupId)
    public var groupIds: [String] = []
    /// Whether to include authorized operations.
    public var includeAuthorizedOperations: Bool = false
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 77, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [String] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try buffer.readKafkaString(compact: true, field: "groupIds")) }
            self.groupIds = elements
        } else {
            throw .unexpectedNull(field: "groupIds")
        }
        self.includeAuthorizedOperations = try buffer.readKafkaBool()
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 77, version: version) }
        buffer.writeKafkaArrayCount(self.groupIds.count, compact: true)
        for element in self.groupIds {
            buffer.writeKafkaString(element, compact: true)
        }
        buffer.writeKafkaBool(self.includeAuthorizedOperations)
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

/// ShareGroupDescribeResponse, versions 0-0 (flexible from v0).
public struct ShareGroupDescribeResponse: KafkaResponse {
    public static let apiKey: Int16 = 77
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// Each described group.
    public var groups: [DescribedGroup] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 77, version: version) }
        self.throttleTimeMs = try buffer.readKafkaInt32()
        if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
            var elements: [DescribedGroup] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try DescribedGroup(from: &buffer, version: version)) }
            self.groups = elements
        } else {
            throw .unexpectedNull(field: "groups")
        }
        let taggedCount = try buffer.readKafkaTaggedFieldCount()
        var previousTag: Int64 = -1
        for _ in 0..<taggedCount {
            let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
            unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 77, version: version) }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        buffer.writeKafkaArrayCount(self.groups.count, compact: true)
        for element in self.groups {
            try element.encode(into: &buffer, version: version)
        }
        let tagged = unknownTaggedFields
        buffer.writeKafkaTaggedFields(tagged)
    }
}

extension ShareGroupDescribeResponse {
    public struct DescribedGroup: Sendable, Hashable {
        /// The describe error, or 0 if there was no error.
        public var errorCode: Int16 = 0
        /// The top-level error message, or null if there was no error.
        public var errorMessage: String? = nil
        /// The group ID string. (entity: groupId)
        public var groupId: String = ""
        /// The group state string, or the empty string.
        public var groupState: String = ""
        /// The group epoch.
        public var groupEpoch: Int32 = 0
        /// The assignment epoch.
        public var assignmentEpoch: Int32 = 0
        /// The selected assignor.
        public var assignorName: String = ""
        /// The members.
        public var members: [Member] = []
        /// 32-bit bitfield to represent authorized operations for this group.
        public var authorizedOperations: Int32 = -2147483648
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.errorCode = try buffer.readKafkaInt16()
            self.errorMessage = try buffer.readKafkaNullableString(compact: true)
            self.groupId = try buffer.readKafkaString(compact: true, field: "groupId")
            self.groupState = try buffer.readKafkaString(compact: true, field: "groupState")
            self.groupEpoch = try buffer.readKafkaInt32()
            self.assignmentEpoch = try buffer.readKafkaInt32()
            self.assignorName = try buffer.readKafkaString(compact: true, field: "assignorName")
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [Member] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try Member(from: &buffer, version: version)) }
                self.members = elements
            } else {
                throw .unexpectedNull(field: "members")
            }
            self.authorizedOperations = try buffer.readKafkaInt32()
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt16(self.errorCode)
            buffer.writeKafkaString(self.errorMessage, compact: true)
            buffer.writeKafkaString(self.groupId, compact: true)
            buffer.writeKafkaString(self.groupState, compact: true)
            buffer.writeKafkaInt32(self.groupEpoch)
            buffer.writeKafkaInt32(self.assignmentEpoch)
            buffer.writeKafkaString(self.assignorName, compact: true)
            buffer.writeKafkaArrayCount(self.members.count, compact: true)
            for element in self.members {
                try element.encode(into: &buffer, version: version)
            }
            buffer.writeKafkaInt32(self.authorizedOperations)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension ShareGroupDescribeResponse {
    public struct Member: Sendable, Hashable {
        /// The member ID.
        public var memberId: String = ""
        /// The member rack ID.
        public var rackId: String? = nil
        /// The current member epoch.
        public var memberEpoch: Int32 = 0
        /// The client ID.
        public var clientId: String = ""
        /// The client host.
        public var clientHost: String = ""
        /// The subscribed topic names. (entity: topicName)
        public var subscribedTopicNames: [String] = []
        /// The current assignment.
        public var assignment: Assignment = Assignment()
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.memberId = try buffer.readKafkaString(compact: true, field: "memberId")
            self.rackId = try buffer.readKafkaNullableString(compact: true)
            self.memberEpoch = try buffer.readKafkaInt32()
            self.clientId = try buffer.readKafkaString(compact: true, field: "clientId")
            self.clientHost = try buffer.readKafkaString(compact: true, field: "clientHost")
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [String] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaString(compact: true, field: "subscribedTopicNames")) }
                self.subscribedTopicNames = elements
            } else {
                throw .unexpectedNull(field: "subscribedTopicNames")
            }
            self.assignment = try Assignment(from: &buffer, version: version)
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.memberId, compact: true)
            buffer.writeKafkaString(self.rackId, compact: true)
            buffer.writeKafkaInt32(self.memberEpoch)
            buffer.writeKafkaString(self.clientId, compact: true)
            buffer.writeKafkaString(self.clientHost, compact: true)
            buffer.writeKafkaArrayCount(self.subscribedTopicNames.count, compact: true)
            for element in self.subscribedTopicNames {
                buffer.writeKafkaString(element, compact: true)
            }
            try self.assignment.encode(into: &buffer, version: version)
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension ShareGroupDescribeResponse {
    public struct TopicPartitions: Sendable, Hashable {
        /// The topic ID.
        public var topicId: KafkaUUID = .zero
        /// The topic name. (entity: topicName)
        public var topicName: String = ""
        /// The partitions.
        public var partitions: [Int32] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.topicId = try buffer.readKafkaUUID()
            self.topicName = try buffer.readKafkaString(compact: true, field: "topicName")
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.partitions = elements
            } else {
                throw .unexpectedNull(field: "partitions")
            }
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaUUID(self.topicId)
            buffer.writeKafkaString(self.topicName, compact: true)
            buffer.writeKafkaArrayCount(self.partitions.count, compact: true)
            for element in self.partitions {
                buffer.writeKafkaInt32(element)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension ShareGroupDescribeResponse {
    public struct Assignment: Sendable, Hashable {
        /// The assigned topic-partitions to the member.
        public var topicPartitions: [TopicPartitions] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if let count = try buffer.readKafkaArrayCount(compact: true, minimumElementSize: 1) {
                var elements: [TopicPartitions] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try TopicPartitions(from: &buffer, version: version)) }
                self.topicPartitions = elements
            } else {
                throw .unexpectedNull(field: "topicPartitions")
            }
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaArrayCount(self.topicPartitions.count, compact: true)
            for element in self.topicPartitions {
                try element.encode(into: &buffer, version: version)
            }
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
