import Foundation
import Persistence
@testable import AgentCore

/// Builds stored conversations in memory, and serves them a page at a time the way the
/// database does, for context tests that need no database.
struct HistoryBuilder {
    private(set) var messages: [StoredMessage] = []

    mutating func user(_ text: String) {
        append(.user, text)
    }

    mutating func assistant(_ text: String, calls: [String] = [], interrupted: Bool = false) {
        append(.assistant, text, calls: calls.map { StoredToolCall(id: $0, name: "list_tasks", arguments: "{}") },
               interrupted: interrupted)
    }

    mutating func tool(_ callID: String, _ result: String? = nil) {
        append(.tool, result ?? #"{"answer":"\#(callID)"}"#, callID: callID)
    }

    private mutating func append(
        _ role: MessageRole, _ content: String, calls: [StoredToolCall] = [], callID: String? = nil,
        interrupted: Bool = false
    ) {
        let new = NewMessage(role: role, content: content, toolCalls: calls, toolCallID: callID, interrupted: interrupted)
        messages.append(StoredMessage(
            id: Int64(messages.count + 1), conversationID: 1, role: role, content: content, toolCalls: calls,
            toolCallID: callID, interrupted: interrupted, model: nil, usage: nil, tokenEstimate: new.tokenEstimate,
            createdAt: Date(timeIntervalSince1970: 0)))
    }

    /// Serves pages as `ConversationService` does: the newest `limit` before an id, oldest first.
    /// Counts the pages it serves.
    func loader(counting pages: LockedValue<Int> = LockedValue(0)) -> ContextBuilder.PageLoader {
        let messages = messages
        return { before, limit in
            pages.value += 1
            let older = messages.filter { message in before.map { message.id < $0 } ?? true }
            return Array(older.suffix(limit))
        }
    }

    /// The window for `budget` tokens with a short system prompt and no tools.
    func window(budget: Int, pageSize: Int = 5) async throws -> [ChatMessage] {
        let builder = ContextBuilder(systemPrompt: "sys", tools: [], budget: ContextBudget(tokens: budget), pageSize: pageSize)
        return Array(try await builder.messages(loadingPagesWith: loader()).dropFirst())
    }

    /// The budget at which `tokens` of history fit exactly beside the short system prompt.
    static func budget(forHistory tokens: Int) -> Int {
        tokens + ContextBudget.replyReserve + ContextBudget.cost(of: .system("sys"))
    }
}
