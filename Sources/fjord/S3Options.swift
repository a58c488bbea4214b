import Foundation
import ObjectStore

/// Builds an S3 object store from `s3://BUCKET/PREFIX`, an endpoint and the AWS_* environment.
enum S3Options {
    static func store(bucket: String, endpoint: String?, region: String) throws -> (any ObjectStore, String) {
        guard bucket.hasPrefix("s3://") else { throw CommandFailure("--bucket must look like s3://BUCKET/PREFIX, got \(bucket)") }
        let path = bucket.dropFirst(5)
        let name = String(path.prefix { $0 != "/" })
        var prefix = String(path.dropFirst(name.count + 1))
        if !prefix.isEmpty && !prefix.hasSuffix("/") { prefix += "/" }
        guard !name.isEmpty else { throw CommandFailure("--bucket names no bucket: \(bucket)") }
        let environment = ProcessInfo.processInfo.environment
        guard let key = environment["AWS_ACCESS_KEY_ID"], let secret = environment["AWS_SECRET_ACCESS_KEY"] else {
            throw CommandFailure("set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY to use --bucket")
        }
        let endpointText = endpoint ?? "https://s3.\(region).amazonaws.com"
        guard let url = URL(string: endpointText), url.scheme != nil, url.host != nil else {
            throw CommandFailure("--s3-endpoint is not a URL: \(endpointText)")
        }
        var configuration = S3Configuration(endpoint: url, region: region, bucket: name, accessKeyId: key, secretAccessKey: secret)
        if endpoint == nil { configuration.addressing = .virtualHosted }
        return (S3ObjectStore(configuration: configuration), prefix)
    }
}
