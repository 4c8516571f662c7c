import Foundation
import Persistence
import Testing
import TestSupport
@testable import AgentCore

/// Tool calls a model gets wrong (arguments that are not a JSON object, no name, no id)
/// are stored as sent, answered with an error the model can act on, and never break the
/// requests that follow: every one goes to the schema-validating fake server over HTTP.
@Suite struct MalformedToolCallTests {
    @Test(arguments: [
        (#"{"title": "Buy mi"#, "are not valid JSON"),
        (#"[1]"#, "must be a JSON object, not an array"),
        (#""x""#, "must be a JSON object, not a string"),
    ])
    func badArgumentsAreAnsweredAndThreeMoreTurnsSucceed(arguments: String, complaint: String) async throws {
        let call = JSONValue.object([("name", "add_task"), ("arguments", .string(arguments))])
        let server = try await FakeOpenAIServer.start(script: JSONValue.array([
            ["tool_calls": [call], "split": 3], ["text": "Sorry, let me try again."],
        ]).text)
        defer { server.stop() }
        let store = try TurnTestStore()
        let agent = store.agent(Self.provider(server))

        // Given a turn whose model sent arguments that are not a JSON object
        let first = await agent.send("Remind me to buy milk", to: nil).collect()
        let id = try #require(first.conversationID)
        #expect(first.summary?.reply == "Sorry, let me try again.")

        // When three more turns follow in the same conversation
        for text in ["And bread", "And eggs", "Thanks"] {
            let turn = await agent.send(text, to: id).collect()
            #expect(turn.failure == nil, "\(String(describing: turn.failure))")
        }

        // Then the database keeps what the model sent, and its result told it what was wrong
        let messages = try await store.messages(in: id)
        #expect(messages[1].toolCalls.first?.arguments == arguments)
        let result = try JSONValue(parsing: messages[2].content)
        #expect(result["error"]?.stringValue?.contains(complaint) == true, "\(messages[2].content)")
        #expect(try store.tasks.list(TaskQuery()).tasks.isEmpty)
        // And every request was accepted, the bad arguments sent back as {}
        let requests = try server.recordedRequests()
        #expect(requests.count == 5)
        #expect(requests.filter { !$0.valid }.isEmpty, "\(requests.map(\.errors))")
        let replayed = requests.last?["messages"]?.arrayValue?[2]["tool_calls"]?.arrayValue?.first
        #expect(replayed?["function"]?["arguments"] == "{}")
    }

    @Test func aCallWithNoIdAndNoNameIsAnsweredUnderAnIdOfItsOwn() async throws {
        let server = try await FakeOpenAIServer.start(script: #"""
            [{"tool_calls": [{"name": "", "arguments": "{}", "id": null},
                             {"name": "add_task", "arguments": "{\"title\": \"Buy milk\"}", "id": null}]},
             {"text": "Added one."}]
            """#)
        defer { server.stop() }
        let store = try TurnTestStore()
        let agent = store.agent(Self.provider(server))

        let first = await agent.send("Remind me to buy milk", to: nil).collect()
        let id = try #require(first.conversationID)
        let second = await agent.send("Thanks", to: id).collect()

        #expect(second.failure == nil, "\(String(describing: second.failure))")
        let messages = try await store.messages(in: id)
        let calls = messages[1].toolCalls
        #expect(calls.map(\.id) == ["call_0", "call_1"])
        #expect(messages[2...3].map(\.toolCallID) == ["call_0", "call_1"])
        #expect(try JSONValue(parsing: messages[2].content)["error"]?.stringValue?.hasPrefix("the tool call has no name") == true)
        #expect(try store.tasks.list(TaskQuery()).tasks.map(\.title) == ["Buy milk"])
        let requests = try server.recordedRequests()
        #expect(requests.filter { !$0.valid }.isEmpty, "\(requests.map(\.errors))")
        let replayed = requests.last?["messages"]?.arrayValue?[2]["tool_calls"]?.arrayValue?.first
        #expect(replayed?["function"]?["name"] == .string(ToolCall.replacementName))
    }

    @Test func repeatedIdsWithinAStepAreMadeUnique() {
        let calls = ToolCall.identified([
            ToolCall(id: "", name: "a", arguments: "{}"), ToolCall(id: "call_0", name: "b", arguments: "{}"),
            ToolCall(id: "call_0", name: "c", arguments: "{}"), ToolCall(id: "x", name: "d", arguments: "{}"),
        ])
        #expect(calls.map(\.id) == ["call_0_", "call_0", "call_2", "x"])
    }

    static func provider(_ server: FakeOpenAIServer) -> OpenAIProvider {
        OpenAIProvider(configuration: OpenAIConfiguration(baseURL: server.baseURL, model: "test-model"))
    }
}
