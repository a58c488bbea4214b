import KafkaProtocol

/// DescribeCluster (60), v0-1: the agents serving the client, as brokers.
struct DescribeClusterHandler: ImmediateKafkaApiHandler {
    typealias Request = DescribeClusterRequest
    static let versions: ClosedRange<Int16> = 0...1
    let services: AgentServices

    func handle(_ request: DescribeClusterRequest, context: RequestContext) async throws -> DescribeClusterResponse {
        var response = DescribeClusterResponse()
        if context.apiVersion >= 1 {
            guard request.endpointType == 1 else {
                response.errorCode = KafkaErrorCode.unsupportedEndpointType.rawValue
                response.errorMessage = "only broker endpoints (type 1) are served"
                return response
            }
            response.endpointType = 1
        }
        response.clusterId = services.controlPlane.clusterId
        let serving = context.gate.serving()
        response.controllerId = serving.brokers.first?.nodeId ?? -1
        response.brokers = serving.brokers.map { node in
            var broker = DescribeClusterResponse.DescribeClusterBroker()
            broker.brokerId = node.nodeId
            broker.host = node.host
            broker.port = node.port
            broker.rack = node.rack
            return broker
        }
        return response
    }
}
