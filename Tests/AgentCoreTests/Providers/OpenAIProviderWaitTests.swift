import Testing
import TestSupport
@testable import AgentCore

/// Waits are announced before they happen, and a wait longer than the cap is refused.
@Suite struct OpenAIProviderWaitTests {
    @Test func eachRetryIsAnnouncedWithItsDelayAndCount() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"status": 429, "retry_after": 2}, {"status": 503, "retry_after": 1}, {"text": "ok"}]"#)
        defer { server.stop() }
        let outcome = await OpenAIProviderFaultTests.provider(server.baseURL).outcome(of: .user("hi"))
        let waits = outcome.events.compactMap { if case .waiting(let wait) = $0 { wait } else { nil } }
        #expect(waits == [.retrying(reason: "server busy (HTTP 429)", delay: .seconds(2), attempt: 1, limit: 3),
                          .retrying(reason: "server error (HTTP 503)", delay: .seconds(1), attempt: 2, limit: 3)])
        #expect(waits.first?.description == "server busy (HTTP 429), retrying in 2 s (1/3)…")
        #expect(outcome.text == "ok")
    }

    @Test func aRetryAfterLongerThanTheCapFailsAtOnce() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"status": 429, "retry_after": 3600, "message": "Quota exceeded."}]"#)
        defer { server.stop() }
        let sleeper = SleepRecorder()
        let outcome = await OpenAIProviderFaultTests.provider(server.baseURL, sleeper: sleeper).outcome(of: .user("hi"))
        #expect(outcome.error == .retryTooLong(status: 429, wait: .seconds(3600), message: "Quota exceeded."))
        #expect(outcome.error?.description.contains("wait 60 min") == true)
        #expect(outcome.error?.description.contains("try again later") == true)
        #expect(await sleeper.delays == [])
        #expect(try server.recordedRequests().count == 1)
    }

    @Test func aSilentServerIsAnnouncedBeforeItTimesOut() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"delay": 6}]"#)
        defer { server.stop() }
        let provider = OpenAIProvider(configuration: OpenAIConfiguration(
            baseURL: server.baseURL, model: "m", idleTimeout: .seconds(4), silenceNotice: .seconds(1), maxRetries: 0))
        let outcome = await provider.outcome(of: .user("hi"))
        #expect(outcome.error == .timedOut(url: server.baseURL))
        guard case .waiting(.silent(let silence, let limit))? = outcome.events.first else {
            Issue.record("expected a silence notice first, got \(outcome.events)")
            return
        }
        #expect(silence >= .seconds(1))
        #expect(limit == .seconds(4))
    }
}
