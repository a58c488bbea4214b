/// Emits the Swift declaration, decoder and encoder of one message and its structs.
///
/// The generated code is plain, version-gated statements (franz-go's style): every
/// field is read or written under a condition on `version`, simplified against the
/// versions the message defines so that always-present fields carry no test at all.
struct CodecEmitter {
    let message: MessageSpec
    var versions: ClosedRange<Int16> { message.validVersions }

    /// Is this struct flexible at `version`? (Expression.)
    var flexibleCondition: String { message.flexibleVersions.condition("version", within: versions) }

    /// The versions at which `field` is on the wire; conditions inside its statements are
    /// simplified against this range.
    func presentRange(_ field: FieldSpec) -> ClosedRange<Int16> {
        (field.tag != nil ? field.taggedVersions : field.versions).intersection(versions) ?? versions
    }

    func compactCondition(_ field: FieldSpec) -> String {
        (field.flexibleVersions ?? message.flexibleVersions).condition("version", within: presentRange(field))
    }

    func nullableCondition(_ field: FieldSpec) -> String {
        field.nullableVersions.condition("version", within: presentRange(field))
    }

    func isTagged(_ field: FieldSpec) -> Bool { field.tag != nil }

    // MARK: Declarations

    func emitTopLevel() throws -> String {
        var out = SwiftNames.docComment(nil, entity: nil, indent: "")
        let conformance: String
        switch message.kind {
        case .request: conformance = "KafkaRequest"
        case .response: conformance = "KafkaResponse"
        case .header, .data: conformance = "KafkaMessage"
        }
        out += "/// \(message.name), versions \(versions.lowerBound)-\(versions.upperBound)"
        out += message.flexibleVersions.isEmpty ? " (never flexible).\n" : " (flexible from v\(message.flexibleVersions.lowest)).\n"
        out += "public struct \(message.name): \(conformance) {\n"
        if message.kind == .request {
            out += "    public typealias Response = \(message.name.replacingOccurrences(of: "Request", with: "Response"))\n"
        }
        if let key = message.apiKey {
            out += "    public static let apiKey: Int16 = \(key)\n"
            out += "    public static let kafka4MinimumVersion: Int16 = \(message.kafka4MinimumVersion ?? versions.lowerBound)\n"
        }
        if message.kind == .request {
            out += "    /// The Kafka process types that serve this API (\"broker\" means clients may call it).\n"
            out += "    public static let listeners: Set<String> = [\(message.listeners.map { "\"\($0)\"" }.joined(separator: ", "))]\n"
        }
        out += "    public static let validVersions: ClosedRange<Int16> = \(versions.lowerBound)...\(versions.upperBound)\n"
        out += "    public static let firstFlexibleVersion: Int16? = \(message.flexibleVersions.isEmpty ? "nil" : String(message.flexibleVersions.lowest))\n\n"
        out += try emitBody(fields: message.fields, typeName: message.name, topLevel: true)
        out += "}\n"
        for structure in try message.allStructs() {
            out += "\nextension \(message.name) {\n"
            out += "    public struct \(structure.name): Sendable, Hashable {\n"
            out += try emitBody(fields: structure.fields, typeName: structure.name, topLevel: false)
                .split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "    " + $0 }
                .joined(separator: "\n")
            out += "    }\n}\n"
        }
        return out
    }

    /// Properties, `init()`, the decoder and the encoder.
    private func emitBody(fields: [FieldSpec], typeName: String, topLevel: Bool) throws -> String {
        var out = ""
        for field in fields {
            out += SwiftNames.docComment(field.about, entity: field.entityType, indent: "    ")
            out += "    public var \(SwiftNames.property(field.name)): \(SwiftNames.type(of: field)) = \(try SwiftNames.defaultValue(of: field))\n"
        }
        if !message.flexibleVersions.isEmpty {
            out += "    /// Tagged fields this schema does not define, kept so the message re-encodes unchanged.\n"
            out += "    public var unknownTaggedFields: [KafkaTaggedField] = []\n"
        }
        out += "\n    public init() {}\n\n"
        out += try emitDecoder(fields: fields, topLevel: topLevel)
        out += "\n"
        out += try emitEncoder(fields: fields, topLevel: topLevel)
        return out
    }

    // MARK: Decoding

    private func emitDecoder(fields: [FieldSpec], topLevel: Bool) throws -> String {
        var lines: [String] = []
        if topLevel {
            lines.append("guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: \(message.apiKey ?? -1), version: version) }")
        }
        for field in fields where !isTagged(field) {
            let condition = field.versions.condition("version", within: versions)
            if condition == "false" { continue }
            let body = readStatements(field, target: "self.\(SwiftNames.property(field.name))", buffer: "buffer")
            lines += guarded(condition, body)
        }
        if flexibleCondition != "false" {
            var section: [String] = [
                "let taggedCount = try buffer.readKafkaTaggedFieldCount()",
                "var previousTag: Int64 = -1",
                "for _ in 0..<taggedCount {",
            ]
            let tagged = fields.filter { isTagged($0) && $0.taggedVersions.condition("version", within: versions) != "false" }
            section.append("    \(tagged.isEmpty ? "let" : "var") (tag, field) = try buffer.readKafkaTaggedField(after: &previousTag)")
            if tagged.isEmpty {
                section.append("    unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))")
            } else {
                section.append("    switch tag {")
                for field in tagged {
                    let condition = field.taggedVersions.condition("version", within: versions)
                    section.append("    case \(field.tag!)\(condition == "true" ? "" : " where \(condition)"):")
                    section += readStatements(field, target: "self.\(SwiftNames.property(field.name))", buffer: "field").map { "        " + $0 }
                }
                section.append("    default:")
                section.append("        unknownTaggedFields.append(KafkaTaggedField(tag: tag, data: field))")
                section.append("    }")
            }
            section.append("}")
            lines += guarded(flexibleCondition, section)
        }
        var out = "    public init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaDecodingError) {\n"
        out += lines.map { "        " + $0 }.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
        out += "    }\n"
        return out
    }

    /// Statements that read `field` into `target`.
    private func readStatements(_ field: FieldSpec, target: String, buffer: String) -> [String] {
        let compact = compactCondition(field)
        let nullable = nullableCondition(field)
        let plainName = SwiftNames.plainProperty(field.name)
        switch field.type {
        case .array(let element):
            let elementType = SwiftNames.baseType(element, nullable: false)
            var lines = [
                "if let count = try \(buffer).readKafkaArrayCount(compact: \(compact), minimumElementSize: \(SwiftNames.minimumSize(element))) {",
                "    var elements: [\(elementType)] = []",
                "    elements.reserveCapacity(count)",
                "    for _ in 0..<count { elements.append(\(readExpression(element, compact: compact, buffer: buffer, name: plainName))) }",
                "    \(target) = elements",
            ]
            if field.isNullable && nullable == "true" {
                lines += ["} else {", "    \(target) = nil", "}"]
            } else if field.isNullable && nullable != "false" {
                lines += [
                    "} else if \(nullable) {", "    \(target) = nil", "} else {",
                    "    throw .unexpectedNull(field: \"\(plainName)\")", "}",
                ]
            } else {
                lines += ["} else {", "    throw .unexpectedNull(field: \"\(plainName)\")", "}"]
            }
            return lines
        case .structure(let name) where field.isNullable && nullable != "false":
            let present = [
                "if try \(buffer).readKafkaInt8() < 0 {", "    \(target) = nil", "} else {",
                "    \(target) = try \(name)(from: &\(buffer), version: version)", "}",
            ]
            if nullable == "true" { return present }
            return ["if \(nullable) {"] + present.map { "    " + $0 } + [
                "} else {",
                "    \(target) = try \(name)(from: &\(buffer), version: version)", "}",
            ]
        case .string where field.isNullable && nullable != "false",
            .bytes where field.isNullable && nullable != "false",
            .records where field.isNullable && nullable != "false":
            let reader = field.type == .string ? "readKafkaNullableString" : "readKafkaNullableBytes"
            if nullable == "true" { return ["\(target) = try \(buffer).\(reader)(compact: \(compact))"] }
            return [
                "if \(nullable) {",
                "    \(target) = try \(buffer).\(reader)(compact: \(compact))",
                "} else {",
                "    \(target) = \(readExpression(field.type, compact: compact, buffer: buffer, name: plainName))",
                "}",
            ]
        default:
            return ["\(target) = \(readExpression(field.type, compact: compact, buffer: buffer, name: plainName))"]
        }
    }

    /// An expression reading one non-null value of `type`.
    private func readExpression(_ type: FieldType, compact: String, buffer: String, name: String) -> String {
        switch type {
        case .bool: "try \(buffer).readKafkaBool()"
        case .int8: "try \(buffer).readKafkaInt8()"
        case .int16: "try \(buffer).readKafkaInt16()"
        case .uint16: "try \(buffer).readKafkaUInt16()"
        case .int32: "try \(buffer).readKafkaInt32()"
        case .uint32: "try \(buffer).readKafkaUInt32()"
        case .int64: "try \(buffer).readKafkaInt64()"
        case .float64: "try \(buffer).readKafkaFloat64()"
        case .uuid: "try \(buffer).readKafkaUUID()"
        case .string: "try \(buffer).readKafkaString(compact: \(compact), field: \"\(name)\")"
        case .bytes, .records: "try \(buffer).readKafkaBytes(compact: \(compact), field: \"\(name)\")"
        case .structure(let structName): "try \(structName)(from: &\(buffer), version: version)"
        case .array: "nestedArraysAreNotInKafkaSchemas"
        }
    }

    // MARK: Encoding

    private func emitEncoder(fields: [FieldSpec], topLevel: Bool) throws -> String {
        var lines: [String] = []
        if topLevel {
            lines.append("guard Self.validVersions.contains(version) else { throw .unsupportedVersion(apiKey: \(message.apiKey ?? -1), version: version) }")
        }
        for field in fields {
            let property = "self.\(SwiftNames.property(field.name))"
            let present =
                isTagged(field)
                ? field.taggedVersions.condition("version", within: versions)
                : field.versions.condition("version", within: versions)
            let absentCheck =
                field.ignorable
                ? []
                : [
                    "if \(property) != \(try SwiftNames.defaultValue(of: field)) { throw .fieldNotSupported(field: \"\(SwiftNames.plainProperty(field.name))\", version: version) }"
                ]
            let body = isTagged(field) ? [] : writeStatements(field, value: property, buffer: "buffer")
            switch present {
            case "true": lines += body
            case "false": lines += absentCheck
            default:
                if body.isEmpty && absentCheck.isEmpty { continue }
                if body.isEmpty {
                    lines.append("if !(\(present)) {")
                    lines += absentCheck.map { "    " + $0 }
                    lines.append("}")
                } else {
                    lines.append("if \(present) {")
                    lines += body.map { "    " + $0 }
                    lines.append(absentCheck.isEmpty ? "}" : "} else {")
                    if !absentCheck.isEmpty {
                        lines += absentCheck.map { "    " + $0 }
                        lines.append("}")
                    }
                }
            }
        }
        if flexibleCondition != "false" {
            let hasKnownTags = fields.contains { isTagged($0) && $0.taggedVersions.condition("version", within: versions) != "false" }
            var section = ["\(hasKnownTags ? "var" : "let") tagged = unknownTaggedFields"]
            for field in fields where isTagged(field) {
                let condition = field.taggedVersions.condition("version", within: versions)
                if condition == "false" { continue }
                let property = "self.\(SwiftNames.property(field.name))"
                let notDefault = "\(property) != \(try SwiftNames.defaultValue(of: field))"
                section.append("if \(condition == "true" ? notDefault : "\(condition), \(notDefault)") {")
                section.append("    tagged.append(try KafkaTaggedField.encoding(tag: \(field.tag!)) { (field: inout ByteBuffer) throws(KafkaEncodingError) in")
                section += writeStatements(field, value: property, buffer: "field").map { "        " + $0 }
                section.append("    })")
                section.append("}")
            }
            section.append("buffer.writeKafkaTaggedFields(tagged)")
            lines += guarded(flexibleCondition, section)
        }
        var out = "    public func encode(into buffer: inout ByteBuffer, version: Int16) throws(KafkaEncodingError) {\n"
        out += lines.map { "        " + $0 }.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
        out += "    }\n"
        return out
    }

    /// Statements that write `value` (a property of `field`'s Swift type).
    private func writeStatements(_ field: FieldSpec, value: String, buffer: String) -> [String] {
        let compact = compactCondition(field)
        let nullable = nullableCondition(field)
        let plainName = SwiftNames.plainProperty(field.name)
        let nullGuard = "throw .nullNotAllowed(field: \"\(plainName)\", version: version)"
        switch field.type {
        case .array(let element):
            let loop = { (name: String) -> [String] in
                [
                    "\(buffer).writeKafkaArrayCount(\(name).count, compact: \(compact))",
                    "for element in \(name) {",
                ]
                    + self.writeElement(element, value: "element", compact: compact, buffer: buffer).map { "    " + $0 }
                    + ["}"]
            }
            guard field.isNullable else { return loop(value) }
            var lines = ["if let elements = \(value) {"] + loop("elements").map { "    " + $0 } + ["} else {"]
            if nullable != "true" { lines.append("    guard \(nullable) else { \(nullGuard) }") }
            lines += ["    \(buffer).writeKafkaArrayCount(nil, compact: \(compact))", "}"]
            return lines
        case .structure:
            guard field.isNullable else { return ["try \(value).encode(into: &\(buffer), version: version)"] }
            let marked = [
                "if let present = \(value) {", "    \(buffer).writeKafkaInt8(1)",
                "    try present.encode(into: &\(buffer), version: version)",
                "} else {", "    \(buffer).writeKafkaInt8(-1)", "}",
            ]
            let unmarked = [
                "guard let present = \(value) else { \(nullGuard) }",
                "try present.encode(into: &\(buffer), version: version)",
            ]
            switch nullable {
            case "true": return marked
            case "false": return unmarked
            default: return ["if \(nullable) {"] + marked.map { "    " + $0 } + ["} else {"] + unmarked.map { "    " + $0 } + ["}"]
            }
        case .string, .bytes, .records:
            let writer = field.type == .string ? "writeKafkaString" : "writeKafkaBytes"
            var lines: [String] = []
            if field.isNullable && nullable != "true" {
                lines.append(
                    nullable == "false"
                        ? "if \(value) == nil { \(nullGuard) }"
                        : "if \(value) == nil && !(\(nullable)) { \(nullGuard) }")
            }
            lines.append("\(buffer).\(writer)(\(value), compact: \(compact))")
            return lines
        default:
            return writeElement(field.type, value: value, compact: compact, buffer: buffer)
        }
    }

    private func writeElement(_ type: FieldType, value: String, compact: String, buffer: String) -> [String] {
        switch type {
        case .bool: ["\(buffer).writeKafkaBool(\(value))"]
        case .int8: ["\(buffer).writeKafkaInt8(\(value))"]
        case .int16: ["\(buffer).writeKafkaInt16(\(value))"]
        case .uint16: ["\(buffer).writeKafkaUInt16(\(value))"]
        case .int32: ["\(buffer).writeKafkaInt32(\(value))"]
        case .uint32: ["\(buffer).writeKafkaUInt32(\(value))"]
        case .int64: ["\(buffer).writeKafkaInt64(\(value))"]
        case .float64: ["\(buffer).writeKafkaFloat64(\(value))"]
        case .uuid: ["\(buffer).writeKafkaUUID(\(value))"]
        case .string: ["\(buffer).writeKafkaString(\(value), compact: \(compact))"]
        case .bytes, .records: ["\(buffer).writeKafkaBytes(\(value), compact: \(compact))"]
        case .structure: ["try \(value).encode(into: &\(buffer), version: version)"]
        case .array: ["nestedArraysAreNotInKafkaSchemas"]
        }
    }

    // MARK: Helpers

    private func guarded(_ condition: String, _ body: [String]) -> [String] {
        switch condition {
        case "true": body
        case "false": []
        default: ["if \(condition) {"] + body.map { "    " + $0 } + ["}"]
        }
    }
}
