import Foundation
import Persistence
import Testing

@Suite(.serialized) struct SearchCommandTests {
    /// A conversation and two tasks of the tester's that mention the electricity bill, one
    /// with an escape sequence, and on SQLite another user's message that does too (on
    /// PostgreSQL another role's rows are invisible to the server's own search: the
    /// Persistence suite proves it with two roles).
    private func seededSandbox(_ backend: StoreBackend) throws -> (Sandbox, conversation: Int64) {
        let sandbox = try Sandbox(backend: backend)
        let conversations = try sandbox.conversationService()
        let (conversation, _) = try conversations.startConversation(
            with: NewMessage(role: .user, content: "Remind me to pay the Electricity bill on Friday"))
        _ = try conversations.append(
            NewMessage(role: .assistant, content: "Added.\u{1B}[2J The electricity bill is due Friday."),
            to: conversation.id)
        let tasks = try sandbox.taskService()
        _ = try tasks.add(TaskDraft(title: "Pay the electricity bill"))
        _ = try tasks.add(TaskDraft(title: "Water the plants"))
        if backend == .sqlite {
            _ = try sandbox.conversationService(user: "someone-else")
                .startConversation(with: NewMessage(role: .user, content: "my electricity bill"))
        }
        return (sandbox, conversation.id)
    }

    @Test(arguments: StoreBackend.available)
    func textListsEveryMatchNewestFirstWithTheMatchInBrackets(backend: StoreBackend) throws {
        let (sandbox, conversation) = try seededSandbox(backend)
        let run = try sandbox.run(["search", "ELECTRICITY", "bill"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("conversation \(conversation), message 2  2026-11-26 09:30  "))
        #expect(lines[0].hasSuffix("Added. The [electricity bill] is due Friday."))
        #expect(lines[1].hasSuffix("Remind me to pay the [Electricity bill] on Friday"))
        #expect(lines[2].hasPrefix("task 1 "))
        #expect(lines[2].hasSuffix("Pay the [electricity bill]"))
        #expect(!run.stdout.contains("\u{1B}"))
    }

    @Test(arguments: StoreBackend.available)
    func jsonGivesIdsSnippetsAndHighlights(backend: StoreBackend) throws {
        let (sandbox, conversation) = try seededSandbox(backend)
        let run = try sandbox.run(["search", "--json", "--limit", "2", "electricity"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["truncated"] as? Bool == true)
        let matches = try #require(object["matches"] as? [[String: Any]])
        #expect(matches.map { $0["kind"] as? String } == ["message", "message"])
        #expect(matches.map { ($0["message_id"] as? Int).map(Int64.init) } == [2, 1])
        #expect(matches[0]["conversation_id"] as? Int == Int(conversation))
        #expect(matches[0]["task_id"] is NSNull)
        #expect(matches[0]["role"] as? String == "assistant")
        #expect((matches[0]["created_at"] as? String)?.hasSuffix("Z") == true)
        let snippet = try #require(matches[1]["snippet"] as? String)
        #expect(snippet == "Remind me to pay the Electricity bill on Friday")
        let highlight = try #require((matches[1]["highlights"] as? [[Int]])?.first)
        let scalars = Array(snippet.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[highlight[0]..<highlight[1]])) == "Electricity")
    }

    @Test(arguments: StoreBackend.available)
    func noMatchSaysSoAndSucceeds(backend: StoreBackend) throws {
        let (sandbox, _) = try seededSandbox(backend)
        let run = try sandbox.run(["search", "groceries"])
        #expect(run.status == 0)
        #expect(run.stdout == "No message or task holds 'groceries'.\n")
    }

    @Test(arguments: StoreBackend.available)
    func textTooShortOrMissingIsAUsageError(backend: StoreBackend) throws {
        let (sandbox, _) = try seededSandbox(backend)
        let short = try sandbox.run(["search", "el"])
        #expect(short.status == 64)
        #expect(short.stderr.contains("'el' is too short to search for: give at least 3 characters."))
        let missing = try sandbox.run(["search"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("Give the text to search for."))
        #expect(try sandbox.run(["search", "--limit", "0", "bill"]).status == 64)
    }

    @Test(arguments: StoreBackend.available)
    func queryTextIsNeverFTSSyntax(backend: StoreBackend) throws {
        let (sandbox, _) = try seededSandbox(backend)
        for text in ["\"", "bill\" OR \"plants", "NEAR(pay bill)", "-bill", "(((", "*"] {
            let run = try sandbox.run(["search", "--json", "--", text])
            #expect(run.status == (text.unicodeScalars.count < 3 ? 64 : 0), "\(text)")
            if run.status == 0 {
                let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
                #expect((object?["matches"] as? [Any])?.isEmpty == true, "\(text)")
            }
        }
    }
}
