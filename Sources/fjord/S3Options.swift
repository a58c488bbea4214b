import Foundation
import ObjectStore

/// Builds an S3 object store from `s3://BUCKET/PREFIX`, an endpoint and the AWS_* environment
/// (static keys, a web identity role, or container credentials: `AWSCredentialProviders`;
/// `AWS_CA_BUNDLE` for an endpoint behind a private CA).
enum S3Options {
    static func store(bucket: String, endpoint: String?, region: String) throws -> (any ObjectStore, String) {
        guard bucket.hasPrefix("s3://") else { throw CommandFailure("--bucket must look like s3://BUCKET/PREFIX, got \(bucket)") }
        let path = bucket.dropFirst(5)
        let name = String(path.prefix { $0 != "/" })
        var prefix = String(path.dropFirst(name.count + 1))
        if !prefix.isEmpty && !prefix.hasSuffix("/") { prefix += "/" }
        guard !name.isEmpty else { throw CommandFailure("--bucket names no bucket: \(bucket)") }
        let environment = ProcessInfo.processInfo.environment
        let credentials: any S3CredentialSource
        do {
            credentials = try AWSCredentialProviders.fromEnvironment(environment, region: region)
        } catch {
            throw CommandFailure("\(error)")
        }
        let endpointText = endpoint ?? "https://s3.\(region).amazonaws.com"
        guard let url = URL(string: endpointText), url.scheme != nil, url.host != nil else {
            throw CommandFailure("--s3-endpoint is not a URL: \(endpointText)")
        }
        var configuration = S3Configuration(endpoint: url, region: region, bucket: name, credentials: credentials)
        if endpoint == nil { configuration.addressing = .virtualHosted }
        do {
            return (try S3ObjectStore(configuration: configuration, caBundlePath: environment["AWS_CA_BUNDLE"]), prefix)
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
