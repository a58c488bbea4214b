import Foundation
import NIOCore
import Testing

@testable import ObjectStore

@Suite struct SigV4Tests {
    /// The "GET Object" example from AWS's Signature Version 4 documentation for S3.
    @Test func matchesAWSDocumentedExample() {
        let signer = SigV4Signer(accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", region: "us-east-1")
        let date = Date(timeIntervalSince1970: 1_369_353_600)  // 2013-05-24T00:00:00Z
        let headers = signer.sign(
            method: "GET", path: "/test.txt", query: [],
            headers: ["host": "examplebucket.s3.amazonaws.com", "range": "bytes=0-9"],
            payloadHash: SigV4Signer.emptyPayloadHash, date: date)
        #expect(
            headers["Authorization"] == "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")
    }

    @Test func addressingStyles() {
        var configuration = S3Configuration(
            endpoint: URL(string: "https://s3.eu-west-1.amazonaws.com")!, region: "eu-west-1",
            bucket: "fjord", accessKeyId: "a", secretAccessKey: "b")
        #expect(configuration.location(of: "data/x y.seg").url == "https://s3.eu-west-1.amazonaws.com/fjord/data/x%20y.seg")
        configuration.addressing = .virtualHosted
        let location = configuration.location(of: "data/x.seg")
        #expect(location.url == "https://fjord.s3.eu-west-1.amazonaws.com/data/x.seg" && location.host == "fjord.s3.eu-west-1.amazonaws.com")
        #expect(location.path == "/data/x.seg")
    }
}

@Suite struct S3ChecksumTests {
    /// The CRC32C check value (RFC 3720's "123456789" vector), as S3 wants it: base64 of
    /// the big-endian bytes E3 06 92 83.
    @Test func crc32cIsBase64OfTheBigEndianValue() {
        #expect(S3Checksum.crc32c(ByteBuffer(string: "123456789")) == "4waSgw==")
        #expect(S3Checksum.crc32c(ByteBuffer()) == "AAAAAA==")
    }
}
