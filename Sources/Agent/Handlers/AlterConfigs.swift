import ControlPlane
import KafkaProtocol

/// AlterConfigs (33), v0-2: the legacy API. A topic's overrides become exactly the configs
/// given; every other config returns to its default, as in Kafka.
struct AlterConfigsHandler: ImmediateKafkaApiHandler {
    typealias Request = AlterConfigsRequest
    static let versions: ClosedRange<Int16> = 0...2
    let services: AgentServices

    func handle(_ request: AlterConfigsRequest, context: RequestContext) async throws -> AlterConfigsResponse {
        let alteration = TopicConfigAlteration(services: services, context: context)
        var response = AlterConfigsResponse()
        for resource in request.resources {
            var result = AlterConfigsResponse.AlterConfigsResourceResponse()
            result.resourceType = resource.resourceType
            result.resourceName = resource.resourceName
            result.errorMessage = nil
            let failure = await alteration.alter(
                resourceType: resource.resourceType, resourceName: resource.resourceName, validateOnly: request.validateOnly,
                configNames: resource.configs.map(\.name)
            ) { current in
                try TopicConfigs.replacing(with: resource.configs.map { ($0.name, $0.value) }, current: current)
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
