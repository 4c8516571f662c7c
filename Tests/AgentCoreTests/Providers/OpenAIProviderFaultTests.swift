import Testing
import TestSupport
@testable import AgentCore

/// The provider against the fake server over real HTTP: every fault becomes a typed error.
@Suite struct OpenAIProviderFaultTests {
    static let key = "sk-test-4f9a2c71e0"

    static func provider(_ baseURL: String, key: String? = key, maxRetries: Int = 3,
                         sleeper: SleepRecorder = SleepRecorder(),
                         idleTimeout: Duration = .seconds(30)) -> OpenAIProvider {
        OpenAIProvider(configuration: OpenAIConfiguration(baseURL: baseURL, apiKey: key, model: "test-model",
                                                          idleTimeout: idleTimeout, maxRetries: maxRetries),
                       sleep: sleeper.sleeper)
    }

    static func expectNoKey(in error: ProviderError?, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!"\(error.map(String.init(describing:)) ?? "")".contains(key), sourceLocation: sourceLocation)
    }

    @Test func aWrongKeyIsUnauthorizedAndNeverQuoted() async throws {
        // The server's 401 message echoes the Authorization header it got, key included.
        let server = try await FakeOpenAIServer.start(requireKey: "sk-the-right-one")
        defer { server.stop() }
        let outcome = await Self.provider(server.baseURL).outcome(of: .user("hi"))

        guard case .unauthorized(401, let message)? = outcome.error else {
            Issue.record("expected unauthorized, got \(String(describing: outcome.error))")
            return
        }
        #expect(message?.contains("[redacted]") == true)
        #expect(outcome.error?.description.contains("OPENAI_API_KEY") == true)
        Self.expectNoKey(in: outcome.error)
        #expect(try server.recordedRequests().first?.authorized == false)
    }

    @Test func notFoundNamesTheModel() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"status": 404, "message": "The model `test-model` does not exist"}]"#)
        defer { server.stop() }
        let outcome = await Self.provider(server.baseURL).outcome(of: .user("hi"))
        #expect(outcome.error == .notFound(url: server.baseURL, model: "test-model",
                                           message: "The model `test-model` does not exist"))
        #expect(outcome.error?.description.contains("'test-model'") == true)
    }

    @Test func badRequestCarriesTheServerMessageWithoutTheKey() async throws {
        let server = try await FakeOpenAIServer.start(script: #"""
            [{"status": 400, "message": "Invalid value for 'temperature' (you sent key \#(Self.key))"}]
            """#)
        defer { server.stop() }
        let outcome = await Self.provider(server.baseURL).outcome(of: .user("hi"))
        #expect(outcome.error == .badRequest(status: 400,
                                             message: "Invalid value for 'temperature' (you sent key [redacted])"))
        Self.expectNoKey(in: outcome.error)
    }

    @Test func aRequestBreakingTheToolOrderIsRejectedByTheValidator() async throws {
        let server = try await FakeOpenAIServer.start()
        defer { server.stop() }
        let request = ChatRequest(model: "m", messages: [.user("hi"), .tool(callID: "nobody", result: "{}")], tools: [])
        let outcome = await Self.provider(server.baseURL).outcome(of: request)

        guard case .badRequest(400, let message?)? = outcome.error else {
            Issue.record("expected badRequest, got \(String(describing: outcome.error))")
            return
        }
        #expect(message.contains("tool_call_id"))
        #expect(try server.recordedRequests().first?.valid == false)
    }

    @Test func aModelWithoutToolsSaysSo() async throws {
        let server = try await FakeOpenAIServer.start(script: #"""
            [{"status": 400, "message": "registry.ollama.ai/library/gemma:2b does not support tools"}]
            """#)
        defer { server.stop() }
        let outcome = await Self.provider(server.baseURL).outcome(of: .user("hi", tools: [.addTask]))
        #expect(outcome.error == .toolsUnsupported(model: "test-model",
                                                   message: "registry.ollama.ai/library/gemma:2b does not support tools"))
        #expect(outcome.error?.description.contains("--no-tools") == true)
    }

    @Test func rateLimitIsRetriedAfterTheServersDelay() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"status": 429, "retry_after": 1}, {"text": "made it"}]"#)
        defer { server.stop() }
        let sleeper = SleepRecorder()
        let outcome = await Self.provider(server.baseURL, sleeper: sleeper).outcome(of: .user("hi"))

        #expect(outcome.error == nil)
        #expect(outcome.text == "made it")
        #expect(await sleeper.delays == [.seconds(1)])
        #expect(try server.recordedRequests().count == 2)
    }

    @Test func serverErrorsAreRetriedThenGivenUp() async throws {
        let server = try await FakeOpenAIServer.start(script: #"""
            [{"status": 500}, {"status": 502, "body": "<html>Bad Gateway</html>"}, {"status": 500}, {"status": 503, "message": "Overloaded"}]
            """#)
        defer { server.stop() }
        let sleeper = SleepRecorder()
        let outcome = await Self.provider(server.baseURL, sleeper: sleeper).outcome(of: .user("hi"))

        #expect(outcome.error == .server(status: 503, message: "Overloaded"))
        #expect(try server.recordedRequests().count == 4)
        let delays = await sleeper.delays
        #expect(delays.count == 3)
        #expect(delays.allSatisfy { $0 > .zero && $0 <= .seconds(30) })
    }

    @Test func aConnectionClosedBeforeAnyReplyIsRetried() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"close_without_reply": true}, {"text": "hello"}]"#)
        defer { server.stop() }
        let outcome = await Self.provider(server.baseURL).outcome(of: .user("hi"))
        #expect(outcome.error == nil)
        #expect(outcome.text == "hello")
        #expect(try server.recordedRequests().count == 2)
    }

    @Test func aDroppedStreamEndedEarlyAndIsNotRetried() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"text": "Hello there", "chunk_size": 5, "drop_after_chunks": 2}]"#)
        defer { server.stop() }
        let outcome = await Self.provider(server.baseURL).outcome(of: .user("hi"))
        #expect(outcome.text == "Hello")
        #expect(outcome.error == .streamEndedEarly)
        #expect(try server.recordedRequests().count == 1)
    }

    @Test func aMalformedChunkIsReported() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"malformed": true, "text": "never"}]"#)
        defer { server.stop() }
        let outcome = await Self.provider(server.baseURL).outcome(of: .user("hi"))
        guard case .malformedChunk? = outcome.error else {
            Issue.record("expected malformedChunk, got \(String(describing: outcome.error))")
            return
        }
        #expect(outcome.text == "")
    }

    @Test func aClosedPortCannotConnect() async throws {
        let outcome = await Self.provider("http://127.0.0.1:1/v1").outcome(of: .user("hi"))
        #expect(outcome.error == .cannotConnect(url: "http://127.0.0.1:1/v1"))
        #expect(outcome.error?.description.hasPrefix(
            "Could not connect to http://127.0.0.1:1/v1 — is the server running?") == true)
    }

    @Test func aSilentServerTimesOut() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"delay": 4}]"#)
        defer { server.stop() }
        // The server would answer after four seconds; timing out means the one-second idle
        // limit fired first.
        let outcome = await Self.provider(server.baseURL, idleTimeout: .seconds(1)).outcome(of: .user("hi"))
        #expect(outcome.error == .timedOut(url: server.baseURL))
    }

    @Test func aToolMessageWithoutCallIDIsRefusedBeforeSending() async throws {
        let request = ChatRequest(model: "m", messages: [ChatMessage(role: .tool, content: "{}")], tools: [])
        let outcome = await Self.provider("http://127.0.0.1:1/v1").outcome(of: request)
        #expect(outcome.error == .invalidRequest("A tool message has no tool_call_id"))
    }

    @Test func anUnknownHostIsReportedAsSuch() async throws {
        let outcome = await Self.provider("http://chattui-test.invalid/v1").outcome(of: .user("hi"))
        #expect(outcome.error == .hostNotFound(url: "http://chattui-test.invalid/v1"))
    }

    @Test func tlsToAPlainServerFailsAsTLS() async throws {
        let server = try await FakeOpenAIServer.start()
        defer { server.stop() }
        let url = "https://127.0.0.1:\(server.port)/v1"
        let outcome = await Self.provider(url).outcome(of: .user("hi"))
        guard case .tls(url, _)? = outcome.error else {
            Issue.record("expected a TLS error, got \(String(describing: outcome.error))")
            return
        }
    }

    /// Whatever the server says, the key goes out in the header and never comes back in an error.
    @Test(arguments: [
        #"[{"status": 404, "message": "no model for key \#(key)"}]"#,
        #"[{"status": 429, "body": {"error": "slow down, \#(key)"}}]"#,
        #"[{"status": 500, "body": "key=\#(key)"}]"#,
        #"[{"status": 403, "body": {"detail": "\#(key) is not allowed"}}]"#,
        #"[{"text": "partial", "drop_after_chunks": 2}]"#,
        #"[{"malformed": true}]"#,
    ])
    func theKeyIsSentButNeverShown(script: String) async throws {
        let server = try await FakeOpenAIServer.start(script: script)
        defer { server.stop() }
        let outcome = await Self.provider(server.baseURL, maxRetries: 0).outcome(of: .user("hi"))

        #expect(outcome.error != nil)
        Self.expectNoKey(in: outcome.error)
        #expect(try server.recordedRequests().first?.headers["authorization"] == "Bearer <redacted>")
    }
}
