import ControlPlane
import KafkaProtocol

/// DescribeTransactions (65), v0: each transactional id's producer, state, timeout, and the
/// partitions of its ongoing transaction.
struct DescribeTransactionsHandler: ImmediateKafkaApiHandler {
    typealias Request = DescribeTransactionsRequest
    static let versions: ClosedRange<Int16> = 0...0
    let services: AgentServices

    func handle(_ request: DescribeTransactionsRequest, context: RequestContext) async throws -> DescribeTransactionsResponse {
        var response = DescribeTransactionsResponse()
        var failure: KafkaErrorCode? = context.refusal(unless: .produce)?.code
        var records: [String: TransactionRecord] = [:]
        if failure == nil {
            do {
                for record in try await services.controlPlane.store.transactions() { records[record.transactionalId] = record }
            } catch {
                failure = ControlPlaneError.code(for: error, logger: context.logger)
            }
        }
        for id in request.transactionalIds {
            var state = DescribeTransactionsResponse.TransactionState()
            state.transactionalId = id
            let refused = context.transactionRefusal(.describeTransactions, on: id)?.code
            guard let record = records[id], failure == nil, refused == nil else {
                state.errorCode = (failure ?? refused ?? .transactionalIdNotFound).rawValue
                response.transactionStates.append(state)
                continue
            }
            state.transactionState = record.state.rawValue
            state.transactionTimeoutMs = record.timeoutMs
            state.transactionStartTimeMs = record.startedAtMs
            state.producerId = record.producerId
            state.producerEpoch = record.producerEpoch
            for (topicId, partitions) in Dictionary(grouping: record.partitions, by: \.topicId).sorted(by: { $0.key.hex < $1.key.hex }) {
                var topic = DescribeTransactionsResponse.TopicData()
                topic.topic = await services.controlPlane.topic(id: topicId)?.name ?? topicId.description
                topic.partitions = partitions.map(\.partition)
                state.topics.append(topic)
            }
            response.transactionStates.append(state)
        }
        return response
    }
}
