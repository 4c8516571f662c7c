import Foundation

/// The provider a session talks to, and the model name its replies are stored under.
public struct ProviderChoice: Sendable {
    public static let offlineModel = "offline"

    public let provider: any ChatProvider
    public let model: String

    /// The offline engine when asked for (`--offline`) or when nothing points at a
    /// server (no `OPENAI_API_KEY`, no `OPENAI_BASE_URL`, no `--base-url`), so a fresh
    /// install works without a network; otherwise the OpenAI-compatible client.
    public static func resolve(
        environment: [String: String], model: String?, baseURL: String?, offline: Bool
    ) -> ProviderChoice {
        let configured = ["OPENAI_API_KEY", "OPENAI_BASE_URL"].contains { name in
            environment[name].map { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? false
        }
        guard !offline, configured || !(baseURL ?? "").isEmpty else {
            return ProviderChoice(provider: OfflineEngine(), model: offlineModel)
        }
        let configuration = OpenAIConfiguration.fromEnvironment(environment, model: model, baseURL: baseURL)
        return ProviderChoice(provider: OpenAIProvider(configuration: configuration), model: configuration.model)
    }
}
