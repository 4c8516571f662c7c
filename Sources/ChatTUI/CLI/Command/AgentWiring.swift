import AgentCore
import Foundation
import Persistence

/// The agent as `ask` and the chat screen both set it up: the provider the options and the
/// environment choose, on the context's database.
struct AgentWiring {
    let agent: Agent
    /// What the status bar names: "offline", or the server's host and the model.
    let session: SessionInfo

    init(
        context: AppContext, options: ProviderOptions, environment: [String: String], systemPrompt: String? = nil,
        toolsEnabled: Bool = true
    ) throws {
        let choice = ProviderChoice.resolve(
            environment: environment, model: options.model, baseURL: options.baseURL, offline: options.offline)
        let settings = AgentSettings(
            model: choice.model, systemPrompt: systemPrompt, toolsEnabled: toolsEnabled,
            budget: try ContextBudget.fromEnvironment(environment))
        agent = Agent(conversations: context.conversations, provider: choice.provider, settings: settings)
        if let server = choice.provider as? OpenAIProvider {
            let baseURL = server.configuration.baseURL
            session = SessionInfo(
                provider: URL(string: baseURL)?.host ?? baseURL, model: choice.model, modelIsPinned: options.model != nil)
        } else {
            session = SessionInfo(provider: SessionInfo.offlineProvider, model: "engine")
        }
    }
}
