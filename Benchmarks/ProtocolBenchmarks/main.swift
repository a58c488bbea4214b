import Foundation
import KafkaProtocol
import NIOCore

// Protocol benchmarks. Run through Benchmarks/run.sh, which also runs the C baseline.
//   ProtocolBenchmarks core              CRC32C, header peek, Produce decode/encode
//   ProtocolBenchmarks codecs FILE       each codec on FILE's bytes
//   ProtocolBenchmarks write-corpus FILE writes the codec corpus
//   ProtocolBenchmarks policy            routing and ACL decisions with 1,000 rules
//   ProtocolBenchmarks metadata          a Metadata answer: 1,000 partitions, 50 agents

let arguments = CommandLine.arguments
switch arguments.dropFirst().first ?? "core" {
case "write-corpus":
    let corpus = Corpus.codecInput(bytes: 1 << 20)
    _ = FileManager.default.createFile(atPath: arguments[2], contents: Data(corpus.readableBytesView))
case "policy":
    try runPolicyBenchmarks()
case "metadata":
    try await runMetadataBenchmark()
case "codecs":
    let data = FileManager.default.contents(atPath: arguments[2])!
    let input = ByteBuffer(bytes: data)
    for codec in CompressionCodec.allCases where codec != .none {
        let compressed = try codec.compress(input)
        let compress = try measure { blackHole(try codec.compress(input)) }
        let decompress = try measure { blackHole(try codec.decompress(compressed, maxOutputBytes: 64 << 20)) }
        report("\(codec).compress", Double(input.readableBytes) / compress.seconds / 1e6, "MB/s")
        report("\(codec).decompress", Double(input.readableBytes) / decompress.seconds / 1e6, "MB/s")
        report("\(codec).ratio", Double(input.readableBytes) / Double(compressed.readableBytes), "x")
    }
default:
    runCoreBenchmarks()
}

func runCoreBenchmarks() {
    // CRC32C over 1 MiB.
    let megabyte = [UInt8]((0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) })
    let crc = measure { megabyte.withUnsafeBytes { blackHole(CRC32C.checksum($0)) } }
    report("crc32c", Double(megabyte.count) / crc.seconds / 1e9, "GB/s")
    print("# crc32c hardware path: \(CRC32C.isHardwareAccelerated)")

    // A 1 MiB Produce request: one topic, 4 partitions, 1 KiB records in 16 KiB batches.
    let records = Corpus.records(count: 1024, size: 1000)
    var produce = ProduceRequest()
    produce.acks = -1
    produce.timeoutMs = 30_000
    var topic = ProduceRequest.TopicProduceData()
    topic.name = "bench"
    var batchCount = 0
    for partition in 0..<4 {
        var data = ProduceRequest.PartitionProduceData()
        data.index = Int32(partition)
        var blob = ByteBuffer()
        for chunk in stride(from: partition * 256, to: (partition + 1) * 256, by: 16) {
            try! RecordBatch(records: Array(records[chunk..<chunk + 16]), baseTimestamp: 1_700_000_000_000).encode(into: &blob)
            batchCount += 1
        }
        data.records = blob
        topic.partitionData.append(data)
    }
    produce.topicData = [topic]
    var frame = ByteBuffer()
    try! frame.writeKafkaRequest(produce, version: 9, correlationId: 1, clientId: "bench")
    frame.moveReaderIndex(forwardBy: 4)
    let size = Double(frame.readableBytes)
    print("# produce request: \(frame.readableBytes) bytes, \(batchCount) batches")

    // Header peek: walk every batch header in one partition's records.
    let blob = produce.topicData[0].partitionData[0].records!
    let peek = measure {
        var walk = RecordBatchHeaders(blob)
        var count = 0
        while let (_, header) = walk.next() { count &+= Int(header.recordCount) }
        blackHole(count)
    }
    report("header-peek", peek.seconds * 1e9 / 16, "ns/batch")

    let decode = measure {
        let request = try! KafkaRequestFrame(frame: frame)
        blackHole(try! request.decodeBody(as: ProduceRequest.self))
    }
    // Records stay zero-copy slices, so this cost does not grow with the record bytes.
    report("produce.decode", size / decode.seconds / 1e6, "MB/s")
    report("produce.decode.time", decode.seconds * 1e6, "us/request")

    // What an agent does per request: decode, then peek and CRC-check every batch.
    let decodeAndVerify = measure {
        let request = try! KafkaRequestFrame(frame: frame)
        let body = try! request.decodeBody(as: ProduceRequest.self)
        for partition in body.topicData[0].partitionData {
            var walk = RecordBatchHeaders(partition.records!)
            while let (index, _) = walk.next() { try! RecordBatchHeader.verifyChecksum(partition.records!, at: index) }
        }
    }
    report("produce.decode+crc", size / decodeAndVerify.seconds / 1e6, "MB/s")

    var output = ByteBuffer()
    output.reserveCapacity(frame.readableBytes + 64)
    let encode = measure {
        output.clear()
        try! output.writeKafkaRequest(produce, version: 9, correlationId: 1, clientId: "bench")
    }
    report("produce.encode", size / encode.seconds / 1e6, "MB/s")
}
