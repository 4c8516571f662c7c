import Testing
import TestSupport
@testable import AgentCore

/// `GET {base}/models` over real HTTP to the fake server: the list, and the honest failures.
@Suite struct OpenAIProviderModelsTests {
    private static func provider(_ baseURL: String, key: String? = nil) -> OpenAIProvider {
        OpenAIProvider(configuration: OpenAIConfiguration(baseURL: baseURL, apiKey: key, model: "m", maxRetries: 0))
    }

    @Test func theServersListComesBackInItsOrderWithTheKey() async throws {
        let server = try await FakeOpenAIServer.start(requireKey: "sk-test", models: ["gpt-4o-mini", "llama3", "qwen2.5:7b"])
        defer { server.stop() }
        let names = try await Self.provider(server.baseURL, key: "sk-test").models()
        #expect(names == ["gpt-4o-mini", "llama3", "qwen2.5:7b"])
        let request = try #require(try server.recordedRequests().first)
        #expect(request.method == "GET")
        #expect(request.path == "/v1/models")
        #expect(request.authorized)
    }

    @Test func aServerWithoutTheEndpointIsSaidSo() async throws {
        let server = try await FakeOpenAIServer.start()
        defer { server.stop() }
        let error = await #expect(throws: ModelListError.self) { try await Self.provider(server.baseURL).models() }
        #expect(error == .noEndpoint(url: server.baseURL + "/models", status: 404))
        #expect(error?.description == "\(server.baseURL)/models does not list its models (HTTP 404). /model NAME still switches to a model it knows.")
    }

    @Test func aWrongKeyIsTheProvidersOwnWordsWithoutTheKey() async throws {
        let server = try await FakeOpenAIServer.start(requireKey: "sk-right", models: ["m"])
        defer { server.stop() }
        let error = await #expect(throws: ModelListError.self) {
            try await Self.provider(server.baseURL, key: "sk-wrong-key").models()
        }
        guard case .provider(.unauthorized(status: 401, _))? = error else {
            Issue.record("expected 401, got \(String(describing: error))")
            return
        }
        #expect(error?.description.contains("sk-wrong-key") == false)
    }

    @Test func nobodyListeningIsACannotConnect() async throws {
        let url = "http://127.0.0.1:9/v1"
        let error = await #expect(throws: ModelListError.self) { try await Self.provider(url).models() }
        #expect(error == .provider(.cannotConnect(url: url)))
    }
}
