import Foundation

/// A field type from a Kafka schema.
indirect enum FieldType: Equatable {
    case bool, int8, int16, uint16, int32, uint32, int64, float64
    case string, bytes, records, uuid
    case array(FieldType)
    case structure(String)

    init(parsing text: String) {
        if text.hasPrefix("[]") {
            self = .array(FieldType(parsing: String(text.dropFirst(2))))
            return
        }
        switch text {
        case "bool": self = .bool
        case "int8": self = .int8
        case "int16": self = .int16
        case "uint16": self = .uint16
        case "int32": self = .int32
        case "uint32": self = .uint32
        case "int64": self = .int64
        case "float64": self = .float64
        case "string": self = .string
        case "bytes": self = .bytes
        case "records": self = .records
        case "uuid": self = .uuid
        default: self = .structure(text)
        }
    }

    var isStruct: Bool {
        if case .structure = self { return true }
        return false
    }
}

/// One field of a message or struct.
struct FieldSpec {
    var name: String
    var type: FieldType
    var versions: VersionRange
    var nullableVersions: VersionRange
    var taggedVersions: VersionRange
    var tag: UInt32?
    /// Overrides the message's flexible versions for this field (only RequestHeader.ClientId).
    var flexibleVersions: VersionRange?
    var ignorable: Bool
    var defaultValue: String?
    var about: String?
    var entityType: String?
    /// Fields of an inline struct definition.
    var fields: [FieldSpec]?

    var isNullable: Bool { !nullableVersions.isEmpty }
}

/// A struct type: the message itself, an inline struct, or a common struct.
struct StructSpec {
    var name: String
    var fields: [FieldSpec]
}

/// One JSON message definition.
struct MessageSpec {
    enum Kind: String { case request, response, header, data }

    var name: String
    var kind: Kind
    var apiKey: Int16?
    var validVersions: ClosedRange<Int16>
    var flexibleVersions: VersionRange
    var fields: [FieldSpec]
    var commonStructs: [StructSpec]
    var listeners: [String]
    var kafka4MinimumVersion: Int16?

    /// Every struct type the message defines, flattened (as Kafka's Java generator does),
    /// in first-definition order.
    func allStructs() throws -> [StructSpec] {
        var result: [StructSpec] = []
        var seen: Set<String> = []
        func visit(_ fields: [FieldSpec]) throws {
            for field in fields {
                guard let inner = field.fields, !inner.isEmpty else { continue }
                guard case .structure(let name) = field.type.elementType else {
                    throw GeneratorError.schema("\(self.name).\(field.name) has fields but is not a struct")
                }
                if seen.insert(name).inserted {
                    result.append(StructSpec(name: name, fields: inner))
                }
                try visit(inner)
            }
        }
        try visit(fields)
        for common in commonStructs where seen.insert(common.name).inserted {
            result.append(common)
            try visit(common.fields)
        }
        return result
    }
}

extension FieldType {
    /// The element type of an array, or the type itself.
    var elementType: FieldType {
        if case .array(let element) = self { return element }
        return self
    }
}

// MARK: Loading

enum SchemaLoader {
    /// Kafka's JSON files carry `//` comments; strip them outside string literals.
    static func stripComments(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var inString = false
        var escaped = false
        var iterator = Array(text.unicodeScalars)[...]
        while let scalar = iterator.popFirst() {
            if inString {
                out.unicodeScalars.append(scalar)
                if escaped { escaped = false } else if scalar == "\\" { escaped = true } else if scalar == "\"" { inString = false }
                continue
            }
            if scalar == "\"" {
                inString = true
                out.unicodeScalars.append(scalar)
                continue
            }
            if scalar == "/", iterator.first == "/" {
                while let next = iterator.first, next != "\n" { iterator.removeFirst() }
                continue
            }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    static func load(url: URL) throws -> [String: Any] {
        let text = try String(contentsOf: url, encoding: .utf8)
        let data = Data(stripComments(text).utf8)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw GeneratorError.schema("\(url.lastPathComponent): top level is not an object")
        }
        return object
    }

    static func message(from json: [String: Any], file: String) throws -> MessageSpec {
        guard let name = json["name"] as? String, let type = json["type"] as? String,
            let kind = MessageSpec.Kind(rawValue: type)
        else {
            throw GeneratorError.schema("\(file): missing name or type")
        }
        let valid = try VersionRange(parsing: json["validVersions"] as? String ?? "0")
        guard let upper = valid.highest else { throw GeneratorError.schema("\(file): open validVersions") }
        let commons = try (json["commonStructs"] as? [[String: Any]] ?? []).map { common in
            StructSpec(
                name: common["name"] as? String ?? "",
                fields: try fields(from: common["fields"], file: file))
        }
        return MessageSpec(
            name: name,
            kind: kind,
            apiKey: (json["apiKey"] as? NSNumber).map { Int16(truncating: $0) },
            validVersions: valid.lowest...upper,
            flexibleVersions: try VersionRange(parsing: json["flexibleVersions"] as? String ?? "none"),
            fields: try fields(from: json["fields"], file: file),
            commonStructs: commons,
            listeners: json["listeners"] as? [String] ?? []
        )
    }

    static func fields(from value: Any?, file: String) throws -> [FieldSpec] {
        guard let list = value as? [[String: Any]] else { return [] }
        return try list.map { json in
            guard let name = json["name"] as? String, let type = json["type"] as? String,
                let versions = json["versions"] as? String
            else {
                throw GeneratorError.schema("\(file): field without name, type or versions: \(json)")
            }
            let tag = (json["tag"] as? NSNumber).map { UInt32(truncating: $0) }
            return FieldSpec(
                name: name,
                type: FieldType(parsing: type),
                versions: try VersionRange(parsing: versions),
                nullableVersions: try VersionRange(parsing: json["nullableVersions"] as? String ?? "none"),
                taggedVersions: try VersionRange(parsing: json["taggedVersions"] as? String ?? "none"),
                tag: tag,
                flexibleVersions: try (json["flexibleVersions"] as? String).map(VersionRange.init(parsing:)),
                ignorable: (json["ignorable"] as? Bool) ?? false,
                defaultValue: json["default"].map { "\($0)" },
                about: json["about"] as? String,
                entityType: json["entityType"] as? String,
                fields: json["fields"] == nil ? nil : try fields(from: json["fields"], file: file)
            )
        }
    }
}
