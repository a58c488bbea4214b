/// Emits, for the round-trip tests, a builder of random values for each message: every
/// field that exists at the requested version gets a random value (nil sometimes,
/// where the version allows null); every other field keeps its default.
struct ArbitraryEmitter {
    let message: MessageSpec
    var versions: ClosedRange<Int16> { message.validVersions }

    func emit() throws -> String {
        var out = builder(typeName: message.name, fields: message.fields)
        for structure in try message.allStructs() {
            out += "\n" + builder(typeName: "\(message.name).\(structure.name)", fields: structure.fields)
        }
        return out
    }

    private func builder(typeName: String, fields: [FieldSpec]) -> String {
        var out = "extension \(typeName) {\n"
        out += "    static func arbitrary(version: Int16, using values: inout ArbitraryValues) -> Self {\n"
        out += "        var value = Self()\n"
        for field in fields {
            let present = (field.tag != nil ? field.taggedVersions : field.versions).condition("version", within: versions)
            if present == "false" { continue }
            let target = "value.\(SwiftNames.property(field.name))"
            var lines: [String]
            let nullable = CodecEmitter(message: message).nullableCondition(field)
            if field.isNullable && nullable != "false" {
                let test = nullable == "true" ? "values.coin()" : "\(nullable) && values.coin()"
                lines = ["if \(test) {", "    \(target) = nil", "} else {", "    \(target) = \(expression(field.type))", "}"]
            } else {
                lines = ["\(target) = \(expression(field.type))"]
            }
            if present != "true" {
                lines = ["if \(present) {"] + lines.map { "    " + $0 } + ["}"]
            }
            out += lines.map { "        " + $0 + "\n" }.joined()
        }
        out += "        return value\n    }\n}\n"
        return out
    }

    private func expression(_ type: FieldType) -> String {
        switch type {
        case .bool: "values.coin()"
        case .int8: "values.integer(Int8.self)"
        case .int16: "values.integer(Int16.self)"
        case .uint16: "values.integer(UInt16.self)"
        case .int32: "values.integer(Int32.self)"
        case .uint32: "values.integer(UInt32.self)"
        case .int64: "values.integer(Int64.self)"
        case .float64: "values.float64()"
        case .uuid: "values.uuid()"
        case .string: "values.string()"
        case .bytes, .records: "values.bytes()"
        case .structure(let name): "\(message.name).\(name).arbitrary(version: version, using: &values)"
        case .array(let element): "(0..<values.count()).map { _ in \(expression(element)) }"
        }
    }
}
