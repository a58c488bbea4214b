import NIOCore
import NIOEmbedded
import NIOTestUtils
import Testing

@testable import KafkaProtocol

@Suite struct FramingTests {
    static func frame(_ body: [UInt8]) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeInteger(Int32(body.count))
        buffer.writeBytes(body)
        return buffer
    }

    @Test func decoderSplitsFramesWhicheverWayBytesArrive() throws {
        let frames: [[UInt8]] = [[1, 2, 3], [], Array(repeating: 7, count: 1000)]
        var input = ByteBuffer()
        for body in frames { input.writeImmutableBuffer(Self.frame(body)) }
        try ByteToMessageDecoderVerifier.verifyDecoder(
            inputOutputPairs: [(input, frames.map { ByteBuffer(bytes: $0) })],
            decoderFactory: { KafkaFrameDecoder() }
        )
    }

    @Test func oversizedLengthIsAnErrorNotAnAllocation() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(KafkaFrameDecoder(maxFrameSize: 1 << 20)))
        var prefix = ByteBuffer()
        prefix.writeInteger(Int32.max)  // a 2 GiB frame
        #expect(throws: KafkaFramingError.frameTooLarge(size: Int(Int32.max), limit: 1 << 20)) {
            try channel.writeInbound(prefix)
        }
        var negative = ByteBuffer()
        negative.writeInteger(Int32(-5))
        var decoder = KafkaFrameDecoder()
        #expect(throws: KafkaFramingError.negativeFrameSize(-5)) { try decoder.decode(buffer: &negative) }
    }

    @Test func requestHeadersAtEveryVersion() throws {
        // Metadata v12 is flexible (header v2); v8 is not (header v1).
        for version: Int16 in [8, 12] {
            var request = MetadataRequest()
            request.topics = [MetadataRequest.MetadataRequestTopic()]
            request.topics![0].name = "orders"
            var buffer = ByteBuffer()
            try buffer.writeKafkaRequest(request, version: version, correlationId: 42, clientId: "test-client")
            var decoder = KafkaFrameDecoder()
            let frame = try #require(try decoder.decode(buffer: &buffer))
            let parsed = try KafkaRequestFrame(frame: frame)
            #expect(parsed.headerVersion == (version >= 9 ? 2 : 1))
            #expect(parsed.correlationId == 42 && parsed.header.clientId == "test-client")
            #expect(try parsed.decodeBody(as: MetadataRequest.self) == request)
        }
    }

    @Test func responseHeaderV1CarriesTaggedFieldsButApiVersionsUsesV0() throws {
        var buffer = ByteBuffer()
        try buffer.writeKafkaResponse(MetadataResponse(), version: 12, correlationId: 7)
        // size, correlation id, empty tagged fields (1 byte), then the body.
        #expect(buffer.getInteger(at: 4, as: Int32.self) == 7 && buffer.getInteger(at: 8, as: UInt8.self) == 0)
        #expect(MetadataResponse.responseHeaderVersion(for: 12) == 1)
        #expect(ApiVersionsResponse.responseHeaderVersion(for: 3) == 0)
    }

    @Test func apiVersionsIsAnsweredAtAnyVersion() throws {
        var supported = ApiVersionsResponse.ApiVersion()
        supported.apiKey = 18
        supported.minVersion = 0
        supported.maxVersion = 4
        var produce = ApiVersionsResponse.ApiVersion()
        produce.apiKey = 0
        produce.maxVersion = 11
        // A future version: v0 layout, UNSUPPORTED_VERSION, ApiVersions' own range only.
        var answer = try ApiVersionsAnswer.frame(apis: [produce, supported], requestedVersion: 99, correlationId: 5)
        #expect(answer.readInteger(as: Int32.self) == Int32(answer.readableBytes))
        #expect(answer.readInteger(as: Int32.self) == 5)
        let fallback = try ApiVersionsResponse(from: &answer, version: 0)
        #expect(fallback.errorCode == KafkaErrorCode.unsupportedVersion.rawValue)
        #expect(fallback.apiKeys == [supported])
        #expect(answer.readableBytes == 0)
        // A known version answers normally.
        var normal = try ApiVersionsAnswer.frame(apis: [produce, supported], requestedVersion: 3, correlationId: 6)
        normal.moveReaderIndex(forwardBy: 8)
        #expect(try ApiVersionsResponse(from: &normal, version: 3).apiKeys.count == 2)
    }

    @Test func headerOfAFutureApiVersionsRequestIsReadAsFlexible() throws {
        #expect(KafkaRequestFrame.headerVersion(apiKey: 18, apiVersion: 9) == 2)
        #expect(KafkaRequestFrame.headerVersion(apiKey: 999, apiVersion: 0) == 1)
    }
}
