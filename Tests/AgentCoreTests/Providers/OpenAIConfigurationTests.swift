import Testing
@testable import AgentCore

@Suite struct OpenAIConfigurationTests {
    @Test func defaultsWithoutEnvironment() {
        let configuration = OpenAIConfiguration.fromEnvironment([:])
        #expect(configuration.baseURL == "https://api.openai.com/v1")
        #expect(configuration.apiKey == nil)
        #expect(configuration.model == "gpt-4o-mini")
    }

    @Test func readsTheEnvironmentAndFlagsWin() {
        let environment = ["OPENAI_BASE_URL": "http://localhost:11434/v1", "OPENAI_API_KEY": "sk-test",
                           "CHATTUI_MODEL": "llama3.2"]
        let fromEnvironment = OpenAIConfiguration.fromEnvironment(environment)
        #expect(fromEnvironment.baseURL == "http://localhost:11434/v1")
        #expect(fromEnvironment.apiKey == "sk-test")
        #expect(fromEnvironment.model == "llama3.2")

        let fromFlags = OpenAIConfiguration.fromEnvironment(environment, model: "qwen3", baseURL: "http://h:1/v1")
        #expect(fromFlags.model == "qwen3")
        #expect(fromFlags.baseURL == "http://h:1/v1")
    }

    @Test func emptyValuesCountAsUnset() {
        let configuration = OpenAIConfiguration.fromEnvironment(["OPENAI_API_KEY": "", "CHATTUI_MODEL": " "],
                                                                model: "", baseURL: "")
        #expect(configuration.apiKey == nil)
        #expect(configuration.model == OpenAIConfiguration.defaultModel)
        #expect(configuration.baseURL == OpenAIConfiguration.defaultBaseURL)
    }

    @Test func theDescriptionHidesTheKey() {
        let configuration = OpenAIConfiguration(apiKey: "sk-secret-123")
        #expect(!"\(configuration)".contains("sk-secret-123"))
        #expect(!String(reflecting: configuration).contains("sk-secret-123"))
    }

    @Test func completionsURLToleratesATrailingSlash() {
        #expect(OpenAIConfiguration(baseURL: "http://h/v1/").completionsURL == "http://h/v1/chat/completions")
        #expect(OpenAIConfiguration(baseURL: "http://h/v1").completionsURL == "http://h/v1/chat/completions")
    }
}
