import KafkaProtocol
import NIOCore

/// A commit or abort marker: the control batch a transaction's end leaves in each of its
/// partitions, at an offset of its own.
///
/// Fjord keeps markers in the batch index, not in objects: the index row holds these fields,
/// and `controlBatch()` gives the bytes clients expect (Kafka's EndTransactionMarker, key
/// version 0, value version 0), the same bytes every time.
public struct TransactionMarker: Hashable, Sendable, Codable {
    public var producerId: Int64
    public var producerEpoch: Int16
    public var isCommit: Bool
    /// When the transaction ended (the batch's timestamps).
    public var timestampMs: Int64

    public init(producerId: Int64, producerEpoch: Int16, isCommit: Bool, timestampMs: Int64) {
        self.producerId = producerId
        self.producerEpoch = producerEpoch
        self.isCommit = isCommit
        self.timestampMs = timestampMs
    }

    /// The control batch, at base offset 0 (the fetch path stamps the real offset).
    public func controlBatch() -> ByteBuffer {
        // Fjord's coordinator has no coordinator epochs (no leader moves): always 0.
        let record = ControlRecord(kind: isCommit ? .commit : .abort, coordinatorEpoch: 0).record
        var batch = RecordBatch(records: [record], baseTimestamp: timestampMs, producerId: producerId, producerEpoch: producerEpoch, baseSequence: -1)
        batch.attributes = RecordBatchAttributes(isTransactional: true, isControl: true)
        var bytes = ByteBuffer()
        try! batch.encode(into: &bytes)  // uncompressed: encoding cannot fail
        return bytes
    }

    /// The length of every marker's control batch.
    public static let batchLength = TransactionMarker(producerId: 0, producerEpoch: 0, isCommit: true, timestampMs: 0).controlBatch().readableBytes
}
