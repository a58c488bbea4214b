/// A Kafka schema version range: "none", "3", "0-5" or "9+".
struct VersionRange: Equatable {
    var lowest: Int16
    /// nil means open-ended ("9+").
    var highest: Int16?
    var isEmpty: Bool

    static let none = VersionRange(lowest: 0, highest: nil, isEmpty: true)

    init(lowest: Int16, highest: Int16?, isEmpty: Bool = false) {
        self.lowest = lowest
        self.highest = highest
        self.isEmpty = isEmpty
    }

    init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "none" {
            self = .none
        } else if trimmed.hasSuffix("+"), let low = Int16(trimmed.dropLast()) {
            self.init(lowest: low, highest: nil)
        } else if let dash = trimmed.firstIndex(of: "-"),
            let low = Int16(trimmed[..<dash]), let high = Int16(trimmed[trimmed.index(after: dash)...])
        {
            self.init(lowest: low, highest: high)
        } else if let single = Int16(trimmed) {
            self.init(lowest: single, highest: single)
        } else {
            throw GeneratorError.schema("bad version range '\(text)'")
        }
    }

    func contains(_ version: Int16) -> Bool {
        !isEmpty && version >= lowest && (highest.map { version <= $0 } ?? true)
    }

    /// This range clipped to `outer`, the versions the message defines.
    func intersection(_ outer: ClosedRange<Int16>) -> ClosedRange<Int16>? {
        guard !isEmpty else { return nil }
        let low = max(lowest, outer.lowerBound)
        let high = min(highest ?? outer.upperBound, outer.upperBound)
        return low <= high ? low...high : nil
    }

    /// A Swift boolean expression testing `variable` against this range, simplified
    /// using what the message defines (`outer`). Returns "true" or "false" when constant.
    func condition(_ variable: String, within outer: ClosedRange<Int16>) -> String {
        guard let clipped = intersection(outer) else { return "false" }
        let needLow = clipped.lowerBound > outer.lowerBound
        let needHigh = clipped.upperBound < outer.upperBound
        switch (needLow, needHigh) {
        case (false, false): return "true"
        case (true, false): return "\(variable) >= \(clipped.lowerBound)"
        case (false, true): return "\(variable) <= \(clipped.upperBound)"
        case (true, true):
            return clipped.lowerBound == clipped.upperBound
                ? "\(variable) == \(clipped.lowerBound)"
                : "(\(clipped.lowerBound)...\(clipped.upperBound)).contains(\(variable))"
        }
    }
}

enum GeneratorError: Error, CustomStringConvertible {
    case schema(String)
    case io(String)

    var description: String {
        switch self {
        case .schema(let message): "schema error: \(message)"
        case .io(let message): "i/o error: \(message)"
        }
    }
}
