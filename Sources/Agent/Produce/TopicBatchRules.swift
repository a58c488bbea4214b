import ControlPlane
import KafkaProtocol
import NIOCore

/// What a topic's configs ask of each batch produced to it, applied before the batch is
/// buffered: max.message.bytes, keys on compacted topics, compression.type and
/// message.timestamp.type. Pure: time comes in as `nowMs`.
struct TopicBatchRules: Sendable {
    /// The largest batch accepted, in bytes.
    var maxBatchBytes: Int
    /// cleanup.policy includes compact: every record needs a key.
    var compacted: Bool
    /// The codec batches are stored with; nil keeps the producer's (compression.type=producer).
    var codec: CompressionCodec?
    /// message.timestamp.type=LogAppendTime: the agent stamps each batch.
    var logAppendTime: Bool

    init(configs: [String: String], brokerMaxBatchBytes: Int) {
        maxBatchBytes = configs["max.message.bytes"].flatMap(Int.init) ?? brokerMaxBatchBytes
        compacted = TopicConfigs.listItems(TopicConfigs.value("cleanup.policy", in: configs) ?? "").contains("compact")
        codec = Self.codec(named: TopicConfigs.value("compression.type", in: configs) ?? "producer")
        logAppendTime = TopicConfigs.value("message.timestamp.type", in: configs) == "LogAppendTime"
    }

    static func codec(named name: String) -> CompressionCodec? {
        switch name {
        case "uncompressed": CompressionCodec.none
        case "gzip": .gzip
        case "snappy": .snappy
        case "lz4": .lz4
        case "zstd": .zstd
        default: nil
        }
    }

    /// Whether batches must be decoded at all (the common case needs no decoding).
    var rewritesOrInspects: Bool { compacted || codec != nil || logAppendTime }

    /// The batch to store: `batch` itself, or a re-encoded copy. Throws the failure the
    /// partition answers with. `batch` has been checked (magic, CRC, length) already.
    func apply(to batch: ByteBuffer, header: RecordBatchHeader, nowMs: Int64) throws(ProduceHandler.ValidationFailure) -> ByteBuffer {
        guard header.totalSize <= maxBatchBytes else {
            throw .init(.messageTooLarge, "batch of \(header.totalSize) bytes exceeds the topic's max.message.bytes of \(maxBatchBytes)")
        }
        guard rewritesOrInspects, !header.attributes.isControl else { return batch }
        let recode = codec.map { $0 != header.attributes.compression } ?? false
        var decoded: RecordBatch?
        if compacted || recode {
            var input = batch
            do {
                decoded = try RecordBatch(from: &input)
            } catch {
                throw .init(.corruptMessage, "record batch could not be decoded: \(error)")
            }
            if compacted, decoded!.records.contains(where: { $0.key == nil }) {
                throw .init(.invalidRecord, "a compacted topic cannot accept a record without a key")
            }
        }
        guard recode || logAppendTime else { return batch }
        if recode, var rebuilt = decoded {
            let kept = header.attributes
            rebuilt.attributes = RecordBatchAttributes(
                compression: codec!, logAppendTime: logAppendTime || kept.isLogAppendTime, isTransactional: kept.isTransactional)
            if logAppendTime { rebuilt.maxTimestamp = nowMs }
            var output = ByteBuffer()
            do {
                try rebuilt.encode(into: &output)
            } catch {
                throw .init(.corruptMessage, "record batch could not be recompressed with \(codec!): \(error)")
            }
            return output
        }
        var stamped = ByteBuffer()
        stamped.writeImmutableBuffer(batch)
        RecordBatchHeader.stampLogAppendTime(&stamped, at: 0, timestamp: nowMs)
        return stamped
    }
}
