import AgentCore

extension ModelListing {
    /// Asks the provider's server for its models; the offline engine has none to offer.
    static func asking(_ provider: any ChatProvider) async -> ModelListing {
        guard let server = provider as? OpenAIProvider else {
            return .unavailable("The offline engine has no models.")
        }
        do {
            return .models(try await server.models())
        } catch {
            return .unavailable(error.description)
        }
    }
}
