import AgentCore
import Foundation
import Persistence
import Testing
import TestSupport

/// A conversation keeps its model: `ask -r ID` asks the model its newest reply was stored
/// under, unless `--model` says otherwise, and then that model is the conversation's.
@Suite(.serialized) struct AskModelTests {
    @Test func aResumedConversationKeepsItsModelUnlessTheCommandLineNamesOne() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"text": "one"}, {"text": "two"}, {"text": "three"}, {"text": "four"}]"#)
        let sandbox = try Sandbox()
        sandbox.use(server)

        // A conversation started with --model llama3 stores its reply under llama3.
        let first = try await sandbox.launch(["ask", "--model", "llama3", "hello"])
        #expect(first.status == 0, "\(first.stderr)")
        // Resumed without --model, it asks llama3 again, not the default gpt-4o-mini.
        let resumed = try await sandbox.launch(["ask", "-r", "1", "and again"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        // --model on the command line applies to the conversation from then on.
        let switched = try await sandbox.launch(["ask", "-r", "1", "--model", "qwen2.5", "now you"])
        #expect(switched.status == 0, "\(switched.stderr)")
        let later = try await sandbox.launch(["ask", "-c", "still you?"])
        #expect(later.status == 0, "\(later.stderr)")

        let models = try server.recordedRequests().map { $0["model"]?.stringValue }
        #expect(models == ["llama3", "llama3", "qwen2.5", "qwen2.5"])
        try server.expectEveryRequestValid()
        let replies = try await sandbox.storedMessages(in: 1).filter { $0.role == .assistant }
        #expect(replies.map(\.model) == ["llama3", "llama3", "qwen2.5", "qwen2.5"])
    }

    @Test func aNewConversationUsesTheSessionsModel() async throws {
        let server = try await FakeOpenAIServer.start(script: #"[{"text": "one"}, {"text": "two"}]"#)
        let sandbox = try Sandbox()
        sandbox.use(server)
        _ = try await sandbox.launch(["ask", "--model", "llama3", "hello"])
        let fresh = try await sandbox.launch(["ask", "a new one"])
        #expect(fresh.status == 0, "\(fresh.stderr)")
        #expect(try server.recordedRequests().map { $0["model"]?.stringValue } == ["llama3", "gpt-4o-mini"])
    }
}
