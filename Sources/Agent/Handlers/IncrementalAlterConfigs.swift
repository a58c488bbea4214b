import ControlPlane
import KafkaProtocol

/// IncrementalAlterConfigs (44), v0-1: SET, DELETE, APPEND and SUBTRACT on topic configs, with
/// validate_only. Changes apply without restarts: other agents pick them up with their next
/// heartbeat, the jobs role at its next pass.
struct IncrementalAlterConfigsHandler: ImmediateKafkaApiHandler {
    typealias Request = IncrementalAlterConfigsRequest
    static let versions: ClosedRange<Int16> = 0...1
    let services: AgentServices

    func handle(_ request: IncrementalAlterConfigsRequest, context: RequestContext) async throws -> IncrementalAlterConfigsResponse {
        let alteration = TopicConfigAlteration(services: services, context: context)
        var response = IncrementalAlterConfigsResponse()
        for resource in request.resources {
            var result = IncrementalAlterConfigsResponse.AlterConfigsResourceResponse()
            result.resourceType = resource.resourceType
            result.resourceName = resource.resourceName
            result.errorMessage = nil
            let failure = await alteration.alter(
                resourceType: resource.resourceType, resourceName: resource.resourceName, validateOnly: request.validateOnly,
                configNames: resource.configs.map(\.name)
            ) { current in
                let changes = try resource.configs.map { config in
                    guard let operation = TopicConfigs.Operation(rawValue: config.configOperation) else {
                        throw ControlPlaneError(.invalidRequest, "unknown config operation \(config.configOperation) for '\(config.name)'")
                    }
                    return TopicConfigs.Change(name: config.name, operation: operation, value: config.value)
                }
                return try TopicConfigs.incremental(changes, to: current)
            }
            if let failure {
                result.errorCode = failure.code.rawValue
                result.errorMessage = failure.message
            }
            response.responses.append(result)
        }
        return response
    }
}
