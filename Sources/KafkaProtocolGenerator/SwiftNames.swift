/// Maps Kafka schema names and types onto Swift names and types.
enum SwiftNames {
    static let keywords: Set<String> = [
        "as", "associatedtype", "break", "case", "catch", "class", "continue", "default", "defer", "deinit",
        "do", "else", "enum", "extension", "fallthrough", "false", "fileprivate", "for", "func", "guard", "if",
        "import", "in", "init", "inout", "internal", "is", "let", "nil", "operator", "private", "protocol",
        "public", "repeat", "rethrows", "return", "self", "static", "struct", "subscript", "super", "switch",
        "throw", "throws", "true", "try", "typealias", "var", "where", "while", "Type",
    ]

    /// "ErrorCode" -> "errorCode", "Protocol" -> "`protocol`".
    static func property(_ name: String) -> String {
        guard let first = name.first else { return name }
        let lowered = first.lowercased() + name.dropFirst()
        return keywords.contains(lowered) ? "`\(lowered)`" : lowered
    }

    /// The property name without backticks, for strings in error messages.
    static func plainProperty(_ name: String) -> String {
        property(name).replacingOccurrences(of: "`", with: "")
    }

    static func type(of field: FieldSpec) -> String {
        let base = baseType(field.type, nullable: false)
        return field.isNullable ? "\(base)?" : base
    }

    static func baseType(_ type: FieldType, nullable: Bool) -> String {
        let name: String
        switch type {
        case .bool: name = "Bool"
        case .int8: name = "Int8"
        case .int16: name = "Int16"
        case .uint16: name = "UInt16"
        case .int32: name = "Int32"
        case .uint32: name = "UInt32"
        case .int64: name = "Int64"
        case .float64: name = "Double"
        case .string: name = "String"
        case .bytes, .records: name = "ByteBuffer"
        case .uuid: name = "KafkaUUID"
        case .array(let element): name = "[\(baseType(element, nullable: false))]"
        case .structure(let structName): name = structName
        }
        return nullable ? "\(name)?" : name
    }

    /// The Swift expression for a field's default value.
    static func defaultValue(of field: FieldSpec) throws -> String {
        let text = field.defaultValue
        if text == "null" {
            guard field.isNullable else { throw GeneratorError.schema("\(field.name): null default but not nullable") }
            return "nil"
        }
        switch field.type {
        case .bool:
            return text == "true" ? "true" : "false"
        case .int8, .int16, .uint16, .int32, .uint32, .int64:
            guard let text, !text.isEmpty else { return "0" }
            if text.lowercased().hasPrefix("0x") { return "0x" + text.dropFirst(2) }
            guard Int64(text) != nil else { throw GeneratorError.schema("\(field.name): bad default '\(text)'") }
            return text
        case .float64:
            return text.flatMap { Double($0) }.map { "\($0)" } ?? "0"
        case .string:
            let escaped = (text ?? "").replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(escaped)\""
        case .bytes:
            return "ByteBuffer()"
        case .records:
            return field.isNullable ? "nil" : "ByteBuffer()"
        case .uuid:
            return ".zero"
        case .array:
            return "[]"
        case .structure(let name):
            return "\(name)()"
        }
    }

    /// Minimum encoded size of one array element, bounding hostile counts.
    static func minimumSize(_ type: FieldType) -> Int {
        switch type {
        case .bool, .int8: 1
        case .int16, .uint16: 2
        case .int32, .uint32: 4
        case .int64, .float64: 8
        case .uuid: 16
        default: 1
        }
    }

    /// Turns free text into `///` lines at `indent`.
    static func docComment(_ text: String?, entity: String?, indent: String) -> String {
        var words = (text ?? "").split(whereSeparator: { $0 == "\n" }).joined(separator: " ")
        if let entity { words += words.isEmpty ? "Entity: \(entity)." : " (entity: \(entity))" }
        guard !words.isEmpty else { return "" }
        return "\(indent)/// \(words)\n"
    }
}
