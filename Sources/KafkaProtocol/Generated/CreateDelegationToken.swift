// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// CreateDelegationTokenRequest, versions 0-3 (flexible from v2).
public struct CreateDelegationTokenRequest: KafkaRequest {
    public typealias Response = CreateDelegationTokenResponse
    public static let apiKey: Int16 = 38
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker", "controller"]
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    /// The principal type of the owner of the token. If it's null it defaults to the token request principal.
    public var ownerPrincipalType: String? = ""
    /// The principal name of the owner of the token. If it's null it defaults to the token request principal.
    public var ownerPrincipalName: String? = ""
    /// A list of those who are allowed to renew this token before it expires.
    public var renewers: [CreatableRenewers] = []
    /// The maximum lifetime of the token in milliseconds, or -1 to use the server side default.
    public var maxLifetimeMs: Int64 = 0
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 38, version: version) }
        if version >= 3 {
            self.ownerPrincipalType = try buffer.readKafkaNullableString(compact: true)
        }
        if version >= 3 {
            self.ownerPrincipalName = try buffer.readKafkaNullableString(compact: true)
        }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
            var elements: [CreatableRenewers] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try CreatableRenewers(from: &buffer, version: version)) }
            self.renewers = elements
        } else {
            throw .unexpectedNull(field: "renewers")
        }
        self.maxLifetimeMs = try buffer.readKafkaInt64()
        if version >= 2 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 38, version: version) }
        if version >= 3 {
            buffer.writeKafkaString(self.ownerPrincipalType, compact: true)
        } else {
            if self.ownerPrincipalType != "" { throw .fieldNotSupported(field: "ownerPrincipalType", version: version) }
        }
        if version >= 3 {
            buffer.writeKafkaString(self.ownerPrincipalName, compact: true)
        } else {
            if self.ownerPrincipalName != "" { throw .fieldNotSupported(field: "ownerPrincipalName", version: version) }
        }
        buffer.writeKafkaArrayCount(self.renewers.count, compact: version >= 2)
        for element in self.renewers {
            try element.encode(into: &buffer, version: version)
        }
        buffer.writeKafkaInt64(self.maxLifetimeMs)
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension CreateDelegationTokenRequest {
    public struct CreatableRenewers: Sendable, Hashable {
        /// The type of the Kafka principal.
        public var principalType: String = ""
        /// The name of the Kafka principal.
        public var principalName: String = ""
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.principalType = try buffer.readKafkaString(compact: version >= 2, field: "principalType")
            self.principalName = try buffer.readKafkaString(compact: version >= 2, field: "principalName")
            if version >= 2 {
                let taggedCount = try buffer.readKafkaTaggedFieldCount()
                var previousTag: Int64 = -1
                for _ in 0..<taggedCount {
                    let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
                }
            }
        }

        public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
            buffer.writeKafkaString(self.principalType, compact: version >= 2)
            buffer.writeKafkaString(self.principalName, compact: version >= 2)
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

/// CreateDelegationTokenResponse, versions 0-3 (flexible from v2).
public struct CreateDelegationTokenResponse: KafkaResponse {
    public static let apiKey: Int16 = 38
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    /// The top-level error, or zero if there was no error.
    public var errorCode: Int16 = 0
    /// The principal type of the token owner.
    public var principalType: String = ""
    /// The name of the token owner.
    public var principalName: String = ""
    /// The principal type of the requester of the token.
    public var tokenRequesterPrincipalType: String = ""
    /// The principal type of the requester of the token.
    public var tokenRequesterPrincipalName: String = ""
    /// When this token was generated.
    public var issueTimestampMs: Int64 = 0
    /// When this token expires.
    public var expiryTimestampMs: Int64 = 0
    /// The maximum lifetime of this token.
    public var maxTimestampMs: Int64 = 0
    /// The token UUID.
    public var tokenId: String = ""
    /// HMAC of the delegation token.
    public var hmac: ByteBuffer = ByteBuffer()
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 38, version: version) }
        self.errorCode = try buffer.readKafkaInt16()
        self.principalType = try buffer.readKafkaString(compact: version >= 2, field: "principalType")
        self.principalName = try buffer.readKafkaString(compact: version >= 2, field: "principalName")
        if version >= 3 {
            self.tokenRequesterPrincipalType = try buffer.readKafkaString(compact: true, field: "tokenRequesterPrincipalType")
        }
        if version >= 3 {
            self.tokenRequesterPrincipalName = try buffer.readKafkaString(compact: true, field: "tokenRequesterPrincipalName")
        }
        self.issueTimestampMs = try buffer.readKafkaInt64()
        self.expiryTimestampMs = try buffer.readKafkaInt64()
        self.maxTimestampMs = try buffer.readKafkaInt64()
        self.tokenId = try buffer.readKafkaString(compact: version >= 2, field: "tokenId")
        self.hmac = try buffer.readKafkaBytes(compact: version >= 2, field: "hmac")
        self.throttleTimeMs = try buffer.readKafkaInt32()
        if version >= 2 {
            let taggedCount = try buffer.readKafkaTaggedFieldCount()
            var previousTag: Int64 = -1
            for _ in 0..<taggedCount {
                let (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)
                unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 38, version: version) }
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaString(self.principalType, compact: version >= 2)
        buffer.writeKafkaString(self.principalName, compact: version >= 2)
        if version >= 3 {
            buffer.writeKafkaString(self.tokenRequesterPrincipalType, compact: true)
        } else {
            if self.tokenRequesterPrincipalType != "" { throw .fieldNotSupported(field: "tokenRequesterPrincipalType", version: version) }
        }
        if version >= 3 {
            buffer.writeKafkaString(self.tokenRequesterPrincipalName, compact: true)
        } else {
            if self.tokenRequesterPrincipalName != "" { throw .fieldNotSupported(field: "tokenRequesterPrincipalName", version: version) }
        }
        buffer.writeKafkaInt64(self.issueTimestampMs)
        buffer.writeKafkaInt64(self.expiryTimestampMs)
        buffer.writeKafkaInt64(self.maxTimestampMs)
        buffer.writeKafkaString(self.tokenId, compact: version >= 2)
        buffer.writeKafkaBytes(self.hmac, compact: version >= 2)
        buffer.writeKafkaInt32(self.throttleTimeMs)
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}
