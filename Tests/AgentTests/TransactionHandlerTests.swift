import KafkaProtocol
import NIOCore
import Testing

@testable import Agent

/// The transaction APIs over the wire on an embedded cluster, including the admin ones the
/// Python clients cannot call (DescribeProducers, DescribeTransactions, ListTransactions).
@Suite struct TransactionHandlerTests {
    static func transactionalBatch(_ values: [String], producerId: Int64, epoch: Int16, sequence: Int32) throws -> ByteBuffer {
        var buffer = ByteBuffer()
        try RecordBatch(
            records: values.map { Record(value: ByteBuffer(string: $0)) }, baseTimestamp: 1_700_000_000_000, producerId: producerId,
            producerEpoch: epoch, baseSequence: sequence, isTransactional: true
        ).encode(into: &buffer)
        return buffer
    }

    @Test func aTransactionThroughEveryAPI() async throws {
        try await EmbeddedClusterTests.withCluster { _, client in
            var create = CreateTopicsRequest()
            var topic = CreateTopicsRequest.CreatableTopic()
            topic.name = "ledger"
            topic.numPartitions = 1
            topic.replicationFactor = 1
            create.topics = [topic]
            _ = try await client.send(create, version: 5)

            var find = FindCoordinatorRequest()
            find.keyType = 1
            find.coordinatorKeys = ["app"]
            #expect(try await client.send(find, version: 4).coordinators.map(\.errorCode) == [0])

            var initialize = InitProducerIdRequest()
            initialize.transactionalId = "app"
            initialize.transactionTimeoutMs = 60_000
            let producer = try await client.send(initialize, version: 4)
            #expect(producer.errorCode == 0 && producer.producerEpoch == 0)

            // A transactional batch before AddPartitionsToTxn is refused.
            var early = EmbeddedClusterTests.produceRequest(
                topic: "ledger", try Self.transactionalBatch(["x"], producerId: producer.producerId, epoch: 0, sequence: 0))
            early.transactionalId = "app"
            #expect(try await client.send(early, version: 9).responses[0].partitionResponses[0].errorCode == KafkaErrorCode.invalidTxnState.rawValue)

            var add = AddPartitionsToTxnRequest()
            add.v3AndBelowTransactionalId = "app"
            add.v3AndBelowProducerId = producer.producerId
            add.v3AndBelowProducerEpoch = 0
            var addTopic = AddPartitionsToTxnRequest.AddPartitionsToTxnTopic()
            addTopic.name = "ledger"
            addTopic.partitions = [0]
            var unknown = addTopic
            unknown.name = "nowhere"
            add.v3AndBelowTopics = [addTopic, unknown]
            // An unknown partition fails the request; the others are not attempted.
            let refused = try await client.send(add, version: 3).resultsByTopicV3AndBelow.map { $0.resultsByPartition[0].partitionErrorCode }
            #expect(refused == [KafkaErrorCode.operationNotAttempted.rawValue, KafkaErrorCode.unknownTopicOrPartition.rawValue])
            add.v3AndBelowTopics = [addTopic]
            #expect(try await client.send(add, version: 3).resultsByTopicV3AndBelow[0].resultsByPartition[0].partitionErrorCode == 0)

            var produce = early
            produce.topicData[0].partitionData[0].records = try Self.transactionalBatch(["a", "b"], producerId: producer.producerId, epoch: 0, sequence: 0)
            #expect(try await client.send(produce, version: 9).responses[0].partitionResponses[0].errorCode == 0)

            var describeProducers = DescribeProducersRequest()
            var producersTopic = DescribeProducersRequest.TopicRequest()
            producersTopic.name = "ledger"
            producersTopic.partitionIndexes = [0, 5]
            describeProducers.topics = [producersTopic]
            let producers = try await client.send(describeProducers, version: 0).topics[0].partitions
            #expect(producers[0].activeProducers.map(\.producerId) == [producer.producerId])
            #expect(producers[0].activeProducers.first?.currentTxnStartOffset == 0 && producers[0].activeProducers.first?.lastSequence == 1)
            #expect(producers[1].errorCode == KafkaErrorCode.unknownTopicOrPartition.rawValue)

            var list = ListTransactionsRequest()
            list.stateFilters = ["Ongoing", "Bogus"]
            let listed = try await client.send(list, version: 1)
            #expect(listed.transactionStates.map(\.transactionalId) == ["app"] && listed.unknownStateFilters == ["Bogus"])
            var describe = DescribeTransactionsRequest()
            describe.transactionalIds = ["app", "missing"]
            let described = try await client.send(describe, version: 0).transactionStates
            #expect(described[0].transactionState == "Ongoing" && described[0].topics.map(\.topic) == ["ledger"])
            #expect(described[1].errorCode == KafkaErrorCode.transactionalIdNotFound.rawValue)

            var end = EndTxnRequest()
            end.transactionalId = "app"
            end.producerId = producer.producerId
            end.producerEpoch = 0
            end.committed = true
            #expect(try await client.send(end, version: 3).errorCode == 0)
            #expect(try await client.send(end, version: 3).errorCode == 0)  // a retry
            end.producerEpoch = 5
            #expect(try await client.send(end, version: 3).errorCode == KafkaErrorCode.producerFenced.rawValue)

            // read_committed sees both records and the marker at offset 2; the LSO is past it.
            var fetch = EmbeddedClusterTests.fetchRequest(topic: "ledger", offset: 0)
            fetch.isolationLevel = 1
            let partition = try await client.send(fetch, version: 12).responses[0].partitions[0]
            #expect(partition.lastStableOffset == 3 && partition.highWatermark == 3 && partition.abortedTransactions == [])
            var records = try #require(partition.records)
            var batches: [RecordBatch] = []
            while records.readableBytes > 0 { batches.append(try RecordBatch(from: &records)) }
            #expect(batches.map(\.baseOffset) == [0, 2] && batches[1].attributes.isControl)
        }
    }
}
