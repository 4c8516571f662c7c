import Foundation
import Persistence
import Testing

@Suite(.serialized) struct ConversationCommandsTests {
    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// A conversation with a tool round trip, and a later one-message conversation.
    private func seededSandbox(_ backend: StoreBackend = .sqlite) throws -> (Sandbox, first: Int64, second: Int64) {
        let sandbox = try Sandbox(backend: backend)
        let conversations = try sandbox.conversationService()
        let (first, _) = try conversations.startConversation(
            with: NewMessage(role: .user, content: "Add a task to buy groceries"))
        _ = try conversations.append(
            NewMessage(
                role: .assistant, content: "",
                toolCalls: [StoredToolCall(id: "call_1", name: "add_task", arguments: #"{"title":"Buy groceries"}"#)],
                model: "test-model", usage: TokenUsage(promptTokens: 10, completionTokens: 5, totalTokens: 15)),
            to: first.id)
        _ = try conversations.append(
            NewMessage(role: .tool, content: #"{"task_id":1,"status":"created","title":"Buy groceries"}"#, toolCallID: "call_1"),
            to: first.id)
        _ = try conversations.append(
            NewMessage(role: .assistant, content: "Added **Buy groceries**.\u{1B}[2J", model: "test-model"), to: first.id)
        let (second, _) = try conversations.startConversation(with: NewMessage(role: .user, content: "What's pending?"))
        return (sandbox, first.id, second.id)
    }

    @Test(arguments: StoreBackend.available)
    func conversationsJSONListsNewestFirstWithCounts(backend: StoreBackend) throws {
        let (sandbox, first, second) = try seededSandbox(backend)
        let run = try sandbox.run(["conversations", "--json"])
        #expect(run.status == 0)
        let list = try #require(try json(run.stdout)["conversations"] as? [[String: Any]])
        #expect(list.compactMap { ($0["id"] as? Int).map(Int64.init) } == [second, first])
        #expect(list.map { $0["message_count"] as? Int } == [1, 4])
        #expect(list[1]["title"] as? String == "Add a task to buy groceries")
        #expect((list[0]["updated_at"] as? String)?.hasSuffix("Z") == true)
    }

    @Test(arguments: StoreBackend.available)
    func conversationsTextIsATable(backend: StoreBackend) throws {
        let (sandbox, first, _) = try seededSandbox(backend)
        let lines = try sandbox.run(["conversations"]).stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("ID"))
        #expect(lines[2].contains("Add a task to buy groceries") && lines[2].trimmingCharacters(in: .whitespaces).hasPrefix("\(first) "))
    }

    @Test func noConversationsSaysHowToStartOne() throws {
        let run = try Sandbox().run(["conversations"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("No conversations"))
    }

    @Test(arguments: StoreBackend.available)
    func showPrintsAMarkdownTranscriptWithoutEscapeSequences(backend: StoreBackend) throws {
        let (sandbox, first, _) = try seededSandbox(backend)
        let run = try sandbox.run(["show", "\(first)"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("# Add a task to buy groceries\n"))
        #expect(run.stdout.contains("**You**"))
        #expect(run.stdout.contains("add_task"))
        #expect(run.stdout.contains("Added **Buy groceries**."))
        #expect(!run.stdout.contains("\u{1B}"))
    }

    @Test(arguments: StoreBackend.available)
    func showJSONKeepsEveryField(backend: StoreBackend) throws {
        let (sandbox, first, _) = try seededSandbox(backend)
        let run = try sandbox.run(["show", "\(first)", "--json"])
        #expect(run.status == 0)
        let object = try json(run.stdout)
        #expect((object["id"] as? Int).map(Int64.init) == first)
        let messages = try #require(object["messages"] as? [[String: Any]])
        #expect(messages.map { $0["role"] as? String } == ["user", "assistant", "tool", "assistant"])
        let call = try #require((messages[1]["tool_calls"] as? [[String: Any]])?.first)
        #expect(call["name"] as? String == "add_task")
        #expect(call["arguments"] as? String == #"{"title":"Buy groceries"}"#)
        #expect((messages[1]["usage"] as? [String: Any])?["total_tokens"] as? Int == 15)
        #expect(messages[2]["tool_call_id"] as? String == "call_1")
        #expect(messages[0]["tool_calls"] is NSNull)
        #expect(messages[3]["content"] as? String == "Added **Buy groceries**.\u{1B}[2J")
    }

    @Test(arguments: StoreBackend.available)
    func showOfAnUnknownIdFailsWithOneLine(backend: StoreBackend) throws {
        let run = try Sandbox(backend: backend).run(["show", "999"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(run.stderr.contains("999"))
    }

    @Test func anotherUsersConversationIsUnknown() throws {
        let (sandbox, first, _) = try seededSandbox()
        sandbox.environment["CHATTUI_USER"] = "someone-else"
        #expect(try sandbox.run(["show", "\(first)"]).status == 1)
        let list = try json(sandbox.run(["conversations", "--json"]).stdout)["conversations"] as? [Any]
        #expect(list?.isEmpty == true)
    }

    @Test(arguments: StoreBackend.available)
    func showStreamsTranscriptsLongerThanOnePage(backend: StoreBackend) throws {
        let sandbox = try Sandbox(backend: backend)
        let conversations = try sandbox.conversationService()
        let (conversation, _) = try conversations.startConversation(with: NewMessage(role: .user, content: "message 0"))
        for index in 1..<1_234 {
            _ = try conversations.append(
                NewMessage(role: index % 2 == 0 ? .user : .assistant, content: "message \(index)"), to: conversation.id)
        }
        let run = try sandbox.run(["show", "\(conversation.id)", "--json"])
        let messages = try #require(try json(run.stdout)["messages"] as? [[String: Any]])
        #expect(messages.count == 1_234)
        #expect(messages.map { $0["content"] as? String } == (0..<1_234).map { "message \($0)" })
    }
}
