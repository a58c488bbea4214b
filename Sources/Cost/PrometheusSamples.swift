/// One sample of Prometheus's text exposition format: `name{label="value",...} 12.5`.
public struct PrometheusSample: Hashable, Sendable {
    public var name: String
    public var labels: [String: String]
    public var value: Double

    public init(name: String, labels: [String: String] = [:], value: Double) {
        self.name = name
        self.labels = labels
        self.value = value
    }

    /// Every sample in `text`; comment lines are skipped, and so is a line that is not a
    /// sample (the scrape is a server's own output, so a bad line means a newer format, not
    /// an attack: what can be read still counts). A timestamp after the value is ignored.
    public static func parse(_ text: String) -> [PrometheusSample] {
        text.split(whereSeparator: \.isNewline).compactMap { parseLine(Substring($0)) }
    }

    static func parseLine(_ line: Substring) -> PrometheusSample? {
        let line = line.drop { $0 == " " }
        guard !line.isEmpty, line.first != "#" else { return nil }
        var rest = line[...]
        let name = rest.prefix { $0 != "{" && $0 != " " }
        guard !name.isEmpty else { return nil }
        rest = rest.dropFirst(name.count)
        var labels: [String: String] = [:]
        if rest.first == "{" {
            rest = rest.dropFirst()
            while let first = rest.first, first != "}" {
                if first == "," || first == " " {
                    rest = rest.dropFirst()
                    continue
                }
                let key = rest.prefix { $0 != "=" }
                rest = rest.dropFirst(key.count)
                guard rest.first == "=", rest.dropFirst().first == "\"" else { return nil }
                rest = rest.dropFirst(2)
                var value = ""
                var escaped = false
                while let character = rest.first {
                    rest = rest.dropFirst()
                    if escaped {
                        value.append(character == "n" ? "\n" : character)
                        escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "\"" {
                        break
                    } else {
                        value.append(character)
                    }
                }
                labels[String(key.trimmingSpaces)] = value
            }
            guard rest.first == "}" else { return nil }
            rest = rest.dropFirst()
        }
        let fields = rest.split(separator: " ")
        guard let first = fields.first, let value = Double(first == "+Inf" ? "inf" : first == "-Inf" ? "-inf" : String(first)) else {
            return nil
        }
        return PrometheusSample(name: String(name), labels: labels, value: value)
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring { drop { $0 == " " } }
}
