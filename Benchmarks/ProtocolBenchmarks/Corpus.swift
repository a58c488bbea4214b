import Foundation
import KafkaProtocol
import NIOCore
import ProtocolFuzzing

/// Deterministic benchmark data: JSON-like log records, the shape most Kafka topics carry.
enum Corpus {
    static func records(count: Int, size: Int) -> [Record] {
        var random = SplitMix64(seed: 7)
        let levels = ["INFO", "WARN", "DEBUG", "ERROR"]
        let services = ["checkout", "payments", "search", "inventory", "auth"]
        return (0..<count).map { index in
            var line =
                "{\"ts\":\(1_700_000_000_000 + index),\"level\":\"\(levels[Int(random.next() % 4)])\",\"service\":\"\(services[Int(random.next() % 5)])\",\"user\":\(random.next() % 100_000),\"msg\":\""
            while line.utf8.count < size - 2 { line += "word\(random.next() % 500) " }
            line = String(line.utf8.prefix(size - 2))! + "\"}"
            return Record(
                timestampDelta: Int64(index), key: ByteBuffer(string: "user-\(random.next() % 1000)"),
                value: ByteBuffer(string: line), headers: [RecordHeader(key: "trace", value: ByteBuffer(string: "abc"))])
        }
    }

    /// About `bytes` of plain record-batch body, the input the codecs see in a producer.
    static func codecInput(bytes: Int) -> ByteBuffer {
        var buffer = ByteBuffer()
        for record in records(count: bytes / 1000 + 1, size: 1000) { record.encode(into: &buffer) }
        return buffer.getSlice(at: 0, length: bytes)!
    }
}
