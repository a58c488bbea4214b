// generated — do not edit. Source: Apache Kafka's message JSON; regenerate with
// `swift run kafka-protocol-generator`.
import NIOCore

/// DescribeDelegationTokenRequest, versions 0-3 (flexible from v2).
public struct DescribeDelegationTokenRequest: KafkaRequest {
    public typealias Response = DescribeDelegationTokenResponse
    public static let apiKey: Int16 = 41
    public static let kafka4MinimumVersion: Int16 = 0
    /// The Kafka process types that serve this API ("broker" means clients may call it).
    public static let listeners: Set<String> = ["zkBroker", "broker", "controller"]
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    /// Each owner that we want to describe delegation tokens for, or null to describe all tokens.
    public var owners: [DescribeDelegationTokenOwner]? = []
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 41, version: version) }
        if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
            var elements: [DescribeDelegationTokenOwner] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try DescribeDelegationTokenOwner(from: &buffer, version: version)) }
            self.owners = elements
        } else {
            self.owners = nil
        }
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 41, version: version) }
        if let elements = self.owners {
            buffer.writeKafkaArrayCount(elements.count, compact: version >= 2)
            for element in elements {
                try element.encode(into: &buffer, version: version)
            }
        } else {
            buffer.writeKafkaArrayCount(nil, compact: version >= 2)
        }
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DescribeDelegationTokenRequest {
    public struct DescribeDelegationTokenOwner: Sendable, Hashable {
        /// The owner principal type.
        public var principalType: String = ""
        /// The owner principal name.
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

/// DescribeDelegationTokenResponse, versions 0-3 (flexible from v2).
public struct DescribeDelegationTokenResponse: KafkaResponse {
    public static let apiKey: Int16 = 41
    public static let kafka4MinimumVersion: Int16 = 0
    public static let validVersions: ClosedRange<Int16> = 0...3
    public static let firstFlexibleVersion: Int16? = 2

    /// The error code, or 0 if there was no error.
    public var errorCode: Int16 = 0
    /// The tokens.
    public var tokens: [DescribedDelegationToken] = []
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    public var throttleTimeMs: Int32 = 0
    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
    public var unknownTaggedFields: [KafkaTaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 41, version: version) }
        self.errorCode = try buffer.readKafkaInt16()
        if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
            var elements: [DescribedDelegationToken] = []
            elements.reserveCapacity(count)
            for _ in 0..<count { elements.append(try DescribedDelegationToken(from: &buffer, version: version)) }
            self.tokens = elements
        } else {
            throw .unexpectedNull(field: "tokens")
        }
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
        guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: 41, version: version) }
        buffer.writeKafkaInt16(self.errorCode)
        buffer.writeKafkaArrayCount(self.tokens.count, compact: version >= 2)
        for element in self.tokens {
            try element.encode(into: &buffer, version: version)
        }
        buffer.writeKafkaInt32(self.throttleTimeMs)
        if version >= 2 {
            let tagged = unknownTaggedFields
            buffer.writeKafkaTaggedFields(tagged)
        }
    }
}

extension DescribeDelegationTokenResponse {
    public struct DescribedDelegationToken: Sendable, Hashable {
        /// The token principal type.
        public var principalType: String = ""
        /// The token principal name.
        public var principalName: String = ""
        /// The principal type of the requester of the token.
        public var tokenRequesterPrincipalType: String = ""
        /// The principal type of the requester of the token.
        public var tokenRequesterPrincipalName: String = ""
        /// The token issue timestamp in milliseconds.
        public var issueTimestamp: Int64 = 0
        /// The token expiry timestamp in milliseconds.
        public var expiryTimestamp: Int64 = 0
        /// The token maximum timestamp length in milliseconds.
        public var maxTimestamp: Int64 = 0
        /// The token ID.
        public var tokenId: String = ""
        /// The token HMAC.
        public var hmac: ByteBuffer = ByteBuffer()
        /// Those who are able to renew this token before it expires.
        public var renewers: [DescribedDelegationTokenRenewer] = []
        /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.
        public var unknownTaggedFields: [KafkaTaggedField] = []

        public init() {}

        public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {
            self.principalType = try buffer.readKafkaString(compact: version >= 2, field: "principalType")
            self.principalName = try buffer.readKafkaString(compact: version >= 2, field: "principalName")
            if version >= 3 {
                self.tokenRequesterPrincipalType = try buffer.readKafkaString(compact: true, field: "tokenRequesterPrincipalType")
            }
            if version >= 3 {
                self.tokenRequesterPrincipalName = try buffer.readKafkaString(compact: true, field: "tokenRequesterPrincipalName")
            }
            self.issueTimestamp = try buffer.readKafkaInt64()
            self.expiryTimestamp = try buffer.readKafkaInt64()
            self.maxTimestamp = try buffer.readKafkaInt64()
            self.tokenId = try buffer.readKafkaString(compact: version >= 2, field: "tokenId")
            self.hmac = try buffer.readKafkaBytes(compact: version >= 2, field: "hmac")
            if let count = try buffer.readKafkaArrayCount(compact: version >= 2, minimumElementSize: 1) {
                var elements: [DescribedDelegationTokenRenewer] = []
                elements.reserveCapacity(count)
                for _ in 0..<count { elements.append(try DescribedDelegationTokenRenewer(from: &buffer, version: version)) }
                self.renewers = elements
            } else {
                throw .unexpectedNull(field: "renewers")
            }
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
            buffer.writeKafkaInt64(self.issueTimestamp)
            buffer.writeKafkaInt64(self.expiryTimestamp)
            buffer.writeKafkaInt64(self.maxTimestamp)
            buffer.writeKafkaString(self.tokenId, compact: version >= 2)
            buffer.writeKafkaBytes(self.hmac, compact: version >= 2)
            buffer.writeKafkaArrayCount(self.renewers.count, compact: version >= 2)
            for element in self.renewers {
                try element.encode(into: &buffer, version: version)
            }
            if version >= 2 {
                let tagged = unknownTaggedFields
                buffer.writeKafkaTaggedFields(tagged)
            }
        }
    }
}

extension DescribeDelegationTokenResponse {
    public struct DescribedDelegationTokenRenewer: Sendable, Hashable {
        /// The renewer principal type
        public var principalType: String = ""
        /// The renewer principal name
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
