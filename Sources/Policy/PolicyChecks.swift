/// The checks that need the whole document: references between sections, and rules that can
/// never match.
enum PolicyChecks {
    static func problems(in document: PolicyDocument) -> [PolicyError] {
        var problems: [PolicyError] = []
        var seen: [String: SourceLocation] = [:]
        for group in document.groups {
            if let first = seen[group.name] {
                problems.append(.init(location: group.location, message: "group '\(group.name)' is already declared at line \(first.line)"))
            }
            seen[group.name] = seen[group.name] ?? group.location
            if group.roles.isEmpty { problems.append(.init(location: group.location, message: "group '\(group.name)' has no roles (produce, fetch, jobs)")) }
            if group.coordinatesConsumerGroups && !group.roles.contains(.fetch) {
                problems.append(.init(location: group.location, message: "group '\(group.name)' coordinates consumer groups but has no fetch role"))
            }
        }
        for rule in document.rules {
            if rule.serve != PolicyDocument.dialledGroup && seen[rule.serve] == nil {
                problems.append(.init(location: rule.location, message: "rule '\(rule.name)' serves unknown group '\(rule.serve)'\(known(document))"))
            }
            if let fallback = rule.fallback, seen[fallback] == nil {
                problems.append(.init(location: rule.location, message: "rule '\(rule.name)' falls back to unknown group '\(fallback)'\(known(document))"))
            }
        }
        for (index, rule) in document.rules.enumerated() {
            if let earlier = document.rules[..<index].first(where: { covers($0.match, rule.match) }) {
                problems.append(
                    .init(
                        location: rule.location,
                        message: "rule '\(rule.name)' can never match: rule '\(earlier.name)' (line \(earlier.location.line)) matches every client it does"))
            }
        }
        return problems
    }

    private static func known(_ document: PolicyDocument) -> String {
        var names: [String] = []
        for group in document.groups where !names.contains(group.name) { names.append(group.name) }
        return " (groups: \(names.joined(separator: ", ")))"
    }

    /// Whether every client `narrower` matches is also matched by `wider`.
    static func covers(_ wider: PolicyDocument.Match, _ narrower: PolicyDocument.Match) -> Bool {
        func glob(_ a: String?, _ b: String?) -> Bool {
            guard let a else { return true }
            guard let b else { return a == "*" }
            return Glob.covers(a, b)
        }
        guard glob(wider.clientId, narrower.clientId), glob(wider.principal, narrower.principal), glob(wider.listener, narrower.listener) else { return false }
        guard wider.features.allSatisfy({ narrower.features[$0.key] == $0.value }) else { return false }
        if !wider.sourceCIDRs.isEmpty {
            guard !narrower.sourceCIDRs.isEmpty,
                narrower.sourceCIDRs.allSatisfy({ inner in wider.sourceCIDRs.contains { $0.contains(inner) } })
            else { return false }
        }
        return true
    }
}
