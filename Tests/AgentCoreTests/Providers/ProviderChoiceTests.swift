import Testing
@testable import AgentCore

@Suite struct ProviderChoiceTests {
    @Test func nothingConfiguredMeansTheOfflineEngine() {
        for environment in [[:], ["OPENAI_API_KEY": "", "OPENAI_BASE_URL": "  "]] {
            let choice = ProviderChoice.resolve(environment: environment, model: nil, baseURL: nil, offline: false)
            #expect(choice.provider is OfflineEngine)
            #expect(choice.model == "offline")
        }
    }

    @Test func aKeyABaseURLOrTheFlagMeansTheServer() throws {
        let cases: [([String: String], String?)] = [
            (["OPENAI_API_KEY": "sk-x"], nil),
            (["OPENAI_BASE_URL": "http://127.0.0.1:11434/v1"], nil),
            ([:], "http://127.0.0.1:8080/v1"),
        ]
        for (environment, baseURL) in cases {
            let choice = ProviderChoice.resolve(environment: environment, model: nil, baseURL: baseURL, offline: false)
            #expect(choice.provider is OpenAIProvider)
            #expect(choice.model == OpenAIConfiguration.defaultModel)
        }
    }

    @Test func theModelComesFromTheFlagThenTheEnvironment() throws {
        let environment = ["OPENAI_API_KEY": "sk-x", "CHATTUI_MODEL": "from-env"]
        #expect(ProviderChoice.resolve(environment: environment, model: nil, baseURL: nil, offline: false).model == "from-env")
        #expect(ProviderChoice.resolve(environment: environment, model: "flag", baseURL: nil, offline: false).model == "flag")
    }

    @Test func offlineWinsOverAConfiguredServer() {
        let choice = ProviderChoice.resolve(
            environment: ["OPENAI_API_KEY": "sk-x"], model: "gpt-4o", baseURL: "http://x/v1", offline: true)
        #expect(choice.provider is OfflineEngine)
        #expect(choice.model == "offline")
    }
}
