import AgentCore
import Foundation
import Persistence
import Testing
import TestSupport

/// `chattui ask` against streams in the shapes real servers send, and against servers that
/// make it wait or quote escape sequences back.
@Suite(.serialized) struct AskServerShapesTests {
    /// An OSC title change, a screen clear and an OSC 52 clipboard write.
    static let hostile = "\u{1B}]0;owned title\u{07} then \u{1B}[2J cleared \u{1B}]52;c;b3duZWQ=\u{07} clipboard"

    static func expectInert(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let controls = text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
        #expect(controls.isEmpty, "control characters reached stderr: \(text.debugDescription)",
                sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        #"[{"status": 400, "message": "bad \#(hostile)"}]"#,
        #"[{"raw_stream": "hostile_error_field.sse"}]"#,
        #"[{"raw_stream": "hostile_malformed.sse"}]"#,
    ])
    func serverTextReachesStderrInert(script: String) async throws {
        let server = try await FakeOpenAIServer.start(script: script.replacingOccurrences(of: "\u{1B}", with: #"\u001b"#)
            .replacingOccurrences(of: "\u{07}", with: #"\u0007"#))
        let sandbox = try Sandbox()
        sandbox.use(server)

        let run = try await sandbox.launch(["ask", "hello"])

        #expect(run.status == 1)
        #expect(run.stderr.contains("cleared"), "\(run.stderr)")
        Self.expectInert(run.stderr)
        Self.expectInert(run.stdout)
    }

    @Test func thinkingModeReasoningGoesBackOnTheTurnsToolCallMessage() async throws {
        // The second request is held to DeepSeek's rule; the third, a new turn, is not.
        let server = try await FakeOpenAIServer.start(script: #"""
            [{"reasoning": "A task named Water the ferns.", "chunk_size": 5,
              "tool_calls": [{"name": "add_task", "arguments": "{\"title\": \"Water the ferns\"}"}]},
             {"require_reasoning_roundtrip": true, "reasoning": "Done, say so.", "text": "Added it."},
             {"require_reasoning_roundtrip": true, "text": "You have one task."}]
            """#)
        let sandbox = try Sandbox()
        sandbox.use(server)

        let first = try await sandbox.launch(["ask", "Remind me to water the ferns"])
        let second = try await sandbox.launch(["ask", "-r", "1", "What do I have?"])

        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "Added it.\n")
        #expect(second.status == 0, "\(second.stderr)")
        try server.expectEveryRequestValid()
        let requests = try server.recordedRequests()
        let followUp = try #require(requests[1]["messages"]?.arrayValue)
        #expect(followUp[2]["reasoning_content"] == "A task named Water the ferns.")
        // A finished turn's reasoning is not sent again.
        let nextTurn = try #require(requests[2]["messages"]?.arrayValue)
        #expect(nextTurn.allSatisfy { $0["reasoning_content"] == nil })
        let stored = try await sandbox.storedMessages(in: 1)
        #expect(stored[1].reasoning == StoredReasoning(text: "A task named Water the ferns.", field: "reasoning_content"))
        #expect(stored[3].content == "Added it.")
        #expect(stored[3].reasoning?.text == "Done, say so.")
    }

    @Test func aToolCallsExtraMembersGoBackWithIt() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"raw_stream": "tool_extra_content.sse"}, {"text": "Nothing yet."}]"#)
        let sandbox = try Sandbox()
        sandbox.use(server)

        let run = try await sandbox.launch(["ask", "What's on my list?"])

        #expect(run.status == 0, "\(run.stderr)")
        try server.expectEveryRequestValid()
        let followUp = try #require(try server.recordedRequests().last?["messages"]?.arrayValue)
        let call = try #require(followUp[2]["tool_calls"]?.arrayValue?.first)
        #expect(call["extra_content"]?["google"]?["thought_signature"] == "Zml4dHVyZS1zaWduYXR1cmU=")
    }

    @Test(arguments: [
        ("error_field.sse", "the request exceeds the available context size"),
        ("empty_done.sse", "without any text, tool call or reason"),
    ])
    func aStreamWithoutAnAnswerFails(file: String, message: String) async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"raw_stream": "\#(file)"}]"#)
        let sandbox = try Sandbox()
        sandbox.use(server)

        let run = try await sandbox.launch(["ask", "hello"])

        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func aRefusalIsPrintedAsTheReply() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"raw_stream": "refusal.sse"}]"#)
        let sandbox = try Sandbox()
        sandbox.use(server)

        let run = try await sandbox.launch(["ask", "hello"])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "Refused: I can't help with that.\n")
    }

    @Test func aRetryIsAnnouncedOnStderr() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"status": 429, "retry_after": 1}, {"text": "Here."}]"#)
        let sandbox = try Sandbox()
        sandbox.use(server)

        let run = try await sandbox.launch(["ask", "hello"])

        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "Here.\n")
        #expect(run.errorLines.first == "server busy (HTTP 429), retrying in 1 s (1/3)…")
    }

    @Test func aRetryAfterBeyondTheCapFailsAtOnceSayingHowLong() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"status": 429, "retry_after": 3600}]"#)
        let sandbox = try Sandbox()
        sandbox.use(server)

        let run = try await sandbox.launch(["ask", "hello"])

        #expect(run.status == 1)
        #expect(run.stderr.contains("The server asked to wait 60 min before trying again (HTTP 429)"), "\(run.stderr)")
        #expect(try server.recordedRequests().count == 1)
    }
}
