import ControlPlane
import KafkaProtocol

/// ListPartitionReassignments (46), v0: Fjord never moves partitions between replicas (it
/// has none), so no reassignment is ever in progress and the answer is always empty.
struct ListPartitionReassignmentsHandler: ImmediateKafkaApiHandler {
    typealias Request = ListPartitionReassignmentsRequest
    static let versions: ClosedRange<Int16> = 0...0
    let services: AgentServices

    func handle(_ request: ListPartitionReassignmentsRequest, context: RequestContext) async throws -> ListPartitionReassignmentsResponse {
        var response = ListPartitionReassignmentsResponse()
        response.errorMessage = nil
        return response
    }
}
