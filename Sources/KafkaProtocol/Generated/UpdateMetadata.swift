// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// UpdateMetadataRequest, versions 0-8 (flexible from v6).
public struct UpdateMetadataRequest: KafkaRequest {
    public typealias Response = UpdateMetadataResponse
    public static let apiKey: Int16 = 6
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker"]
    public static let validVersions: ClosedRange<Int16> = 0...8
    public static let firstFlexibleVersion: Int16? = 6

    /// The controller id. (entity: brokerId)
    public var controllerId: Int32 = 0
    /// If KRaft controller id is used during migration. See KIP-866
    public var isKRaftController: Bool = false
    /// Indicates if this request is a Full metadata snapshot (2), Incremental (1), or Unknown (0). Using during ZK migration, see KIP-866
    public var type: Int8 = 0
    /// The controller epoch.
    public var controllerEpoch: Int32 = 0
    /// The broker epoch.
    public var brokerEpoch: Int64 = -1
    /// In older versions of this RPC, each partition that we would like to update.
    public var ungroupedPartitionStates: [UpdateMetadataPartitionState] = []
    /// In newer versions of this RPC, each topic that we would like to update.
    public var topicStates: [UpdateMetadataTopicState] = []
    public var liveBrokers: [UpdateMetadataBroker] = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 6, version: version) }
        self.controllerId = try buffer.readKafkaInt32()
        if version >= 8 {
            self.isKRaftController = try buffer.readKafkaBool()
        }
        self.controllerEpoch = try buffer.readKafkaInt32()
        if version >= 5 {
            self.brokerEpoch = try buffer.readKafkaInt64()
        }
        if version <= 4 {
            if let count = try buffer.readKafkaArrayCount(compact: false, minimumElementSize: 1) {
                var elements: [UpdateMetadataPartitionState] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try UpdateMetadataPartitionState(from: &buffer, version: version)) }
                self.ungroupedPartitionStates = elements
            } else {
                throw .unexpectedNull(field: "ungroupedPartitionStates")
            }
        }
        if version >= 5 {
            if let count = try buffer.readKafkaArrayCount(compact: version >= 6, minimumElementSize: 1) {
                var elements: [UpdateMetadataTopicState] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try UpdateMetadataTopicState(from: &buffer, version: version)) }
                self.topicStates = elements
            } else {
                throw .unexpectedNull(field: "topicStates")
            }
        }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 6, minimumElementSize: 1) {
            var elements: [UpdateMetadataBroker] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try UpdateMetadataBroker(from: &buffer, version: version)) }
            self.liveBrokers = elements
        } else {
            throw .unexpectedNull(field: "liveBrokers")
        }
        if version >= 6 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                var (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                switch tag {
                case 0 where version >= 8:
                    self.type = try field.readKafkaInt8()
                default:
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 6, version: version) }
        buffer.writeKafkaInt32(self.controllerId)
        if version >= 8 {
            buffer.writeKafkaBool(self.isKRaftController)
        } else {
            if self.isKRaftController != false { throw .fieldNotSupported(field: "isKRaftController", version: version) }
        }
        if !(version >= 8) {
            if self.type != 0 { throw .fieldNotSupported(field: "type", version: version) }
        }
        buffer.writeKafkaInt32(self.controllerEpoch)
        if version >= 5 {
            buffer.writeKafkaInt64(self.brokerEpoch)
        }
        if version <= 4 {
            buffer.writeKafkaArrayCount(self.ungroupedPartitionStates.count, compact: false)
            for element in self.ungroupedPartitionStates {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.ungroupedPartitionStates != [] { throw .fieldNotSupported(field: "ungroupedPartitionStates", version: version) }
        }
        if version >= 5 {
            buffer.writeKafkaArrayCount(self.topicStates.count, compact: version >= 6)
            for element in self.topicStates {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            if self.topicStates != [] { throw .fieldNotSupported(field: "topicStates", version: version) }
        }
        buffer.writeKafkaArrayCount(self.liveBrokers.count, compact: version >= 6)
        for element in self.liveBrokers {
            try element.encode(into: &buffer, version: version)
        }
        if version >= 6 {
            var tagged = unknownTaggedFields
            if version >= 8, self.type != 0 {
                tagged.append(try KafkaTaggedField.encoding(tag: 0) { (field: inout ByteBuffer) throws(KafkaEncodingError) in
                    field.writeKafkaInt8(self.type)
                })
            }
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension UpdateMetadataRequest {
    public struct UpdateMetadataTopicState: Sendable, Hashable {
        /// The topic name. (entity: topicName)
        public var topicName: String = ""
        /// The topic id.
        public var topicId: KafkaUUID = .zero
        /// The partition that we would like to update.
        public var partitionStates: [UpdateMetadataPartitionState] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 5 {
                self.topicName = try buffer.readKafkaString(compact: version >= 6, field: "topicName")
            }
            if version >= 7 {
                self.topicId = try buffer.readKafkaUUID()
            }
            if version >= 5 {
                if let count = try buffer.readKafkaArrayCount(compact: version >= 6, minimumElementSize: 1) {
                    var elements: [UpdateMetadataPartitionState] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try UpdateMetadataPartitionState(from: &buffer, version: version)) }
                    self.partitionStates = elements
                } else {
                    throw .unexpectedNull(field: "partitionStates")
                }
            }
            if version >= 6 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version >= 5 {
                buffer.writeKafkaString(self.topicName, compact: version >= 6)
            } else {
                if self.topicName != "" { throw .fieldNotSupported(field: "topicName", version: version) }
            }
            if version >= 7 {
                buffer.writeKafkaUUID(self.topicId)
            }
            if version >= 5 {
                buffer.writeKafkaArrayCount(self.partitionStates.count, compact: version >= 6)
                for element in self.partitionStates {
                    try element.encode(into: &buffer, version: version)
                }
            } else {
                if self.partitionStates != [] { throw .fieldNotSupported(field: "partitionStates", version: version) }
            }
            if version >= 6 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension UpdateMetadataRequest {
    public struct UpdateMetadataBroker: Sendable, Hashable {
        /// The broker id. (entity: brokerId)
        public var id: Int32 = 0
        /// The broker hostname.
        public var v0Host: String = ""
        /// The broker port.
        public var v0Port: Int32 = 0
        /// The broker endpoints.
        public var endpoints: [UpdateMetadataEndpoint] = []
        /// The rack which this broker belongs to.
        public var rack: String? = ""
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.id = try buffer.readKafkaInt32()
            if version <= 0 {
                self.v0Host = try buffer.readKafkaString(compact: false, field: "v0Host")
            }
            if version <= 0 {
                self.v0Port = try buffer.readKafkaInt32()
            }
            if version >= 1 {
                if let count = try buffer.readKafkaArrayCount(compact: version >= 6, minimumElementSize: 1) {
                    var elements: [UpdateMetadataEndpoint] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try UpdateMetadataEndpoint(from: &buffer, version: version)) }
                    self.endpoints = elements
                } else {
                    throw .unexpectedNull(field: "endpoints")
                }
            }
            if version >= 2 {
                self.rack = try buffer.readKafkaNullableString(compact: version >= 6)
            }
            if version >= 6 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaInt32(self.id)
            if version <= 0 {
                buffer.writeKafkaString(self.v0Host, compact: false)
            }
            if version <= 0 {
                buffer.writeKafkaInt32(self.v0Port)
            }
            if version >= 1 {
                buffer.writeKafkaArrayCount(self.endpoints.count, compact: version >= 6)
                for element in self.endpoints {
                    try element.encode(into: &buffer, version: version)
                }
            }
            if version >= 2 {
                buffer.writeKafkaString(self.rack, compact: version >= 6)
            }
            if version >= 6 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension UpdateMetadataRequest {
    public struct UpdateMetadataEndpoint: Sendable, Hashable {
        /// The port of this endpoint
        public var port: Int32 = 0
        /// The hostname of this endpoint
        public var host: String = ""
        /// The listener name.
        public var listener: String = ""
        /// The security protocol type.
        public var securityProtocol: Int16 = 0
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version >= 1 {
                self.port = try buffer.readKafkaInt32()
            }
            if version >= 1 {
                self.host = try buffer.readKafkaString(compact: version >= 6, field: "host")
            }
            if version >= 3 {
                self.listener = try buffer.readKafkaString(compact: version >= 6, field: "listener")
            }
            if version >= 1 {
                self.securityProtocol = try buffer.readKafkaInt16()
            }
            if version >= 6 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version >= 1 {
                buffer.writeKafkaInt32(self.port)
            } else {
                if self.port != 0 { throw .fieldNotSupported(field: "port", version: version) }
            }
            if version >= 1 {
                buffer.writeKafkaString(self.host, compact: version >= 6)
            } else {
                if self.host != "" { throw .fieldNotSupported(field: "host", version: version) }
            }
            if version >= 3 {
                buffer.writeKafkaString(self.listener, compact: version >= 6)
            }
            if version >= 1 {
                buffer.writeKafkaInt16(self.securityProtocol)
            } else {
                if self.securityProtocol != 0 { throw .fieldNotSupported(field: "securityProtocol", version: version) }
            }
            if version >= 6 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension UpdateMetadataRequest {
    public struct UpdateMetadataPartitionState: Sendable, Hashable {
        /// In older versions of this RPC, the topic name. (entity: topicName)
        public var topicName: String = ""
        /// The partition index.
        public var partitionIndex: Int32 = 0
        /// The controller epoch.
        public var controllerEpoch: Int32 = 0
        /// The ID of the broker which is the current partition leader. (entity: brokerId)
        public var leader: Int32 = 0
        /// The leader epoch of this partition.
        public var leaderEpoch: Int32 = 0
        /// The brokers which are in the ISR for this partition. (entity: brokerId)
        public var isr: [Int32] = []
        /// The Zookeeper version.
        public var zkVersion: Int32 = 0
        /// All the replicas of this partition. (entity: brokerId)
        public var replicas: [Int32] = []
        /// The replicas of this partition which are offline. (entity: brokerId)
        public var offlineReplicas: [Int32] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            if version <= 4 {
                self.topicName = try buffer.readKafkaString(compact: false, field: "topicName")
            }
            self.partitionIndex = try buffer.readKafkaInt32()
            self.controllerEpoch = try buffer.readKafkaInt32()
            self.leader = try buffer.readKafkaInt32()
            self.leaderEpoch = try buffer.readKafkaInt32()
            if let count = try buffer.readKafkaArrayCount(compact: version >= 6, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.isr = elements
            } else {
                throw .unexpectedNull(field: "isr")
            }
            self.zkVersion = try buffer.readKafkaInt32()
            if let count = try buffer.readKafkaArrayCount(compact: version >= 6, minimumElementSize: 4) {
                var elements: [Int32] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                self.replicas = elements
            } else {
                throw .unexpectedNull(field: "replicas")
            }
            if version >= 4 {
                if let count = try buffer.readKafkaArrayCount(compact: version >= 6, minimumElementSize: 4) {
                    var elements: [Int32] = []
                    elements.reserveCapacity(count)
                    for _ in 0..<count { elements.append(try buffer.readKafkaInt32()) }
                    self.offlineReplicas = elements
                } else {
                    throw .unexpectedNull(field: "offlineReplicas")
                }
            }
            if version >= 6 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            if version <= 4 {
                buffer.writeKafkaString(self.topicName, compact: false)
            }
            buffer.writeKafkaInt32(self.partitionIndex)
            buffer.writeKafkaInt32(self.controllerEpoch)
            buffer.writeKafkaInt32(self.leader)
            buffer.writeKafkaInt32(self.leaderEpoch)
            buffer.writeKafkaArrayCount(self.isr.count, compact: version >= 6)
            for element in self.isr {
                buffer.writeKafkaInt32(element)
            }
            buffer.writeKafkaInt32(self.zkVersion)
            buffer.writeKafkaArrayCount(self.replicas.count, compact: version >= 6)
            for element in self.replicas {
                buffer.writeKafkaInt32(element)
            }
            if version >= 4 {
                buffer.writeKafkaArrayCount(self.offlineReplicas.count, compact: version >= 6)
                for element in self.offlineReplicas {
                    buffer.writeKafkaInt32(element)
                }
            }
            if version >= 6 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// UpdateMetadataResponse, versions 0-8 (flexible from v6).
public struct UpdateMetadataResponse: KafkaResponse {
    public static let apiKey: Int16 = 6
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...8
    public static let firstFlexibleVersion: Int16? = 6

    /// The error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 6, version: version) }
        self.errorCode = try buffer.readKafkaInt16()
        if version >= 6 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 6, version: version) }
        buffer.writeKafkaInt16(self.errorCode)
        if version >= 6 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
