import Foundation
import NIOCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a ListObjectsV2 result page.
enum ListBucketResultParser {
    struct Page {
        var objects: [ObjectInfo] = []
        var isTruncated = false
        var nextToken: String?
    }

    static func parse(_ body: ByteBuffer) throws -> Page {
        let collector = ElementCollector()
        let parser = XMLParser(data: Data(body.readableBytesView))
        parser.delegate = collector
        guard parser.parse() else { throw ObjectStoreError.unavailable("unreadable ListObjectsV2 answer: \(parser.parserError.map { "\($0)" } ?? "?")") }
        var page = Page()
        page.isTruncated = collector.values["IsTruncated"]?.first == "true"
        page.nextToken = collector.values["NextContinuationToken"]?.first
        page.objects = collector.contents.compactMap { entry in
            guard let key = entry["Key"], let size = entry["Size"].flatMap(Int.init) else { return nil }
            return ObjectInfo(key: key, size: size)
        }
        return page
    }
}

/// Reads an S3 error document's Code and Message.
enum S3ErrorParser {
    static func parse(_ body: ByteBuffer) -> (code: String?, message: String?) {
        let collector = ElementCollector()
        let parser = XMLParser(data: Data(body.readableBytesView))
        parser.delegate = collector
        _ = parser.parse()
        return (collector.values["Code"]?.first, collector.values["Message"]?.first)
    }
}

/// Reads an AWS STS answer (AssumeRoleWithWebIdentity): its Credentials, or its Error.
enum STSCredentialsParser {
    static func parse(_ body: ByteBuffer) throws -> S3Credentials {
        let collector = ElementCollector()
        let parser = XMLParser(data: Data(body.readableBytesView))
        parser.delegate = collector
        _ = parser.parse()
        let value = { (name: String) in collector.values[name]?.first }
        if let key = value("AccessKeyId"), let secret = value("SecretAccessKey"), let token = value("SessionToken") {
            return S3Credentials(accessKeyId: key, secretAccessKey: secret, sessionToken: token, expiration: value("Expiration").flatMap(ISO8601.date))
        }
        let code = value("Code") ?? "no credentials in the answer"
        throw ObjectStoreError.accessDenied("STS: \(code)\(value("Message").map { ": \($0)" } ?? "")")
    }
}

/// AWS's timestamps, with or without fractional seconds.
enum ISO8601 {
    static func date(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text)
    }
}

/// Collects element texts, and each <Contents> entry's children. Used by one parse only.
private final class ElementCollector: NSObject, XMLParserDelegate {
    var values: [String: [String]] = [:]
    var contents: [[String: String]] = []
    private var text = ""
    private var current: [String: String]?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        text = ""
        if name == "Contents" { current = [:] }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "Contents" {
            if let current { contents.append(current) }
            current = nil
        } else if current != nil {
            current?[name] = text
        } else {
            values[name, default: []].append(text)
        }
        text = ""
    }
}
